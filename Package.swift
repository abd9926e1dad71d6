// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "cases",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "cases", targets: ["cases"])
  ],
  dependencies: [],
  targets: [
    // Files: reading, atomic writing and listing, with plain system calls.
    .target(name: "CaseIO", dependencies: ["CaseSystem"]),
    // The few C library calls Swift's Glibc module does not expose (thread stack bounds).
    .target(name: "CaseSystem"),
    // JSON: a strict parser that keeps source positions, values, pointers and a canonical writer.
    .target(name: "CaseJSON", dependencies: ["CaseText"]),
    // Text: folding case and accents, edit distance and "did you mean" suggestions.
    .target(name: "CaseText"),
    .testTarget(name: "CaseTextTests", dependencies: ["CaseText", "CaseTestSupport"]),
    .testTarget(name: "CaseJSONTests", dependencies: ["CaseJSON", "CaseTestSupport"]),
    // YAML: a reader for front matter that keeps source positions, and its conversion to JSON.
    .target(name: "CaseYAML", dependencies: ["CaseJSON"]),
    .testTarget(name: "CaseYAMLTests", dependencies: ["CaseYAML", "CaseJSON", "CaseTestSupport"]),
    // Regular expressions with ECMA-262 semantics, for `pattern` and `patternProperties`.
    .target(name: "CaseRegex"),
    .testTarget(name: "CaseRegexTests", dependencies: ["CaseRegex"]),
    // The JSON Schema checker: registry, compiler and evaluator for drafts 4 to 2020-12.
    .target(
      name: "CaseSchema", dependencies: ["CaseIO", "CaseJSON", "CaseRegex", "CaseText"],
      // Compiled schemas are written once and then only read; release builds skip the dynamic
      // exclusivity checks on their class properties (debug builds and tests keep them).
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
    .testTarget(name: "CaseSchemaTests", dependencies: ["CaseSchema", "CaseJSON", "CaseTestSupport"]),
    // Search: text analysis, a persisted inverted index, BM25F ranking, queries and snippets.
    .target(
      name: "CaseSearch", dependencies: ["CaseIO", "CaseText"],
      // As for CaseSchema: the index reader and the index builders' tables skip the dynamic
      // exclusivity checks in release builds.
      swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
    .testTarget(name: "CaseSearchTests", dependencies: ["CaseSearch", "CaseIO", "CaseTestSupport"]),
    // Command lines: parsing argv, help screens, usage errors and completion scripts.
    .target(name: "CommandLineKit", dependencies: ["CaseIO", "CaseText"]),
    .testTarget(name: "CommandLineKitTests", dependencies: ["CommandLineKit"]),
    // The application: repositories of case studies and what can be done with them.
    .target(name: "CaseKit", dependencies: ["CaseIO", "CaseJSON", "CaseSchema", "CaseSearch", "CaseText", "CaseYAML"]),
    .testTarget(
      name: "CaseKitTests", dependencies: ["CaseKit", "CaseSearch", "CaseIO", "CaseJSON", "CaseTestSupport"]),
    // The `cases` commands: arguments in, rendered text and exit status out.
    .target(
      name: "CasesCLI",
      dependencies: ["CaseJSON", "CaseKit", "CaseText", "CommandLineKit"]),
    .testTarget(
      name: "CasesCLITests",
      dependencies: ["CasesCLI", "CaseKit", "CommandLineKit", "CaseSearch", "CaseIO", "CaseJSON", "CaseTestSupport"]),
    .executableTarget(name: "cases", dependencies: ["CasesCLI"]),
    // Benchmarks that print figures beside their peers (JSON parsing, validation, search).
    .executableTarget(
      name: "cases-bench", dependencies: ["CaseIO", "CaseJSON", "CaseKit", "CaseSearch", "CommandLineKit"]),
    .testTarget(name: "CaseIOTests", dependencies: ["CaseIO", "CaseTestSupport"]),
    // Helpers shared by the test targets (temporary folders).
    .target(name: "CaseTestSupport", dependencies: ["CaseIO", "CaseJSON"], path: "Tests/CaseTestSupport"),
  ]
)
