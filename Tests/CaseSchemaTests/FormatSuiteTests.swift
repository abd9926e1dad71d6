import CaseSchema
import Foundation
import Testing

/// Runs the official JSON-Schema-Test-Suite's optional format tests against `FormatChecker`.
struct FormatSuiteTests {
  static let drafts = ["draft4", "draft6", "draft7", "draft2019-09", "draft2020-12"]

  /// Formats checked by another module, whose tests are counted as skipped here.
  static let excludedFormats: Set<String> = ["regex"]

  /// The suite's `tests` folder: $JSON_SCHEMA_TEST_SUITE/tests, or
  /// shared/json-schema-test-suite/tests in a folder above this file.
  static let suiteRoot: URL? = {
    let fileManager = FileManager.default
    if let path = ProcessInfo.processInfo.environment["JSON_SCHEMA_TEST_SUITE"] {
      let url = URL(fileURLWithPath: path).appendingPathComponent("tests")
      return fileManager.fileExists(atPath: url.path) ? url : nil
    }
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.path != "/" {
      let url = folder.appendingPathComponent("shared/json-schema-test-suite/tests")
      if fileManager.fileExists(atPath: url.path) { return url }
      folder.deleteLastPathComponent()
    }
    return nil
  }()

  struct Failure {
    var file: String
    var description: String
    var data: String
    var expected: Bool
  }

  struct Tally {
    var passed = 0
    var failed: [Failure] = []
    var skipped = 0
    var total: Int { passed + failed.count + skipped }
  }

  /// One tally per draft, with the failures of each.
  static func run(draft: String, root: URL) throws -> Tally {
    let folder = root.appendingPathComponent(draft).appendingPathComponent("optional/format")
    var tally = Tally()
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    for file in files {
      let data = try Data(contentsOf: folder.appendingPathComponent(file))
      let groups = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
      for group in groups {
        let schema = try #require(group["schema"] as? [String: Any])
        let format = try #require(schema["format"] as? String)
        let tests = try #require(group["tests"] as? [[String: Any]])
        for test in tests {
          if excludedFormats.contains(format) {
            tally.skipped += 1
            continue
          }
          let expected = try #require(test["valid"] as? Bool)
          let actual: Bool
          if let string = test["data"] as? String {
            actual = FormatChecker.check(format, string) ?? true
          } else {
            actual = true
          }
          if actual == expected {
            tally.passed += 1
          } else {
            tally.failed.append(
              Failure(
                file: file, description: test["description"] as? String ?? "?",
                data: String(describing: test["data"] ?? "null"), expected: expected))
          }
        }
      }
    }
    return tally
  }

  @Test(
    .enabled(
      if: suiteRoot != nil,
      "JSON-Schema-Test-Suite not found: set JSON_SCHEMA_TEST_SUITE or add shared/json-schema-test-suite"
    ))
  func officialSuite() throws {
    let root = try #require(Self.suiteRoot)
    var lines = ["draft          passed  failed  skipped(regex)  total"]
    var failures: [String] = []
    for draft in Self.drafts {
      let tally = try Self.run(draft: draft, root: root)
      lines.append(
        draft.padding(toLength: 15, withPad: " ", startingAt: 0)
          + String(tally.passed).leftPadded(6) + String(tally.failed.count).leftPadded(8)
          + String(tally.skipped).leftPadded(16) + String(tally.total).leftPadded(7))
      for failure in tally.failed {
        failures.append(
          "\(draft)/\(failure.file): \(failure.description) [\(failure.data)] expected "
            + (failure.expected ? "valid" : "invalid"))
      }
    }
    print(lines.joined(separator: "\n"))
    for failure in failures {
      print("FAIL \(failure)")
      Issue.record(Comment(rawValue: failure))
    }
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
