import CaseJSON
import CaseTestSupport
import Testing

/// `cases search` finds what researchers mean: every text and vocabulary label of a case,
/// irregular forms, synonyms (built in and a repository's own), corrected typos, and a clear
/// answer for queries with nothing to search.
@Suite("cases search: what researchers mean")
struct SearchMeaningTests {
  static let minimal = "example-minimal-case"
  static let parking = "example-parking-fines-algorithm"
  static let panel = "example-engagement-panel"

  func ids(_ arguments: [String], in repository: FixtureRepository) throws -> [String] {
    let result = runCases(["search"] + arguments + ["--format", "json"], in: repository.path)
    return try result.json()["hits"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
  }

  @Test func everyTextAndLabelAReaderSeesIsSearchable() throws {
    let repository = FixtureRepository()
    // A system's data, in no field of its own.
    #expect(try ids(["postcodes"], in: repository) == [Self.parking])
    // A country's name, alias and demonym, though the case holds only its code.
    for word in ["Netherlands", "Holland", "Dutch"] {
      #expect(try ids([word], in: repository) == [Self.minimal], "\(word)")
    }
    #expect(try ids(["Swedish"], in: repository) == [Self.panel])
    // A vocabulary term's label and alias: the system kind decision-support, the level local.
    #expect(try ids(["triage"], in: repository).contains(Self.parking))
    #expect(try ids(["tribunal", "--exact"], in: repository) == [Self.parking])
  }

  @Test func irregularFormsFindEachOther() throws {
    let repository = FixtureRepository()
    repository.write(
      Self.minimal + ".json",
      repository.fixture(
        Self.minimal + ".json", replacing: [("It has only the required fields.", "It affected one child and a woman.")]
      ))
    for word in ["children", "child", "women"] {
      #expect(try ids([word, "--exact"], in: repository) == [Self.minimal], "\(word)")
    }
  }

  @Test func synonymsAddMeaningAndARepositoryCanAddItsOwn() throws {
    let repository = FixtureRepository(withSchemas: true)
    // Built in: "committee" also finds "panel", for half the weight; --exact does not.
    #expect(try ids(["committee"], in: repository).contains(Self.panel))
    #expect(try ids(["committee", "--exact"], in: repository).isEmpty)
    let explained = runCases(["search", "committee", "--explain"], in: repository.path)
    #expect(explained.notes.contains("note: 'committee' also found 'panel' (synonyms; `--exact` for none)"))
    // The repository's own group.
    #expect(try ids(["adjudicator"], in: repository).isEmpty)
    repository.folder.create("schemas/synonyms.json", #"{"groups": [["adjudicator", "tribunal"]]}"#)
    #expect(try ids(["adjudicator"], in: repository) == [Self.parking])
    // Words typed in a row that a group names together: "traffic wardens" (in no case) finds
    // what "tribunal" finds, and no word of it is "corrected" on the way.
    repository.folder.create("schemas/synonyms.json", #"{"groups": [["traffic wardens", "tribunal"]]}"#)
    let run = runCases(["search", "traffic", "wardens"], in: repository.path)
    #expect(run.stdout.contains(Self.parking))
    #expect(try ids(["traffic", "wardens"], in: repository) == [Self.parking])
    #expect(!run.stderr.contains("showing results for"))
    // A broken file is an error that says where, and validate reports it.
    repository.folder.create("schemas/synonyms.json", #"{"groups": [["alone"]]}"#)
    let broken = runCases(["search", "adjudicator"], in: repository.path)
    #expect(broken.status.rawValue == 2)
    #expect(broken.stderr.contains("synonyms.json:1:13: group 1 must list at least two words or phrases"))
    let validated = runCases(["validate"], in: repository.path)
    #expect(validated.status.rawValue == 1)
    #expect(validated.stdout.contains("synonyms.json:1:13: error: group 1 must list at least two words or phrases"))
  }

  @Test func typosAreCorrectedWhenOneCorrectionIsClearlyBest() throws {
    let repository = FixtureRepository()
    let result = runCases(["search", "tribnual"], in: repository.path)  // a transposition: one edit
    #expect(result.notes.contains("note: showing results for 'tribunal'; `--exact` to search for 'tribnual'"))
    #expect(try ids(["tribnual"], in: repository) == [Self.parking])
    #expect(try ids(["tribnual", "--exact"], in: repository).isEmpty)
    // Two edits in a short word, or another first letter, is no clear correction.
    #expect(!runCases(["search", "xribunal"], in: repository.path).stderr.contains("showing results for"))
  }

  @Test func onlyStopWordsOrSymbolsIsNotEveryCase() throws {
    let repository = FixtureRepository()
    for query in ["who", "IT", "€"] {
      let result = runCases(["search", query], in: repository.path)
      #expect(result.status.rawValue == 1, "\(query)")
      #expect(result.stderr.contains("nothing can be searched in '\(query)'"), "\(query)")
      #expect(result.stdout.isEmpty)
    }
    // With a filter, the filtered cases, with a note.
    let filtered = runCases(["search", "who", "--topic", "benefits"], in: repository.path)
    #expect(filtered.status.rawValue == 0)
    #expect(filtered.stdout.contains(Self.minimal))
  }

  @Test func aPhraseNoCaseHoldsFallsBackToItsWords() throws {
    let repository = FixtureRepository()
    let result = runCases(["search", "tribunal council appeals"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(
      result.notes.contains(
        #"note: no case study has the phrase "tribunal council appeals"; showing cases with its words"#))
    #expect(try ids(["tribunal council appeals"], in: repository).first == Self.parking)
    // --exact keeps the phrase.
    #expect(runCases(["search", "tribunal council appeals", "--exact"], in: repository.path).status.rawValue == 1)
  }

  @Test func filtersAloneListCasesMainlyAboutTheTopicFirst() throws {
    let repository = FixtureRepository()
    // Both are local; the panel is newer, but the parking case is mainly about local services.
    #expect(try ids(["--topic", "local"], in: repository) == [Self.parking, Self.panel])
    // Sorting by date is newest first, as asked.
    #expect(try ids(["--topic", "local", "--sort", "date"], in: repository) == [Self.panel, Self.parking])
  }

  @Test func aBodyWithAndWithoutItsShortFormCountsOnce() throws {
    let repository = FixtureRepository()
    repository.write(
      "example-second-welfare-case.json",
      repository.fixture(
        Self.minimal + ".json",
        replacing: [
          ("\"example-minimal-case\"", "\"example-second-welfare-case\""),
          ("Example Ministry of Welfare", "Example Ministry of Welfare (EMW)"),
          ("Example ministry's fictional benefits data-sharing plan", "Example ministry's second fictional plan"),
        ]))
    let result = try runCases(["search", "--topic", "benefits", "--facets", "--format", "json"], in: repository.path)
      .json()
    let bodies = result["facets"]?["body"]?.arrayValue ?? []
    #expect(bodies == [["value": "Example Ministry of Welfare", "count": 2]])
    // The filter still finds a body by its short form.
    #expect(try ids(["--body", "EMW"], in: repository) == ["example-second-welfare-case"])
  }
}
