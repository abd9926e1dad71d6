import CaseIO
import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `cases search` end to end on a repository of the fixture case studies.
@Suite("cases search")
struct SearchCommandTests {
  static let parking = "example-parking-fines-algorithm"
  static let panel = "example-engagement-panel"
  static let minimal = "example-minimal-case"

  func ids(_ result: CLIResult) throws -> [String] {
    try result.json()["hits"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
  }

  @Test func theFirstSearchBuildsTheIndexAndTheNextReusesIt() {
    let repository = FixtureRepository()
    let first = runCases(["search", "tribunal"], in: repository.path)
    #expect(first.status.rawValue == 0)
    #expect(
      first.stdout.hasPrefix(
        "Example Borough's fictional parking-fine algorithm\n  example-parking-fines-algorithm · 2019 · local, policing\n"
      ))
    #expect(
      first.errorLines == ["note: there is no search index yet; built it (3 case studies)", "1 case study matches"])
    #expect(repository.folder.list(".cases") == [".gitignore", "index.bin"])
    let second = runCases(["search", "tribunal"], in: repository.path)
    #expect(second.status.rawValue == 0)
    #expect(second.stdout == first.stdout)
    #expect(second.errorLines == ["1 case study matches"])
  }

  @Test func searchingFromAFolderInsideTheRepository() {
    let repository = FixtureRepository()
    let result = runCases(["search", "jurors"], in: repository.path + "/casestudies")
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.contains(SearchCommandTests.parking))
  }

  @Test func aChangedFileIsNotedOnceAndItsNewTextFound() {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    #expect(runCases(["search", "zeppelin"], in: repository.path).status.rawValue == 1)
    repository.write(
      "example-minimal-case.json",
      repository.fixture(
        "example-minimal-case.json", replacing: [("benefits data with councils", "zeppelin data with councils")]))
    // The same size: only the modification time tells (set it apart from the clock's tick).
    repository.touch("example-minimal-case.json", seconds: 1_500_000_000)
    let result = runCases(["search", "zeppelin"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.contains(SearchCommandTests.minimal))
    #expect(
      result.notes == ["note: a case file was changed since the search index was built; rebuilt it (3 case studies)"])
    // Now up to date.
    #expect(runCases(["search", "zeppelin"], in: repository.path).notes.isEmpty)
  }

  @Test func addedAndRemovedFilesAreNoted() {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    repository.write(
      "example-new-case.json",
      repository.fixture(
        "example-minimal-case.json",
        replacing: [("example-minimal-case", "example-new-case"), ("benefits data-sharing", "zeppelin data-sharing")]))
    unlink(repository.path + "/casestudies/example-engagement-panel.json")
    let result = runCases(["search", "zeppelin"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.notes.count == 1)
    #expect(
      result.notes.first?.hasPrefix("note: 1 case file was added and 1 removed since the search index was built")
        == true)
    #expect(result.notes.first?.hasSuffix("; rebuilt it (3 case studies)") == true)
    #expect(result.stdout.contains("example-new-case"))
  }

  @Test func invalidFilesAreLeftOutAndSaidSo() {
    let repository = FixtureRepository()
    repository.write("broken.json", "{")
    let result = runCases(["search", "tribunal"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(
      result.notes == [
        "note: there is no search index yet; built it (3 case studies)",
        "note: 1 case file is not valid and left out; `cases validate` shows why",
      ])
    // The index remembers the file: every search says so, without rebuilding.
    #expect(
      runCases(["search", "tribunal"], in: repository.path).notes == [
        "note: 1 case file is not valid and left out; `cases validate` shows why"
      ])
  }

  @Test func aGarbageIndexIsRebuiltWithANote() {
    let repository = FixtureRepository()
    repository.folder.create(".cases/index.bin", "this is not a search index")
    let result = runCases(["search", "tribunal"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.contains(SearchCommandTests.parking))
    #expect(result.notes.count == 1)
    #expect(result.notes.first?.contains("damaged") == true)
    #expect(result.notes.first?.hasSuffix("; rebuilt it (3 case studies)") == true)
    #expect(runCases(["search", "tribunal"], in: repository.path).notes.isEmpty)
  }

  @Test func damageFoundWhileSearchingIsRepairedAndTheSearchRetried() throws {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    try repository.damagePostings(of: "tribun")
    // Other words read other postings: no rebuild.
    #expect(runCases(["search", "jurors"], in: repository.path).notes.isEmpty)
    let result = runCases(["search", "tribunal"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.contains(SearchCommandTests.parking))
    #expect(result.notes.count == 1)
    #expect(result.notes.first?.contains("damaged") == true)
    #expect(runCases(["index", "--check"], in: repository.path).status.rawValue == 0)
  }

  @Test func noMatchesExitsOne() {
    let repository = FixtureRepository()
    let result = runCases(["search", "zeppelin"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stdout == "")
    #expect(result.errorLines.last == "no case study matches")
    #expect(result.errorLines.contains("note: no case study has the word 'zeppelin'"))
  }

  @Test func misspelledWordsAreCorrectedUnlessExact() {
    let repository = FixtureRepository()
    let result = runCases(["search", "tribunl"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.notes.contains("note: showing results for 'tribunal'; `--exact` to search for 'tribunl'"))
    #expect(result.stdout.contains(SearchCommandTests.parking))
    let exact = runCases(["search", "tribunl", "--exact"], in: repository.path)
    #expect(exact.status.rawValue == 1)
    #expect(exact.notes.last == "note: no case study has the word 'tribunl'; did you mean 'tribunal'?")
    let fuzzy = runCases(["search", "tribunl", "--fuzzy"], in: repository.path)
    #expect(fuzzy.status.rawValue == 0)
    #expect(fuzzy.stdout.contains(SearchCommandTests.parking))
  }

  @Test func noWordsFallBackToAnyWordWithANote() {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    let result = runCases(["search", "tribunal", "residents", "ministry"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.notes == ["note: no case study has every word; showing those with most of them first"])
    #expect(result.errorLines.last == "3 case studies match")
  }

  @Test func usageErrors() {
    let repository = FixtureRepository()
    let empty = runCases(["search"], in: repository.path)
    #expect(empty.status.rawValue == 64)
    #expect(empty.stderr.contains("Give words to search for, or a filter such as --topic."))
    #expect(empty.stdout == "")
    let topic = runCases(["search", "--topic", "wlfare"], in: repository.path)
    #expect(topic.status.rawValue == 64)
    #expect(topic.stderr.contains("Did you mean 'benefits'?"))
    #expect(runCases(["search", "x", "--sort", "newest"], in: repository.path).status.rawValue == 64)
    #expect(runCases(["search", "x", "--format", "xml"], in: repository.path).status.rawValue == 64)
    #expect(runCases(["search", "x", "--limit", "-1"], in: repository.path).status.rawValue == 64)
    // Nothing was built for a usage error.
    #expect(repository.folder.list(".cases").isEmpty)
  }

  @Test func outsideARepository() {
    let folder = TemporaryDirectory()
    let result = runCases(["search", "x"], in: folder.path)
    #expect(result.status.rawValue == 2)
  }

  @Test func exclusionsNeedNoDoubleDash() throws {
    let repository = FixtureRepository()
    let result = runCases(["search", "council", "-tribunal", "--format", "json"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(try ids(result).sorted() == [SearchCommandTests.panel, SearchCommandTests.minimal])
    #expect(try result.json()["query"] == "council -tribunal")
    // Only exclusions: every other case.
    let only = runCases(["search", "-tribunal", "--format", "json"], in: repository.path)
    #expect(only.status.rawValue == 0)
    #expect(try ids(only).sorted() == [SearchCommandTests.panel, SearchCommandTests.minimal])
  }

  @Test func phrasesPrefixesOrAndFields() throws {
    let repository = FixtureRepository()
    func found(_ arguments: String...) throws -> [String] {
      try ids(runCases(["search"] + arguments + ["--format", "json"], in: repository.path)).sorted()
    }
    #expect(try found("\"citizens jury\"") == [SearchCommandTests.parking])
    #expect(try found("\"jury citizens\"", "--exact") == [])
    #expect(try found("algorith*") == [SearchCommandTests.parking])
    #expect(try found("tribunal", "OR", "ministry") == [SearchCommandTests.minimal, SearchCommandTests.parking])
    #expect(try found("title:panel") == [SearchCommandTests.panel])
    #expect(try found("title:council") == [])
    #expect(try found("Försäkringskassan") == [])
    #expect(try found("PARKING") == [SearchCommandTests.parking])
  }

  @Test func jsonOutput() throws {
    let repository = FixtureRepository()
    let result = runCases(["search", "council", "--format", "json", "--limit", "2"], in: repository.path)
    #expect(result.status.rawValue == 0)
    let json = try result.json()
    #expect(
      json.objectValue?.keys.sorted() == [
        "corrections", "every_word", "hits", "incomplete_prefixes", "limit", "mode", "offset", "phrases_as_words",
        "query", "synonyms", "total", "unknown_words",
      ])
    #expect(json["query"] == "council")
    #expect(json["mode"] == "all-words")
    #expect(json["total"] == .integer(3))
    #expect(json["offset"] == .integer(0))
    #expect(json["limit"] == .integer(2))
    #expect(json["unknown_words"] == [])
    let hits = try #require(json["hits"]?.arrayValue)
    #expect(hits.count == 2)
    let first = try #require(hits.first)
    #expect(first["rank"] == .integer(1))
    for key in ["id", "title", "path"] { #expect(first[key]?.stringValue?.isEmpty == false, "\(key)") }
    #expect(first["topics"]?.arrayValue != nil)
    #expect(first["countries"]?.arrayValue != nil)
    #expect(first["score"]?.numberValue.map { Double($0.lexeme) ?? 0 } ?? 0 > 0)
    let snippet = try #require(first["snippet"])
    let text = try #require(snippet["text"]?.stringValue)
    let highlights = try #require(snippet["highlights"]?.arrayValue)
    #expect(!highlights.isEmpty)
    // Each highlight is [start, end) in code points and covers a form of "council".
    let scalars = Array(text.unicodeScalars)
    for pair in highlights {
      let bounds = pair.arrayValue?.compactMap { $0.numberValue.flatMap { Int($0.lexeme) } } ?? []
      #expect(bounds.count == 2)
      guard bounds.count == 2, bounds[0] < bounds[1], bounds[1] <= scalars.count else { continue }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[bounds[0]..<bounds[1]])
      #expect(String(view).lowercased().hasPrefix("council"))
    }
    // Years: a number, or null for a case without a period.
    let all = try runCases(["search", "council", "--format", "json"], in: repository.path).json()
    let years = all["hits"]?.arrayValue?.map { ($0["id"]?.stringValue ?? "", $0["year"]) } ?? []
    #expect(years.first { $0.0 == SearchCommandTests.minimal }?.1 == .null)
    #expect(years.first { $0.0 == SearchCommandTests.parking }?.1 == .integer(2019))
  }

  @Test func jsonWithUnknownWordsFacetsAndExplanations() throws {
    let repository = FixtureRepository()
    let unknown = try runCases(["search", "tribunl", "--exact", "--format", "json"], in: repository.path).json()
    #expect(unknown["unknown_words"] == [["word": "tribunl", "suggestion": "tribunal"]])
    #expect(unknown["hits"] == [])
    #expect(unknown["total"] == .integer(0))

    let facets = try runCases(["search", "council", "--format", "json", "--facets"], in: repository.path).json()
    let counts = try #require(facets["facets"]?.objectValue)
    #expect(counts.keys.contains("topic"))
    #expect(counts.keys.contains("country"))
    #expect(counts["topic"]?.arrayValue?.first == ["value": "local", "count": .integer(2)])

    let explained = try runCases(["search", "tribunal", "--format", "json", "--explain"], in: repository.path).json()
    let hit = try #require(explained["hits"]?.arrayValue?.first)
    let explanation = try #require(hit["explanation"])
    #expect(explanation["score"] == hit["score"])
    let term = try #require(explanation["terms"]?.arrayValue?.first)
    #expect(term["term"] == "tribun")
    #expect(term["document_frequency"] == .integer(1))
    for key in ["idf", "pseudo_frequency", "score"] { #expect(term[key]?.numberValue != nil, "\(key)") }
    let fields = term["fields"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? []
    #expect(fields.contains("summary"))
    #expect(fields.contains("sources"))
    // Without --explain and --facets, neither key.
    let plain = try runCases(["search", "tribunal", "--format", "json"], in: repository.path).json()
    #expect(plain["facets"] == nil)
    #expect(plain["hits"]?.arrayValue?.first?["explanation"] == nil)
  }

  @Test func filtersOnlyJSON() throws {
    let repository = FixtureRepository()
    let result = runCases(["search", "--topic", "local", "--format", "json"], in: repository.path)
    #expect(result.status.rawValue == 0)
    let json = try result.json()
    #expect(json["mode"] == "filters-only")
    #expect(try ids(result) == [SearchCommandTests.parking, SearchCommandTests.panel], "mainly local first")
    let filtered = runCases(["search", "council", "--topic", "police", "--format", "json"], in: repository.path)
    #expect(try ids(filtered) == [SearchCommandTests.parking])
    let years = runCases(["search", "--from", "2022", "--format", "json"], in: repository.path)
    #expect(try ids(years) == [SearchCommandTests.panel])
    // The panel began in 2023 and is ongoing: it runs this year too.
    let ongoing = runCases(
      ["search", "--from", String(PartialDate.today().year), "--format", "json"], in: repository.path)
    #expect(try ids(ongoing) == [SearchCommandTests.panel])
    let words = runCases(
      ["search", "panel", "--from", String(PartialDate.today().year), "--format", "json"], in: repository.path)
    #expect(try ids(words) == [SearchCommandTests.panel])
    let country = runCases(["search", "council", "--country", "NL", "--format", "json"], in: repository.path)
    #expect(try ids(country) == [SearchCommandTests.minimal])
  }

  @Test func jsonLinesHaveOneHitPerLine() throws {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    let result = runCases(["search", "council", "--format", "jsonl"], in: repository.path)
    #expect(result.status.rawValue == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4)
    #expect(lines.last == "")
    for (index, line) in lines.dropLast().enumerated() {
      let hit = try JSONDocument(parsing: String(line)).root.value
      #expect(hit["rank"] == .integer(index + 1))
      #expect(hit["id"]?.stringValue != nil)
    }
    #expect(result.errorLines == [], "machine formats print no summary")
  }

  @Test func csvOutput() {
    let repository = FixtureRepository()
    let result = runCases(["search", "council", "-tribunal", "--format", "csv"], in: repository.path)
    #expect(result.status.rawValue == 0)
    let lines = result.stdout.split(whereSeparator: \.isNewline).map(String.init)
    #expect(lines.first == "rank,id,title,year,topics,countries,score,path,snippet")
    #expect(lines.count == 3)
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("1,example-") || $0.hasPrefix("2,example-") })
    #expect(result.stdout.contains(",governance; local,SE,"))
  }

  @Test func markdownOutput() {
    let repository = FixtureRepository()
    let result = runCases(["search", "tribunal", "--format", "md"], in: repository.path)
    #expect(result.status.rawValue == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "1. **[Example Borough's fictional parking-fine algorithm](casestudies/example-parking-fines-algorithm.json)** · `example-parking-fines-algorithm` · 2019 · local, policing"
    )
    #expect(lines.count == 2)
    #expect(lines.last?.contains("**tribunal**") == true)
    #expect(
      result.errorLines == ["note: there is no search index yet; built it (3 case studies)", "1 case study matches"])
  }

  @Test func textOutputPagingSummaries() {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    let first = runCases(["search", "example", "-n", "1"], in: repository.path)
    #expect(first.status.rawValue == 0)
    #expect(first.errorLines == ["3 case studies match; showing 1–1 (--offset 1 for more)"])
    let middle = runCases(["search", "example", "-n", "1", "--offset", "1"], in: repository.path)
    #expect(middle.errorLines == ["3 case studies match; showing 2–2 (--offset 2 for more)"])
    let last = runCases(["search", "example", "--offset", "2"], in: repository.path)
    #expect(last.errorLines == ["3 case studies match; showing 3–3"])
    let past = runCases(["search", "example", "--offset", "5"], in: repository.path)
    #expect(past.status.rawValue == 1)
    #expect(past.errorLines == ["3 case studies match; --offset 5 is past the last of them"])
  }

  @Test func aZeroLimitCountsWithoutListing() {
    // `--limit 0` is allowed (for facet counts alone): the matches exist, no offset is past them.
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    let result = runCases(["search", "council", "-n", "0", "--facets"], in: repository.path)
    #expect(result.stdout.hasPrefix("topic: local 2, benefits 1, governance 1, policing 1\n"))
    #expect(result.errorLines == ["3 case studies match"])
    #expect(result.status.rawValue == 0)
  }

  @Test func sortOrders() throws {
    let repository = FixtureRepository()
    let byDate = runCases(["search", "example", "--sort", "date", "--format", "json"], in: repository.path)
    #expect(try ids(byDate) == [SearchCommandTests.panel, SearchCommandTests.parking, SearchCommandTests.minimal])
    let byTitle = runCases(["search", "example", "--sort", "title", "--format", "json"], in: repository.path)
    // "Example Borough's…", "Example city's…", "Example ministry's…".
    #expect(try ids(byTitle) == [SearchCommandTests.parking, SearchCommandTests.panel, SearchCommandTests.minimal])
  }

  @Test func explainedTextAddsUp() throws {
    // "tribun 2.036 = idf 0.981 (in 1) × saturated frequency 2.075": the printed factors
    // multiply to the printed term score.
    let repository = FixtureRepository()
    let result = runCases(["search", "tribunal", "--explain"], in: repository.path)
    let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("= idf") })
    let numbers = line.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" }).compactMap { Double($0) }
    try #require(numbers.count >= 3)
    let (score, idf, factor) = (numbers[0], numbers[1], numbers[numbers.count - 1])
    #expect(abs(idf * factor - score) < 0.01, "\(line)")
  }
}

/// How shell arguments make up the query.
@Suite("cases search arguments")
struct SearchArgumentTests {
  @Test func mistypedOptionsAndFieldsAreUsageErrors() {
    let repository = FixtureRepository()
    let option = runCases(["search", "parking", "-N", "3"], in: repository.path)
    #expect(option.status.rawValue == 64)
    #expect(option.stderr.hasPrefix("Error: Unknown option '-N'. Did you mean '-n'?\n"))
    // A longer dashed word is still an exclusion.
    #expect(runCases(["search", "parking", "-zzzz"], in: repository.path).status.rawValue == 0)
    let field = runCases(["search", "titel:parking"], in: repository.path)
    #expect(field.status.rawValue == 64)
    #expect(field.stderr.hasPrefix("Error: Unknown field 'titel:' in the query. Did you mean 'title:'?\n"))
    // Something that is no near spelling of a field is searched as typed.
    #expect(runCases(["search", "https://example.org/tribunal-ruling"], in: repository.path).status.rawValue != 64)
  }

  @Test func suggestionsAreNeverShorterThanThreeLetters() {
    let repository = FixtureRepository()
    repository.write(
      "example-parking-fines-algorithm.json",
      repository.fixture(
        "example-parking-fines-algorithm.json",
        replacing: [
          (
            "Example Borough receives many parking appeals each year.",
            "Example Borough receives 1 or 2 parking appeals each day."
          )
        ]))
    let result = runCases(["search", "x"], in: repository.path)
    #expect(result.notes.contains("note: no case study has the word 'x'"), "\(result.notes)")
    #expect(
      runCases(["search", "parkng", "--exact"], in: repository.path).notes.contains(
        "note: no case study has the word 'parkng'; did you mean 'parking'?"))
  }

  @Test func anArgumentWithSpacesIsAPhrase() throws {
    let repository = FixtureRepository()
    // "parking fines" is in the parking case; "fines parking" is in no case, though both words are.
    #expect(runCases(["search", "parking fines"], in: repository.path).status.rawValue == 0)
    let reversed = runCases(["search", "fines parking", "--exact", "--format", "json"], in: repository.path)
    #expect(reversed.status.rawValue == 1)
    // Without --exact, a phrase no case holds falls back to its words.
    let words = runCases(["search", "fines parking", "--format", "json"], in: repository.path)
    #expect(try words.json()["phrases_as_words"] == ["fines parking"])
    #expect(runCases(["search", "fines", "parking"], in: repository.path).status.rawValue == 0)
  }

  @Test func anArgumentInTheQuerySyntaxIsParsed() {
    let repository = FixtureRepository()
    // Not one phrase ("fines zzzz" is in no case): a word and an exclusion of a word no case has.
    let result = runCases(["search", "fines -zzzz", "--format", "json"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.contains(SearchCommandTests.parking))
  }

  @Test func aQueryWithNoSearchableWordsSaysSo() {
    let repository = FixtureRepository()
    let result = runCases(["search", "the", "--topic", "local"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(
      result.notes.contains {
        $0.hasPrefix("note: the query has no words to search for")
          && $0.contains("the cases the filters allow, newest first")
      })
  }
}
