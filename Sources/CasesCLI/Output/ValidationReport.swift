import CaseJSON
import CaseKit
import CaseSchema

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

  /// `10000 files checked: 9805 valid, 195 invalid` (and unreadable files, when there are any).
  var summary: String {
    var text = "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(validCount) valid, \(invalidCount) invalid"
    if errorCount > 0 { text += ", \(errorCount) could not be checked" }
    let warnings = files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .warning } }
    if warnings > 0 { text += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
    return text
  }

  /// 0 when everything is valid, 1 when something is invalid, 2 when something could not be checked.
  var exitStatusCode: Int32 { errorCount > 0 ? 2 : (invalidCount > 0 ? 1 : 0) }

  /// The report entry for a file's outcome.
  static func file(_ path: String, _ outcome: DocumentOutcome) -> File {
    switch outcome {
    case .valid:
      return File(path: path, status: .valid, diagnostics: [])
    case .invalid(let errors):
      return File(path: path, status: .invalid, diagnostics: errors.map { diagnostic($0, path: path) })
    case .unparseable(let error):
      return File(
        path: path, status: .invalid,
        diagnostics: [Diagnostic(.error, path: path, location: error.location, message: error.message, code: "json")])
    case .unreadable(let error):
      return File(path: path, status: .error, diagnostics: [Diagnostic(.error, path: path, message: error.message)])
    case .schemaFailure(let failure):
      return File(
        path: path, status: .error, diagnostics: [Diagnostic(.error, path: path, message: failure.description, code: "schema")])
    }
  }

  /// A schema error as a diagnostic, with its alternatives' errors as notes.
  static func diagnostic(_ error: ValidationError, path: String) -> Diagnostic {
    var diagnostic = Diagnostic(.error, path: path, location: error.location, message: error.message, code: error.keyword)
    diagnostic.instanceLocation = error.instanceLocation.description
    diagnostic.keywordLocation = error.keywordLocation.description
    diagnostic.absoluteKeywordLocation = error.absoluteKeywordLocation
    diagnostic.notes = error.context.map { Self.diagnostic($0, path: path) }
    return diagnostic
  }
}
