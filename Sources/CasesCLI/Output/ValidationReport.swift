import CaseKit

/// The findings of a validation run, file by file, ready to be rendered in any format.
struct ValidationReport {
  /// A name for the run (the schema's file name), for formats that want one.
  var name: String
  /// Each file's report, its path as the user should see it.
  var files: [FileReport] = []

  var validCount: Int { files.count { $0.status == .valid } }
  var invalidCount: Int { files.count { $0.status == .invalid } }
  /// Files that could not be checked.
  var uncheckedCount: Int { files.count { $0.status == .error } }
  var skippedCount: Int { files.count { $0.status == .skipped } }
  var errorCount: Int { files.reduce(0) { $0 + $1.findings.count { $0.severity == .error } } }
  var warningCount: Int { files.reduce(0) { $0 + $1.findings.count { $0.severity == .warning } } }

  /// `10000 files checked: 9805 valid, 195 invalid` (and files not checked, and warnings, when
  /// there are any).
  var summary: String {
    var text = "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(validCount) valid, \(invalidCount) invalid"
    if uncheckedCount > 0 { text += ", \(uncheckedCount) could not be checked" }
    if skippedCount > 0 { text += ", \(skippedCount) skipped" }
    if warningCount > 0 { text += ", \(warningCount) warning\(warningCount == 1 ? "" : "s")" }
    return text
  }

  /// 0 when everything is valid, 1 when something is invalid, 2 when something could not be checked.
  var exitStatusCode: Int32 { uncheckedCount > 0 ? 2 : (invalidCount > 0 ? 1 : 0) }

  /// The report with every warning made an error, and the files with warnings invalid
  /// (`--strict`), so that every format's counts agree with the exit status.
  func treatingWarningsAsErrors() -> ValidationReport {
    var strict = self
    strict.files = files.map { $0.treatingWarningsAsErrors() }
    return strict
  }

  /// The report of a checked file, with its path as the user should see it.
  static func file(_ report: FileReport, shownAs path: String) -> FileReport {
    var shown = report
    shown.path = path
    return shown
  }
}
