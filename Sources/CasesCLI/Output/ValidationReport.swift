import CaseKit

/// The findings of a validation run, file by file, ready to be rendered in any format.
struct ValidationReport {
  enum Status: String {
    case valid, invalid
    /// The file could not be read (or the schema could not be applied to it).
    case error
  }

  struct File {
    var path: String
    var status: Status
    var diagnostics: [Diagnostic]
  }

  /// A name for the run (the schema's file name), for formats that want one.
  var name: String
  var files: [File] = []

  var validCount: Int { files.count { $0.status == .valid } }
  var invalidCount: Int { files.count { $0.status == .invalid } }
  var errorCount: Int { files.count { $0.status == .error } }
  var warningCount: Int { files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .warning } } }

  /// `10000 files checked: 9805 valid, 195 invalid` (and unreadable files, when there are any).
  var summary: String {
    var text = "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(validCount) valid, \(invalidCount) invalid"
    if errorCount > 0 { text += ", \(errorCount) could not be checked" }
    if warningCount > 0 { text += ", \(warningCount) warning\(warningCount == 1 ? "" : "s")" }
    return text
  }

  /// 0 when everything is valid, 1 when something is invalid, 2 when something could not be checked.
  var exitStatusCode: Int32 { errorCount > 0 ? 2 : (invalidCount > 0 ? 1 : 0) }

  /// The report entry for a checked file, with its path as the user should see it.
  static func file(_ report: FileReport, shownAs path: String) -> File {
    let status: Status
    switch report.status {
    case .valid: status = .valid
    case .invalid: status = .invalid
    case .error: status = .error
    }
    return File(path: path, status: status, diagnostics: report.findings.map { diagnostic($0, path: path) })
  }

  /// A finding as a diagnostic, with its alternatives' errors as notes.
  static func diagnostic(_ finding: Finding, path: String) -> Diagnostic {
    var diagnostic = Diagnostic(
      finding.severity == .warning ? .warning : .error, path: path, location: finding.location, message: finding.message,
      code: finding.rule)
    diagnostic.instanceLocation = finding.instanceLocation?.description
    diagnostic.keywordLocation = finding.keywordLocation?.description
    diagnostic.absoluteKeywordLocation = finding.absoluteKeywordLocation
    diagnostic.notes = finding.context.map { Self.diagnostic($0, path: path) }
    return diagnostic
  }
}
