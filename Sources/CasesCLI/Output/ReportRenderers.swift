import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// The output formats of `cases validate`.
enum ReportFormat: String, ArgumentChoice {
  case text, json, github, junit

  /// Renders the whole report; the text format uses `printer` for colour and `verbose` for detail.
  func render(_ report: ValidationReport, printer: DiagnosticPrinter, verbose: Bool) -> String {
    switch self {
    case .text: return TextReport.render(report, printer: printer, verbose: verbose)
    case .json: return JSONReport.render(report)
    case .github: return GitHubReport.render(report)
    case .junit: return JUnitReport.render(report)
    }
  }
}

/// `path:line:col: error: message [keyword]` lines, then the summary.
enum TextReport {
  static func render(_ report: ValidationReport, printer: DiagnosticPrinter, verbose: Bool) -> String {
    var lines: [String] = []
    for file in report.files {
      for finding in file.findings {
        let diagnostic = Diagnostic(finding, path: file.path)
        lines.append(verbose ? printer.renderVerbose(diagnostic) : printer.render(diagnostic))
      }
    }
    lines.append(report.summary)
    return lines.joined(separator: "\n") + "\n"
  }
}

/// The stable JSON format documented in the README:
/// `{"files":[{"path","valid","errors":[…]}],"summary":{"files","valid","invalid"}}`.
enum JSONReport {
  static func render(_ report: ValidationReport) -> String {
    var files: [JSONValue] = []
    for file in report.files {
      var entry: JSONObject = ["path": .string(file.path), "valid": .bool(file.status == .valid)]
      entry["errors"] = .array(file.findings.filter { $0.severity == .error }.map(error))
      let warnings = file.findings.filter { $0.severity == .warning }
      if !warnings.isEmpty { entry["warnings"] = .array(warnings.map(error)) }
      if file.status == .error || file.status == .skipped { entry["checked"] = false }
      files.append(.object(entry))
    }
    let summary: JSONValue = [
      "files": .integer(report.files.count), "valid": .integer(report.validCount),
      "invalid": .integer(report.invalidCount), "unchecked": .integer(report.uncheckedCount),
      "skipped": .integer(report.skippedCount), "errors": .integer(report.errorCount),
      "warnings": .integer(report.warningCount),
    ]
    return JSONWriter(style: .compact).string(["files": .array(files), "summary": summary]) + "\n"
  }

  private static func error(_ finding: Finding) -> JSONValue {
    var object: JSONObject = [
      "instanceLocation": finding.instanceLocation.map { .string($0.description) } ?? .null,
      "line": finding.location.map { .integer($0.line) } ?? .null,
      "column": finding.location.map { .integer($0.column) } ?? .null,
      "keywordLocation": finding.keywordLocation.map { .string($0.description) } ?? .null,
      "absoluteKeywordLocation": finding.absoluteKeywordLocation.map(JSONValue.string) ?? .null,
      "message": .string(finding.message),
    ]
    object["keyword"] = .string(finding.rule)
    if !finding.context.isEmpty { object["context"] = .array(finding.context.map(error)) }
    return .object(object)
  }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
enum GitHubReport {
  static func render(_ report: ValidationReport) -> String {
    var lines: [String] = []
    for file in report.files {
      for finding in file.findings { lines.append(annotation(Diagnostic(finding, path: file.path))) }
    }
    lines.append(report.summary)
    return lines.joined(separator: "\n") + "\n"
  }

  /// `::error file=…,line=…,col=…,title=cases [rule]::message` for one diagnostic.
  static func annotation(_ diagnostic: Diagnostic, tool: String = "cases validate") -> String {
    let finding = diagnostic.finding
    var properties: [String] = []
    if let path = diagnostic.path { properties.append("file=" + escapeProperty(path)) }
    if let location = finding.location {
      properties.append("line=\(location.line)")
      properties.append("col=\(location.column)")
    }
    properties.append("title=" + escapeProperty(tool + (finding.rule.isEmpty ? "" : " [\(finding.rule)]")))
    let command = finding.severity == .warning ? "warning" : "error"
    return "::\(command) \(properties.joined(separator: ","))::\(escapeData(finding.message))"
  }

  /// Escapes what workflow commands read specially, after making control characters inert
  /// (the log shows escapes, not colours or a rewritten line).
  static func escapeData(_ text: String) -> String {
    TerminalText.escaped(text).replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
  }

  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}

/// JUnit XML, one test case per file, for CI dashboards.
enum JUnitReport {
  static func render(_ report: ValidationReport) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    let counts =
      "tests=\"\(report.files.count)\" failures=\"\(report.invalidCount)\" errors=\"\(report.uncheckedCount)\" skipped=\"\(report.skippedCount)\""
    xml += "<testsuites name=\"cases validate\" \(counts)>\n"
    xml += "  <testsuite name=\"\(Markup.escape(report.name))\" \(counts)>\n"
    for file in report.files {
      xml += "    <testcase classname=\"cases.validate\" name=\"\(Markup.escape(file.path))\""
      let errors = file.findings.filter { $0.severity == .error }
      if file.status == .skipped {
        let reason = file.findings.first?.message ?? "not checked"
        xml += ">\n      <skipped message=\"\(Markup.escape(reason))\"/>\n    </testcase>\n"
        continue
      }
      guard file.status != .valid, !errors.isEmpty else {
        xml += "/>\n"
        continue
      }
      let element = file.status == .error ? "error" : "failure"
      let message = "\(errors.count) error\(errors.count == 1 ? "" : "s")"
      let body = errors.map { finding in
        var line = file.path
        if let location = finding.location { line += ":\(location.line):\(location.column)" }
        return line + ": " + finding.message + (finding.rule.isEmpty ? "" : " [\(finding.rule)]")
      }.joined(separator: "\n")
      xml +=
        ">\n      <\(element) message=\"\(Markup.escape(message))\" type=\"\(file.status == .error ? "error" : "validation")\">"
      xml += Markup.escape(body) + "</\(element)>\n    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }
}
