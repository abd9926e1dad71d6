import CaseIO
import CaseJSON
import CaseSchema
import CaseTestSupport
import Testing

/// The official JSON-Schema-Test-Suite, read from ../shared: every required test must pass;
/// optional tests (with format assertion on for the format tests) pass except the ones listed
/// in `ConformanceSkips` with the reason. Prints a table per draft.
@Suite("JSON-Schema-Test-Suite conformance")
struct ConformanceTests {
  static let drafts: [(folder: String, draft: Draft)] = [
    ("draft4", .draft4), ("draft6", .draft6), ("draft7", .draft7), ("draft2019-09", .draft201909),
    ("draft2020-12", .draft202012),
  ]

  @Test(arguments: drafts.map(\.folder))
  func suite(_ folder: String) throws {
    guard let root = SharedData.path("json-schema-test-suite") else {
      print(SharedData.missingMessage("json-schema-test-suite"))
      return
    }
    // swift-format-ignore: NeverForceUnwrap
    // The folder comes from the table above.
    let draft = ConformanceTests.drafts.first { $0.folder == folder }!.draft
    let runner = try SuiteRunner(suite: root, folder: folder, draft: draft)
    let required = try runner.run(
      files: try FileTree.files(under: "\(root)/tests/\(folder)").filter { !$0.contains("/optional/") })
    let optional = try runner.run(files: try FileTree.files(under: "\(root)/tests/\(folder)/optional"))
    print(
      """
      \(folder.padding(14)) required \(required.passed)/\(required.total) passed, \(required.failures.count) failed; \
      optional \(optional.passed)/\(optional.total) passed, \(optional.failures.count) failed, \
      \(optional.skipped) skipped (\(percent(optional.passed, optional.total)))
      """)
    for failure in (required.failures + optional.failures).prefix(60) { print("  FAIL \(failure)") }
    #expect(required.failures.isEmpty, "required tests failed in \(folder)")
    #expect(optional.failures.isEmpty, "optional tests failed in \(folder) that are not in the skip list")
    #expect(optional.passed * 100 >= optional.total * 95, "fewer than 95% of the optional tests pass in \(folder)")
  }

  private func percent(_ part: Int, _ total: Int) -> String {
    total == 0 ? "-" : "\(part * 1000 / total / 10).\(part * 1000 / total % 10)%"
  }
}

extension String {
  func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
