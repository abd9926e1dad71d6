import CaseIO
import CaseJSON
import CaseTestSupport
import Testing

/// `cases export`: every format against its golden file, read back where a reader exists,
/// deterministic, atomic and careful with existing files.
@Suite("cases export")
struct ExportCommandTests {
  @Test(arguments: [
    ("csv", "cases.csv"), ("jsonl", "cases.jsonl"), ("opensearch-bulk", "opensearch/bulk.ndjson"), ("md", "cases.md"),
    ("html", "cases.html"),
  ])
  func singleFileFormatsMatchTheirGoldens(format: String, golden: String) {
    let repository = exportRepository()
    let result = runCases(["export", "--format", format], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stderr == "")
    Golden.check(result.stdout, golden)
    // The same cases give the same bytes, on standard output or in a file.
    #expect(runCases(["export", "--format", format], in: repository.path).stdout == result.stdout)
    let written = runCases(["export", "--format", format, "--output", "exported"], in: repository.path)
    #expect(written.status.rawValue == 0)
    let fileText = repository.folder.read(format == "opensearch-bulk" ? "exported/bulk.ndjson" : "exported")
    #expect(fileText == result.stdout)
  }

  @Test func folderFormatsMatchTheirGoldens() {
    let repository = exportRepository()
    let jekyll = runCases(["export", "--format", "jekyll", "-o", "site"], in: repository.path)
    #expect(jekyll.status.rawValue == 0)
    #expect(jekyll.stderr == "exported 4 case studies to site\n")
    #expect(repository.folder.list("site") == ["_cases"])
    let pages = repository.folder.list("site/_cases")
    #expect(
      pages == [
        "example-engagement-panel.md", "example-minimal-case.md", "example-parking-fines-algorithm.md",
        "example-tricky-text.md",
      ])
    for page in pages { Golden.check(repository.folder.read("site/_cases/" + page) ?? "", "jekyll/_cases/" + page) }
    let search = runCases(["export", "--format", "opensearch-bulk", "-o", "search"], in: repository.path)
    #expect(search.status.rawValue == 0)
    #expect(repository.folder.list("search") == ["bulk.ndjson", "mapping.json"])
    Golden.check(repository.folder.read("search/mapping.json") ?? "", "opensearch/mapping.json")
  }

  @Test func csvReadsBackAsTheCasesValues() throws {
    let repository = exportRepository()
    let text = runCases(["export", "--format", "csv"], in: repository.path).stdout
    #expect(text.hasPrefix("\u{FEFF}id,title,summary,year,"))
    #expect(text.hasSuffix("\r\n"))
    #expect(!text.replacing("\r\n", with: "").contains("\r"))
    let rows = readCSV(String(text.dropFirst()))
    #expect(rows.count == 5)
    #expect(
      rows[0] == [
        "id", "title", "summary", "year", "start", "end", "ongoing", "topics", "countries", "subdivisions", "places",
        "public_bodies", "organisations", "levels", "systems", "system_kinds", "engagement_methods",
        "impact_directions", "outcome", "tags", "sources", "copied_sources", "licence",
      ])
    for row in rows { #expect(row.count == rows[0].count) }
    let byID = Dictionary(
      uniqueKeysWithValues: rows.dropFirst().map { (row: [String]) in
        (row[0], Dictionary(uniqueKeysWithValues: zip(rows[0], row)))
      })
    let tricky = try #require(byID["example-tricky-text"])
    #expect(tricky["title"] == #"Tricky "quoted", <b>bold</b> & yes: no # 2019"#)
    #expect(tricky["summary"] == "Line one, with a comma.\nLine two: Försäkringskassan {{ liquid }} and {% tag %}.")
    let parking = try #require(byID["example-parking-fines-algorithm"])
    #expect(parking["topics"] == "local; policing")
    #expect(parking["countries"] == "GB; IE")
    #expect(parking["public_bodies"] == "Example Borough Council; Example Traffic Tribunal")
    #expect(parking["start"] == "2019-03")
    #expect(parking["end"] == "2021")
    #expect(parking["year"] == "2019")
    #expect(parking["sources"] == "https://example.org/tribunal-ruling; https://example.org/jury-report")
    #expect(parking["copied_sources"] == "1")
    #expect(tricky["copied_sources"] == "0")
    #expect(byID["example-engagement-panel"]?["ongoing"] == "yes")
  }

  @Test func jsonLinesAreTheWholeCasesInSchemaOrder() throws {
    let repository = exportRepository()
    let lines = runCases(["export", "--format", "jsonl", "--topic", "police"], in: repository.path).stdout.split(
      separator: "\n")
    #expect(lines.count == 1)
    let exported = try JSONDocument(parsing: String(lines[0])).root.value
    let stored = try JSONDocument(parsing: repository.fixture("example-parking-fines-algorithm.json")).root.value
    #expect(exported == stored)
    #expect(exported.objectValue?.keys.prefix(4) == ["schema_version", "id", "title", "summary"])
    let bulk = runCases(["export", "--format", "opensearch-bulk", "--topic", "police"], in: repository.path).stdout
      .split(separator: "\n")
    #expect(bulk.count == 2)
    #expect(bulk[0] == #"{"index":{"_index":"cases","_id":"example-parking-fines-algorithm"}}"#)
    #expect(bulk[1] == lines[0])
  }

  @Test(.enabled(if: PythonYAML.isAvailable, "skipped: python3 with its yaml module (PyYAML) is not installed"))
  func jekyllFrontMatterReadsBackAsTheCasesValues() throws {
    let repository = exportRepository()
    #expect(runCases(["export", "--format", "jekyll", "--output", "site"], in: repository.path).status.rawValue == 0)
    for id in ["example-parking-fines-algorithm", "example-tricky-text", "example-engagement-panel"] {
      let page = try #require(repository.folder.read("site/_cases/\(id).md"))
      let parts = page.split(separator: "---\n", maxSplits: 2, omittingEmptySubsequences: false)
      #expect(parts.count == 3 && parts[0].isEmpty, "\(id): front matter between --- lines")
      let matter = try JSONDocument(parsing: try PythonYAML.load(String(parts[1]))).root.value
      let stored = try JSONDocument(parsing: try #require(repository.folder.read("casestudies/\(id).json"))).root.value
      #expect(matter["id"] == stored["id"])
      #expect(matter["title"] == stored["title"])
      #expect(matter["summary"] == stored["summary"])
      #expect(matter["topics"] == stored["topics"])
      #expect(matter["start"] == stored["period"]?["start"])
      #expect(matter["end"] == stored["period"]?["end"])
      #expect(matter["ongoing"] == stored["period"]?["ongoing"])
      #expect(matter["licence"] == stored["licence"])
      #expect(matter["sources"]?.arrayValue?.map { $0["url"] } == stored["sources"]?.arrayValue?.map { $0["url"] })
      #expect(
        matter["sources"]?.arrayValue?.map { $0["date_published"] }
          == stored["sources"]?.arrayValue?.map { $0["date_published"] })
    }
    let parking = try JSONDocument(
      parsing: try PythonYAML.load(
        String(
          try #require(repository.folder.read("site/_cases/example-parking-fines-algorithm.md")).split(
            separator: "---\n")[0]))
    ).root.value
    #expect(parking["countries"] == ["GB", "IE"])
    #expect(parking["year"] == 2019)
    #expect(parking["public_bodies"] == ["Example Borough Council", "Example Traffic Tribunal"])
    // Liquid would take {{ and {% in the text for its own tags, and kramdown {: for attributes.
    let tricky = try #require(repository.folder.read("site/_cases/example-tricky-text.md"))
    #expect(tricky.contains(#"Försäkringskassan &#123;&#123; liquid &#125;&#125; and &#123;% tag %&#125;."#))
  }

  @Test func htmlIsSelfContainedAccessibleAndEscaped() throws {
    let repository = exportRepository()
    let html = runCases(["export", "--format", "html"], in: repository.path).stdout
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\""))
    #expect(html.hasSuffix("</body>\n</html>\n"))
    for landmark in [
      "<header>", "<main>", "<footer>", "<form id=\"filters\" role=\"search\"", "role=\"status\" aria-live=\"polite\"",
    ] {
      #expect(html.contains(landmark), "\(landmark)")
    }
    #expect(html.ranges(of: "<h1>").count == 1)
    #expect(html.ranges(of: "<article ").count == 4)
    for control in ["q", "topic", "country", "method"] {
      #expect(html.contains("<label for=\"\(control)\">"), "a label for \(control)")
      #expect(html.contains("id=\"\(control)\""), "the control \(control)")
    }
    #expect(html.contains("<option value=\"policing\">Policing and justice (1)</option>"))
    #expect(html.contains("<option value=\"GB\">United Kingdom (1)</option>"))
    #expect(html.contains("<option value=\"citizens-jury\">Citizens&#39; jury or panel (1)</option>"))
    #expect(html.contains("data-topics=\"local policing\" data-countries=\"GB IE\" data-methods=\"citizens-jury\""))
    // Nothing is fetched: no src attributes, no stylesheets or imports, no url() in the styles;
    // the only addresses outside the page are the sources' links.
    for forbidden in ["src=", "<link", "@import", "url(", "<img", "<iframe", "<object", "<embed"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    let hrefs = html.ranges(of: "href=\"").map { html[$0.upperBound...].prefix { $0 != "\"" } }
    #expect(!hrefs.isEmpty)
    for href in hrefs { #expect(href.hasPrefix("#") || href.hasPrefix("https://example.org/"), "\(href)") }
    #expect(html.ranges(of: "<a href=\"https://").count == html.ranges(of: "href=\"http").count)
    #expect(html.contains("default-src 'none'"))
    // Text is escaped everywhere.
    #expect(
      html.contains(
        "<h2 id=\"example-tricky-text-title\">Tricky &quot;quoted&quot;, &lt;b&gt;bold&lt;/b&gt; &amp; yes: no # 2019</h2>"
      ))
    #expect(!html.contains("<b>bold"))
  }

  @Test func existingFilesAndFoldersAreKeptUnlessForced() {
    let repository = exportRepository()
    repository.folder.create("out.csv", "mine\n")
    let refused = runCases(["export", "--format", "csv", "-o", "out.csv"], in: repository.path)
    #expect(refused.status.rawValue == 2)
    #expect(
      refused.stderr == "Error: out.csv already exists\nHelp:  add --force to replace it, or choose another --output\n")
    #expect(repository.folder.read("out.csv") == "mine\n")
    let forced = runCases(["export", "--format", "csv", "-o", "out.csv", "--force"], in: repository.path)
    #expect(forced.status.rawValue == 0)
    #expect(repository.folder.read("out.csv")?.hasPrefix("\u{FEFF}id,title") == true)
    #expect(repository.folder.list().filter { $0.contains(".tmp-") }.isEmpty)

    repository.folder.create("site/_cases/other.md", "mine\n")
    let notEmpty = runCases(["export", "--format", "jekyll", "-o", "site"], in: repository.path)
    #expect(notEmpty.status.rawValue == 2)
    #expect(notEmpty.stderr.hasPrefix("Error: site/_cases is not empty\n"))
    #expect(repository.folder.list("site/_cases") == ["other.md"])
    #expect(
      runCases(["export", "--format", "jekyll", "-o", "site", "--force"], in: repository.path).status.rawValue == 0)
    // --force replaces _cases whole: a page of a case no longer exported goes.
    #expect(repository.folder.list("site/_cases").count == 4)
    #expect(repository.folder.read("site/_cases/other.md") == nil)
    #expect(!repository.folder.list("site").contains { $0.contains(".tmp-") })
    // A folder with other things in it is fine for Jekyll: only _cases must be empty.
    repository.folder.create("site2/_config.yml", "title: x\n")
    #expect(runCases(["export", "--format", "jekyll", "-o", "site2"], in: repository.path).status.rawValue == 0)
    repository.folder.create("search/notes.txt", "mine\n")
    #expect(
      runCases(["export", "--format", "opensearch-bulk", "-o", "search"], in: repository.path).status.rawValue == 2)
    repository.folder.create("notes.txt", "")
    let notFolder = runCases(["export", "--format", "opensearch-bulk", "-o", "notes.txt"], in: repository.path)
    #expect(notFolder.stderr == "Error: notes.txt is not a folder\n")
    let underFile = runCases(["export", "--format", "jekyll", "-o", "notes.txt"], in: repository.path)
    #expect(underFile.stderr == "Error: notes.txt is not a folder\n")
  }

  @Test func badInputIsExplained() {
    let repository = exportRepository()
    let noFormat = runCases(["export"], in: repository.path)
    #expect(noFormat.status.rawValue == 64)
    #expect(noFormat.stderr.hasPrefix("Error: Missing expected argument '--format <format>'"))
    let unknown = runCases(["export", "--format", "xlsx"], in: repository.path)
    #expect(unknown.status.rawValue == 64)
    #expect(unknown.stderr.hasPrefix("Error: The value 'xlsx' is invalid for '--format <format>'."))
    let jekyll = runCases(["export", "--format", "jekyll"], in: repository.path)
    #expect(jekyll.status.rawValue == 64)
    #expect(jekyll.stderr.hasPrefix("Error: --format jekyll writes a folder of files; name it with --output <path>\n"))
    let badFilter = runCases(["export", "--format", "csv", "--topic", "weather"], in: repository.path)
    #expect(badFilter.status.rawValue == 64)
    let none = runCases(["export", "--format", "csv", "--topic", "health", "-o", "none.csv"], in: repository.path)
    #expect(none.status.rawValue == 1)
    #expect(none.stderr == "no case studies match; nothing exported\n")
    #expect(repository.folder.read("none.csv") == nil)
    let missingFolder = runCases(["export", "--format", "csv", "-o", "no/such/folder.csv"], in: repository.path)
    #expect(missingFolder.status.rawValue == 2)
    #expect(missingFolder.stderr == "Error: cannot write no/such/folder.csv: no such file or directory\n")
  }
}
