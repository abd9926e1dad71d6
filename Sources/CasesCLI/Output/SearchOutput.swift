import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// Prints search results in each format: text for people, JSON, JSON Lines and CSV for
/// programs, Markdown for notes and reports.
struct SearchOutput {
  enum Format: String, ArgumentChoice {
    case text, json, jsonl, csv, md
  }

  let response: RepositorySearch.Response
  let request: RepositorySearch.Request
  let context: CommandContext
  let style: TextStyle

  var rows: [RepositorySearch.Hit] { response.hits }

  func write(_ format: Format) {
    switch format {
    case .text: context.stdout.write(SearchTextRenderer(output: self).render())
    case .json: context.stdout.write(JSONWriter().string(SearchJSON.document(self)))
    case .jsonl:
      for row in rows { context.stdout.write(JSONWriter(style: .compact).string(SearchJSON.hit(row)) + "\n") }
    case .csv:
      context.stdout.write(
        CSV.render(
          headers: ["rank", "id", "title", "year", "topics", "countries", "score", "path", "snippet"],
          rows: rows.map { row in
            [
              String(row.rank), row.id, row.title, row.year.map(String.init) ?? "",
              row.topics.joined(separator: "; "),
              row.countries.joined(separator: "; "), DecimalText.format(row.score, places: 4), row.path,
              row.snippet?.text ?? "",
            ]
          }))
    case .md: context.stdout.write(markdown())
    }
  }

  private func markdown() -> String {
    var lines: [String] = []
    for row in rows {
      var line = "\(row.rank). **[\(CaseMarkdown.escape(row.title))](\(row.path))** · `\(row.id)`"
      if let year = row.year { line += " · \(year)" }
      if !row.topics.isEmpty { line += " · " + row.topics.joined(separator: ", ") }
      lines.append(line)
      if let snippet = row.snippet, !snippet.text.isEmpty {
        let marked = snippet.runs.map {
          $0.highlighted ? "**\(CaseMarkdown.escape($0.text))**" : CaseMarkdown.escape($0.text)
        }
        lines.append("   " + marked.joined())
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }
}
