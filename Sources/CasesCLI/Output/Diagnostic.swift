import CaseJSON
import CaseKit
import CaseText

/// A finding and where to show it: `path:line:col: error: message [rule]`. The path is the
/// file as the user named it, a draft, or the option that set the value.
struct Diagnostic: Sendable, Equatable {
  var path: String?
  var finding: Finding

  init(_ finding: Finding, path: String?) {
    self.path = path
    self.finding = finding
  }

  /// A finding by a rule of the command's own (`json`, `fmt`), or by none.
  init(
    _ severity: Finding.Severity, path: String?, location: SourceLocation? = nil, message: String, rule: String? = nil
  ) {
    self.init(Finding(severity, rule: rule ?? "", message: message, location: location), path: path)
  }

  /// Diagnostics for the findings of alternatives (`anyOf`), against the same path.
  var notes: [Diagnostic] { finding.context.map { Diagnostic($0, path: path) } }
}

/// Prints diagnostics in the compilers' text form, coloured on a terminal.
struct DiagnosticPrinter {
  let style: TextStyle

  func render(_ diagnostic: Diagnostic) -> String {
    // Paths and messages can hold a stranger's text (file names, values): keep it inert.
    var prefix = TerminalText.escaped(diagnostic.path ?? "cases", singleLine: true)
    let finding = diagnostic.finding
    if let location = finding.location { prefix += ":\(location.line):\(location.column)" }
    let label: String
    switch finding.severity {
    case .error: label = style.error("error:")
    case .warning: label = style.warning("warning:")
    }
    var text = style.bold(prefix + ":") + " " + label + " " + TerminalText.escaped(finding.message, singleLine: true)
    if !finding.rule.isEmpty { text += " " + style.dim("[\(TerminalText.escaped(finding.rule, singleLine: true))]") }
    return text
  }

  /// The diagnostic with its locations and related findings, indented under it.
  func renderVerbose(_ diagnostic: Diagnostic, indent: String = "") -> String {
    var lines = [indent + render(diagnostic)]
    func safe(_ text: String) -> String { TerminalText.escaped(text, singleLine: true) }
    let finding = diagnostic.finding
    if let instance = finding.instanceLocation {
      lines.append(indent + "    at " + (instance.isRoot ? "the top level" : safe(instance.description)))
    }
    if let keyword = finding.keywordLocation {
      lines.append(
        indent + "    schema: " + safe(keyword.description)
          + (finding.absoluteKeywordLocation.map { " (\(safe($0)))" } ?? ""))
    }
    for note in diagnostic.notes { lines.append(renderVerbose(note, indent: indent + "    ")) }
    return lines.joined(separator: "\n")
  }
}
