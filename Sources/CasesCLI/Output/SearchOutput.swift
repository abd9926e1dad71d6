import CaseJSON
import CaseKit
import CaseSearch
import CaseText
import CommandLineKit

/// Prints search results in each format: text for people, JSON, JSON Lines and CSV for
/// programs, Markdown for notes and reports.
struct SearchOutput {
  enum Format: String, ArgumentChoice {
    case text, json, jsonl, csv, md
  }

  let result: SearchResult
  let request: SearchRequest
  /// The query as typed.
  let text: String
  let reader: IndexReader
  let location: RepositoryLocation
  let context: CommandContext
  let style: TextStyle

  /// One hit with what every format shows.
  struct Row {
    var rank: Int
    var hit: SearchResult.Hit
    var title: String
    var year: Int?
    var topics: [String]
    var countries: [String]
    var path: String
    var snippet: Snippet?
  }

  var rows: [Row] {
    let layout = reader.layout
    func stored(_ hit: SearchResult.Hit, _ name: String) -> String {
      guard let index = layout.storedValue(named: name), index < hit.stored.count else { return "" }
      return hit.stored[index]
    }
    func list(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }
    return result.hits.enumerated().map { offset, hit in
      let study = CaseSnippet.load(hit, reader: reader, location: location)
      return Row(
        rank: request.offset + offset + 1, hit: hit, title: stored(hit, "title"), year: Int(stored(hit, "year")),
        topics: list(stored(hit, "topics")), countries: list(stored(hit, "countries")), path: stored(hit, "path"),
        snippet: study.map { CaseSnippet.make($0, result: result) })
    }
  }

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
              String(row.rank), row.hit.key, row.title, row.year.map(String.init) ?? "",
              row.topics.joined(separator: "; "),
              row.countries.joined(separator: "; "), DecimalText.format(row.hit.score, places: 4), row.path,
              row.snippet?.text ?? "",
            ]
          }))
    case .md: context.stdout.write(markdown())
    }
  }

  private func markdown() -> String {
    var lines: [String] = []
    for row in rows {
      var line = "\(row.rank). **[\(CaseMarkdown.escape(row.title))](\(row.path))** · `\(row.hit.key)`"
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
