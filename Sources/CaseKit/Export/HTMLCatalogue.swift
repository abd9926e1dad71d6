/// Case studies as one self-contained HTML page: every case with its facets and, folded away,
/// its full text and sources; a form filters by topic, country and engagement method and
/// searches the text as one types. No external files or requests: styles and script are in
/// the page, and its Content-Security-Policy forbids loading anything.
public enum HTMLCatalogue {
  public static func render(_ cases: [CaseStudy], schema: CaseStudySchema) -> String {
    let noun = cases.count == 1 ? "case study" : "case studies"
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
      <title>Case studies</title>
      <style>
      \(HTMLCatalogue.style)</style>
      </head>
      <body>
      <a class="skip" href="#results">Skip to the case studies</a>
      <header>
      <h1>Case studies</h1>
      <p>\(cases.count) \(noun) of how public bodies’ use of data and AI affects communities, and how those bodies involve the public.</p>
      </header>
      <main>
      <form id="filters" role="search" aria-label="Filter the case studies" hidden>
      <div class="field"><label for="q">Search</label><input type="search" id="q" name="q" autocomplete="off" spellcheck="false"></div>

      """
    html += select("topic", "Topic", "All topics", cases.map(\.topics), vocabulary: schema.vocabulary("topics"))
    html += select(
      "country", "Country", "All countries", cases.map(\.countries), vocabulary: schema.vocabulary("countries"))
    html += select(
      "method", "Engagement method", "All methods", cases.map(\.methods),
      vocabulary: schema.vocabulary("engagement-methods"))
    html += """
      <div class="field"><button type="reset">Clear</button></div>
      </form>
      <p id="status" role="status" aria-live="polite">\(cases.count) \(noun)</p>
      <div id="results">

      """
    for study in cases { html += article(CaseOutline(study, schema: schema), study) }
    html += """
      </div>
      <p id="empty" hidden>No case study matches these filters.</p>
      </main>
      <footer>
      <p>Each case study lists its sources; follow them for the full record.</p>
      </footer>
      <script>
      \(HTMLCatalogue.script)</script>
      </body>
      </html>

      """
    return html
  }

  /// A labelled choice of the values the cases have, by label, each with its count.
  private static func select(
    _ name: String, _ label: String, _ all: String, _ values: [[String]], vocabulary: Vocabulary?
  ) -> String {
    var counts: [String: Int] = [:]
    for value in values.joined() { counts[value, default: 0] += 1 }
    let options = counts.keys.map { ($0, vocabulary?.label($0) ?? $0) }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
    var html = "<div class=\"field\"><label for=\"\(name)\">\(label)</label><select id=\"\(name)\" name=\"\(name)\">"
    html += "<option value=\"\">\(all)</option>"
    for (id, text) in options {
      html += "<option value=\"\(Markup.escape(id))\">\(Markup.escape(text)) (\(counts[id] ?? 0))</option>"
    }
    return html + "</select></div>\n"
  }

  private static func article(_ outline: CaseOutline, _ study: CaseStudy) -> String {
    func data(_ values: [String]) -> String { Markup.escape(values.joined(separator: " ")) }
    let id = Markup.escape(outline.id)
    var html =
      "<article id=\"\(id)\" aria-labelledby=\"\(id)-title\" data-topics=\"\(data(study.topics))\" "
      + "data-countries=\"\(data(study.countries))\" data-methods=\"\(data(study.methods))\">\n"
    html += "<h2 id=\"\(id)-title\">\(Markup.escape(outline.title))</h2>\n"
    if !outline.dateline.isEmpty { html += "<p class=\"meta\">\(Markup.escape(outline.dateline))</p>\n" }
    html += "<p>\(Markup.escape(outline.summary))</p>\n<dl class=\"facets\">\n"
    for facet in outline.facets {
      html +=
        "<div><dt>\(Markup.escape(facet.label))</dt><dd>\(facet.values.map(Markup.escape).joined(separator: "; "))</dd></div>\n"
    }
    html += "</dl>\n<details>\n<summary>The full case study</summary>\n"
    for section in outline.sections {
      html += "<h3>\(Markup.escape(section.title))</h3>\n" + paragraphs(section.text)
    }
    for (title, entries) in [
      ("Impacts", outline.impacts), ("Engagement", outline.engagements),
      ("Accountability", outline.accountability), ("Timeline", outline.timeline),
    ] where !entries.isEmpty {
      html += "<h3>\(title)</h3>\n<ul>\n"
      for entry in entries {
        html +=
          "<li><strong>\(Markup.escape(entry.label))</strong>: \(Markup.escape(entry.text))\(citations(entry.sources, id))</li>\n"
      }
      html += "</ul>\n"
    }
    html += "<h3>Sources</h3>\n<ol>\n"
    for source in outline.sources {
      let details = source.details.map(Markup.escape).joined(separator: ", ")
      html +=
        "<li id=\"\(id)-source-\(source.number)\">\(link(source.title, to: source.url))"
        + (details.isEmpty ? "" : ". " + details) + "</li>\n"
    }
    return html + "</ol>\n</details>\n</article>\n"
  }

  /// Text with line breaks as paragraphs.
  private static func paragraphs(_ text: String) -> String {
    text.split(separator: "\n").map { "<p>\(Markup.escape(String($0)))</p>\n" }.joined()
  }

  private static func citations(_ numbers: [Int], _ id: String) -> String {
    numbers.map { " <a href=\"#\(id)-source-\($0)\" aria-label=\"source \($0)\">[\($0)]</a>" }.joined()
  }

  /// A link to a web page; any other kind of address (`javascript:`, `data:`) is shown as text.
  private static func link(_ title: String, to url: String) -> String {
    let lowered = url.lowercased()
    guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
      return "\(Markup.escape(title)) (\(Markup.escape(url)))"
    }
    return "<a href=\"\(Markup.escape(url))\" rel=\"noreferrer\">\(Markup.escape(title))</a>"
  }
}
