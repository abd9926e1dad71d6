import CaseJSON
import CaseText

/// One finding to show the user: `path:line:col: error: message [code]`.
struct Diagnostic: Sendable, Equatable {
  enum Severity: String, Sendable {
    case error, warning, note
  }

  var severity: Severity
  var path: String?
  var location: SourceLocation?
  var message: String
  /// The keyword or rule that produced it, shown in brackets.
  var code: String?
  /// For schema errors: where in the instance, and where in the schema.
  var instanceLocation: String?
  var keywordLocation: String?
  var absoluteKeywordLocation: String?
  /// Related findings, shown in verbose output (the errors of each `anyOf` alternative).
  var notes: [Diagnostic] = []

  init(_ severity: Severity, path: String?, location: SourceLocation? = nil, message: String, code: String? = nil) {
    self.severity = severity
    self.path = path
    self.location = location
    self.message = message
    self.code = code
  }
}

/// Prints diagnostics in the compilers' text form, coloured on a terminal.
struct DiagnosticPrinter {
  let style: TextStyle

  func render(_ diagnostic: Diagnostic) -> String {
    // Paths and messages can hold a stranger's text (file names, values): keep it inert.
    var prefix = TerminalText.escaped(diagnostic.path ?? "cases", singleLine: true)
    if let location = diagnostic.location { prefix += ":\(location.line):\(location.column)" }
    let label: String
    switch diagnostic.severity {
    case .error: label = style.error("error:")
    case .warning: label = style.warning("warning:")
    case .note: label = style.note("note:")
    }
    var text = style.bold(prefix + ":") + " " + label + " " + TerminalText.escaped(diagnostic.message, singleLine: true)
    if let code = diagnostic.code { text += " " + style.dim("[\(code)]") }
    return text
  }

  /// The diagnostic with its locations and related findings, indented under it.
  func renderVerbose(_ diagnostic: Diagnostic, indent: String = "") -> String {
    var lines = [indent + render(diagnostic)]
    func safe(_ text: String) -> String { TerminalText.escaped(text, singleLine: true) }
    if let instance = diagnostic.instanceLocation {
      lines.append(indent + "    at " + (instance.isEmpty ? "the top level" : safe(instance)))
    }
    if let keyword = diagnostic.keywordLocation {
      lines.append(
        indent + "    schema: " + safe(keyword) + (diagnostic.absoluteKeywordLocation.map { " (\(safe($0)))" } ?? ""))
    }
    for note in diagnostic.notes { lines.append(renderVerbose(note, indent: indent + "    ")) }
    return lines.joined(separator: "\n")
  }
}
