import CaseKit

/// The findings of a validation run, file by file, ready to be rendered in any format.
struct ValidationReport {
  enum Status: String {
    case valid, invalid
    /// The file could not be read (or the schema could not be applied to it).
    case error
    /// The file was not checked, on purpose (a warning says why).
    case skipped
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
  /// Files that could not be checked.
  var uncheckedCount: Int { files.count { $0.status == .error } }
  var skippedCount: Int { files.count { $0.status == .skipped } }
  var errorCount: Int { files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .error } } }
  var warningCount: Int { files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .warning } } }

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
    for index in strict.files.indices {
      var file = strict.files[index]
      guard file.diagnostics.contains(where: { $0.severity == .warning }) else { continue }
      file.diagnostics = file.diagnostics.map { diagnostic in
        var diagnostic = diagnostic
        if diagnostic.severity == .warning { diagnostic.severity = .error }
        return diagnostic
      }
      if file.status != .error { file.status = .invalid }
      strict.files[index] = file
    }
    return strict
  }

  /// The report entry for a checked file, with its path as the user should see it.
  static func file(_ report: FileReport, shownAs path: String) -> File {
    let status: Status
    switch report.status {
    case .valid: status = .valid
    case .invalid: status = .invalid
    case .error: status = .error
    case .skipped: status = .skipped
    }
    return File(path: path, status: status, diagnostics: report.findings.map { diagnostic($0, path: path) })
  }

  /// A finding as a diagnostic, with its alternatives' errors as notes.
  static func diagnostic(_ finding: Finding, path: String) -> Diagnostic {
    var diagnostic = Diagnostic(
      finding.severity == .warning ? .warning : .error, path: path, location: finding.location,
      message: finding.message,
      code: finding.rule)
    diagnostic.instanceLocation = finding.instanceLocation?.description
    diagnostic.keywordLocation = finding.keywordLocation?.description
    diagnostic.absoluteKeywordLocation = finding.absoluteKeywordLocation
    diagnostic.notes = finding.context.map { Self.diagnostic($0, path: path) }
    return diagnostic
  }
}
