// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "cases",
  platforms: [.macOS(.v14)],
  dependencies: [],
  targets: [
    // Files: reading, atomic writing and listing, with plain system calls.
    .target(name: "CaseIO"),
    // JSON: a strict parser that keeps source positions, values, pointers and a canonical writer.
    .target(name: "CaseJSON"),
    .testTarget(name: "CaseJSONTests", dependencies: ["CaseJSON"]),
    .testTarget(name: "CaseIOTests", dependencies: ["CaseIO"]),
  ]
)
