import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// The report of `cases import` for people: per record, where it went and what converting it
/// found; then a summary. Records' text is a stranger's: it is escaped for the terminal.
struct ImportReportText {
  let context: CommandContext
  let style: TextStyle

  func safe(_ text: String) -> String { TerminalText.escaped(text, singleLine: true) }

  func render(_ results: [CaseImport.Result], problems: [(origin: String, message: String)], dryRun: Bool) {
    let printer = DiagnosticPrinter(style: style)
    var counts: [String: Int] = [:]
    for result in results {
      let word: String
      let written: String?
      switch result.outcome {
      case .added(let path): (word, written) = (dryRun ? "would add" : "added", path)
      case .updated(let path): (word, written) = (dryRun ? "would update" : "updated", path)
      case .unchanged(let path): (word, written) = ("unchanged", path)
      case .kept(let path): (word, written) = ("kept", path)
      case .draft(let path): (word, written) = (dryRun ? "would draft" : "draft", path)
      case .failed: (word, written) = ("failed", nil)
      }
      counts[word, default: 0] += 1
      let shown = written.map { safe(context.displayPath($0)) }
      var line =
        "\(word): " + (shown.map { $0 + " " } ?? "") + "(from \(safe(context.displayPath(result.imported.origin))))"
      if case .failed(let message) = result.outcome { line += ": " + safe(message) }
      context.stdout.line(line)
      for line in details(result.imported.notes) { context.stdout.line("  " + line) }
      // Positions are in the file as written (the draft's, for a draft).
      for finding in result.findings {
        context.stdout.line("  " + printer.render(Diagnostic(finding, path: written.map(context.displayPath))))
      }
    }
    for problem in problems {
      counts["failed", default: 0] += 1
      context.stdout.line("failed: \(safe(context.displayPath(problem.origin))): \(safe(problem.message))")
    }
    let order = [
      "added", "would add", "updated", "would update", "unchanged", "kept", "draft", "would draft", "failed",
    ]
    let summary = order.compactMap { word in counts[word].map { "\($0) \(word)" } }.joined(separator: ", ")
    let records = results.count + problems.count
    context.stderr.line(
      "\(records) record\(records == 1 ? "" : "s"): \(summary.isEmpty ? "nothing to import" : summary)")
    if counts["kept"] != nil {
      context.stderr.line(
        "Help:  a kept case file differs from its record; `--update` replaces it with the record's version")
    }
  }

  /// The notes, grouped: imported fields, fields kept, vocabulary values mapped and unknown, and what is missing.
  func details(_ notes: [ImportNote]) -> [String] {
    var imported: [String] = []
    var kept: [String] = []
    var mapped: [String] = []
    var unknown: [String] = []
    var missing: [String] = []
    for note in notes {
      switch note {
      case .imported(_, let to): if !imported.contains(to) { imported.append(to) }
      case .kept(let field): kept.append(field)
      case .mapped(let vocabulary, let value, let term):
        let text = "\(vocabulary) \(quoted(value)) → \(term)"
        if !mapped.contains(text) { mapped.append(text) }
      case .unknown(let vocabulary, let value, let suggestions):
        unknown.append(
          "\(vocabulary) \(quoted(value))"
            + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.map(quoted).joined(separator: ", "))?)"))
      case .missing(let field, let reason): missing.append("\(field): \(reason)")
      }
    }
    var lines: [String] = []
    if !imported.isEmpty { lines.append("imported: " + imported.joined(separator: ", ")) }
    if !kept.isEmpty { lines.append("no home, kept under extensions: " + kept.joined(separator: ", ")) }
    if !mapped.isEmpty { lines.append("mapped: " + mapped.joined(separator: "; ")) }
    if !unknown.isEmpty { lines.append("unknown, kept under extensions: " + unknown.joined(separator: "; ")) }
    lines += missing.map { "missing " + $0 }
    return lines.map(safe)
  }

  func quoted(_ text: String) -> String { JSONWriter.quoted(text) }
}

/// The report of `cases import` as JSON: one entry per record, and the summary.
enum ImportReportJSON {
  static func document(
    _ results: [CaseImport.Result], problems: [(origin: String, message: String)], _ context: CommandContext
  ) -> JSONValue {
    var records: [JSONValue] = results.map { result in
      var entry: JSONObject = ["origin": .string(context.displayPath(result.imported.origin))]
      switch result.outcome {
      case .added(let path): (entry["outcome"], entry["path"]) = ("added", .string(context.displayPath(path)))
      case .updated(let path): (entry["outcome"], entry["path"]) = ("updated", .string(context.displayPath(path)))
      case .unchanged(let path): (entry["outcome"], entry["path"]) = ("unchanged", .string(context.displayPath(path)))
      case .kept(let path): (entry["outcome"], entry["path"]) = ("kept", .string(context.displayPath(path)))
      case .draft(let path): (entry["outcome"], entry["path"]) = ("draft", .string(context.displayPath(path)))
      case .failed(let message): (entry["outcome"], entry["message"]) = ("failed", .string(message))
      }
      entry["id"] = result.value["id"]
      entry["notes"] = .array(result.imported.notes.map(note))
      entry["findings"] = .array(
        result.findings.map { finding in
          [
            "severity": .string(finding.severity.rawValue), "message": .string(finding.message),
            "pointer": .string(finding.instanceLocation?.description ?? ""),
          ]
        })
      return .object(entry)
    }
    records += problems.map {
      ["origin": .string(context.displayPath($0.origin)), "outcome": "failed", "message": .string($0.message)]
    }
    return ["records": .array(records)]
  }

  static func note(_ note: ImportNote) -> JSONValue {
    switch note {
    case .imported(let field, let to): return ["kind": "imported", "field": .string(field), "to": .string(to)]
    case .kept(let field): return ["kind": "kept", "field": .string(field)]
    case .mapped(let vocabulary, let value, let term):
      return ["kind": "mapped", "vocabulary": .string(vocabulary), "value": .string(value), "term": .string(term)]
    case .unknown(let vocabulary, let value, let suggestions):
      return [
        "kind": "unknown", "vocabulary": .string(vocabulary), "value": .string(value),
        "suggestions": .array(suggestions.map(JSONValue.string)),
      ]
    case .missing(let field, let reason):
      return ["kind": "missing", "field": .string(field), "reason": .string(reason)]
    }
  }
}
