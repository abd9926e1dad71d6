import CaseIO
import CaseJSON
import CaseSchema

/// Runs the test files of one draft of the JSON-Schema-Test-Suite.
struct SuiteRunner {
  let suite: String
  let folder: String
  let draft: Draft
  /// The metaschemas and the remote documents (served as http://localhost:1234/…), registered
  /// once; each test case registers its schema in a copy.
  let baseRegistry: SchemaRegistry

  struct Outcome {
    var passed = 0
    var total = 0
    var skipped = 0
    var failures: [String] = []
  }

  init(suite: String, folder: String, draft: Draft) throws {
    self.suite = suite
    self.folder = folder
    self.draft = draft
    var remotes: [(String, JSONDocument)] = []
    for path in try FileTree.files(under: suite + "/remotes") {
      let relative = String(path.dropFirst(suite.count + "/remotes/".count))
      remotes.append(("http://localhost:1234/" + relative, try JSONDocument(parsing: FileReader.read(path))))
    }
    baseRegistry = SchemaRegistry(defaultDraft: draft)
    // Remotes of other dialects are served too (cross-draft tests use them); the few whose
    // dialect is unknown here (the unreleased v1) are left out.
    for (uri, document) in remotes { _ = try? baseRegistry.add(document, uri: uri) }
  }

  func run(files: [String]) throws -> Outcome {
    var outcome = Outcome()
    for file in files {
      let name = String(file.dropFirst(suite.count + "/tests/\(folder)/".count))
      let assertsFormats = name.hasPrefix("optional/format/")
      let cases = try JSONDocument(parsing: FileReader.read(file)).root
      for testCase in cases.elements {
        let description = testCase["description"]?.stringValue ?? "?"
        let tests = testCase["tests"]?.elements.map { $0 } ?? []
        let schema: JSONSchema
        do {
          // swift-format-ignore: NeverForceUnwrap
          // Every test case of the suite has a schema.
          schema = try compile(testCase["schema"]!, assertsFormats: assertsFormats)
        } catch {
          for test in tests {
            record(&outcome, name, description, test["description"]?.stringValue ?? "?", ok: false, note: "\(error)")
          }
          continue
        }
        for test in tests {
          let testDescription = test["description"]?.stringValue ?? "?"
          let expected = test["valid"]?.boolValue ?? true
          // swift-format-ignore: NeverForceUnwrap
          // Every test of the suite has data.
          let data = try JSONDocument(parsing: JSONWriter(style: .compact).bytes(test["data"]!.value))
          let fast = schema.isValid(data)
          let full = schema.validate(data)
          var note = ""
          if fast != full.isValid { note = "isValid and validate disagree" }
          if !full.isValid && full.errors.isEmpty && full.failure == nil { note = "invalid without an error" }
          if full.isValid && !full.errors.isEmpty { note = "valid with errors" }
          record(&outcome, name, description, testDescription, ok: fast == expected && note.isEmpty, note: note)
        }
      }
    }
    return outcome
  }

  private func compile(_ node: JSONNode, assertsFormats: Bool) throws -> JSONSchema {
    let registry = baseRegistry.copy()
    let document = try JSONDocument(parsing: JSONWriter(style: .compact).bytes(node.value))
    let uri = try registry.add(document, uri: "https://cases.test/schema.json")
    return try JSONSchema(uri: uri, registry: registry, assertsFormats: assertsFormats)
  }

  private func record(
    _ outcome: inout Outcome, _ file: String, _ testCase: String, _ test: String, ok: Bool, note: String
  ) {
    outcome.total += 1
    if let reason = ConformanceSkips.reason(folder: folder, file: file, testCase: testCase, test: test) {
      outcome.skipped += 1
      if ok { outcome.failures.append("\(file) | \(testCase) | \(test): passes but is listed as skipped (\(reason))") }
      return
    }
    if ok {
      outcome.passed += 1
    } else {
      outcome.failures.append("\(file) | \(testCase) | \(test)" + (note.isEmpty ? "" : " [\(note)]"))
    }
  }
}

/// Optional tests this checker does not pass, each with the reason (also listed in the README).
enum ConformanceSkips {
  static let entries: [(folder: String?, file: String, testCase: String?, reason: String)] = []

  static func reason(folder: String, file: String, testCase: String, test: String) -> String? {
    entries.first {
      ($0.folder == nil || $0.folder == folder) && $0.file == file && ($0.testCase == nil || $0.testCase == testCase)
    }?
    .reason
  }
}
