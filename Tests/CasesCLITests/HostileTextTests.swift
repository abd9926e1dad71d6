import CaseIO
import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

/// Case files come from strangers: their text must not control a terminal, run as a formula
/// in a spreadsheet, or become markup on a website.
@Suite("Hostile case text")
struct HostileTextTests {
  static let parking = "example-parking-fines-algorithm.json"

  /// The fixtures, with the parking case's title, summary and narrative replaced.
  func repository(title: String, summary: String? = nil, narrative: String? = nil) -> FixtureRepository {
    let repository = FixtureRepository()
    var replacements = [("Example Borough's fictional parking-fine algorithm", title)]
    if let summary { replacements.append(("A fictional example for tests", summary)) }
    if let narrative { replacements.append(("Example Borough receives many parking appeals each year.", narrative)) }
    repository.write(HostileTextTests.parking, repository.fixture(HostileTextTests.parking, replacing: replacements))
    return repository
  }

  @Test func terminalControlsAreRejectedAndNeverPrintedRaw() throws {
    // Set the window title, ring the bell, return to the line start, reverse the text.
    let title = #"Parking \u001b]0;owned\u0007fines\r algorithm \u202eevil\u202c and \u200bhidden"#
    let repository = repository(title: title)
    let validate = runCases(["validate"], in: repository.path)
    #expect(validate.status.rawValue == 1)
    #expect(
      validate.stdout.contains(
        "casestudies/example-parking-fines-algorithm.json:4:12: error: the text contains U+001B (escape), which can change what a terminal shows; remove it [control-character]"
      ))
    for command in [
      ["show", "example-parking-fines-algorithm"], ["list"], ["search", "parking"], ["validate"],
      ["list", "--format", "csv"],
    ] {
      let result = runCases(command + ["--color", "never"], in: repository.path)
      let text = command.contains("csv") ? result.stdout.replacing("\r\n", with: "\n") : result.stdout
      for unsafe in ["\u{1B}", "\u{07}", "\r", "\u{202E}", "\u{200B}"] {
        #expect(!text.contains(unsafe), "\(command) printed \(unsafe.unicodeScalars.first!.value) raw")
      }
    }
    let shown = runCases(["show", "example-parking-fines-algorithm"], in: repository.path).stdout
    #expect(shown.hasPrefix(#"Parking \x1B]0;owned\x07fines\r algorithm \u{202E}evil\u{202C} and \u{200B}hidden"#))
  }

  @Test func spreadsheetFormulasAreNeutralised() {
    let repository = repository(title: #"=HYPERLINK(\"https://evil.example\",\"click\")"#)
    for command in [
      ["export", "--format", "csv"], ["list", "--format", "csv"], ["search", "parking", "--format", "csv"],
    ] {
      let result = runCases(command, in: repository.path)
      #expect(result.stdout.contains(#""'=HYPERLINK(""https://evil.example"",""click"")""#), "\(command)")
      #expect(!result.stdout.contains(",=HYPERLINK"), "\(command)")
    }
    let rows = readCSV(runCases(["export", "--format", "csv"], in: repository.path).stdout)
    #expect(rows.contains { $0.count > 1 && $0[1] == #"'=HYPERLINK("https://evil.example","click")"# })
  }

  @Test func markdownAndJekyllExportsCarryNoMarkupOrScriptLinks() throws {
    let narrative =
      #"See <script>alert(1)</script> and [click](javascript:alert(1)), ![img](JAVASCRIPT:x) and [src](https://example.org/a_(b)). <img src=x onerror=alert(2)>\n\n[ref]: javascript:alert(3)"#
    let repository = repository(title: "Parking <b>fines</b>", narrative: narrative)
    let markdown = runCases(["export", "--format", "md"], in: repository.path)
    #expect(markdown.status.rawValue == 0)
    _ = runCases(["export", "--format", "jekyll", "-o", "site"], in: repository.path)
    let page = try #require(repository.folder.read("site/_cases/example-parking-fines-algorithm.md"))
    let shown = runCases(["show", "example-parking-fines-algorithm", "--format", "md"], in: repository.path).stdout
    // The page's body (its front matter is YAML data, which layouts print with `| escape`).
    let body = String(page.split(separator: "---\n", maxSplits: 2, omittingEmptySubsequences: false).last ?? "")
    for text in [markdown.stdout, body, shown] {
      #expect(!text.lowercased().contains("](javascript"))
      #expect(!text.contains("<script") && !text.contains("<img") && !text.contains("<b>"))
      #expect(
        text.contains(
          "See &lt;script&gt;alert(1)&lt;/script&gt; and click, img and [src](https://example.org/a_%28b%29)."))
      // A reference definition would make any [ref] a link: its brackets are escaped, inert.
      #expect(text.contains(#"\[ref\]: javascript:alert(3)"#))
    }
  }

  @Test func longNarrativesWrapInLinearTime() throws {
    // Each wrapped line once measured the whole rest of the text: 2 MB took minutes.
    let word = "words "
    let narrative = String(repeating: word, count: 400_000)  // 2.4 MB
    let repository = repository(title: "Parking fines", narrative: narrative)
    let clock = ContinuousClock()
    let start = clock.now
    let result = runCases(["show", "example-parking-fines-algorithm"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.split(separator: "\n").count > 30_000)
    // Not a speed target: the quadratic wrapping took minutes here, the linear one well under a second.
    #expect(clock.now - start < .seconds(60))
  }

  @Test func kramdownAttributeListsAndLiquidAreInert() {
    let repository = repository(
      title: #"Parking {: onclick=\"alert(1)\"} fines"#, summary: #"Hi\n{: onmouseover=\"alert(2)\"}\nthere"#,
      narrative: #"Hi\n{: onmouseover=\"alert(3)\"}\n{{ site.secret }} and \\<b\\> and \\*stars\\*"#)
    let exported = runCases(["export", "--format", "md"], in: repository.path)
    #expect(exported.status.rawValue == 0, "\(exported.stderr)")
    let markdown = exported.stdout
    #expect(!markdown.contains("{:"))
    #expect(!markdown.contains("{{"))
    #expect(markdown.contains("&#123;: onmouseover=\"alert(3)\"&#125;"))
    #expect(markdown.contains("&#123;&#123; site.secret &#125;&#125; and &lt;b&gt; and \\*stars\\*"))
    #expect(markdown.contains("Parking &#123;: onclick=\"alert(1)\"&#125; fines"))
  }

  @Test func pathologicalBracketsAreLinearAndShallow() {
    let clock = ContinuousClock()
    let start = clock.now
    // Many unmatched brackets and parentheses, and links nested deeply.
    let brackets = String(repeating: "[a](", count: 50_000)
    let nested = String(repeating: "[", count: 20_000) + "x" + String(repeating: "](http://a)", count: 20_000)
    let flat = MarkdownProse.sanitize(brackets)
    let deep = MarkdownProse.sanitize(nested)
    #expect(flat.hasPrefix("\\[a\\]("))
    #expect(deep.count > 20_000)
    #expect(clock.now - start < .seconds(60), "not a speed target: the quadratic scan took minutes")
  }
}
