import CaseIO
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

@Suite("cases add")
struct AddCommandTests {
  /// Every required field of a fictional case, as options.
  static let chatbotOptions = [
    "add", "--title", "Example council's housing chatbot", "--summary",
    "A fictional council answered housing questions with a chatbot; residents were not asked.", "--topic", "housing",
    "--body", "Example Council", "--country", "GB", "--source-url", "https://example.org/chatbot", "--source-title",
    "The chatbot", "--licence", "CC0-1.0",
  ]

  static let summary =
    "A fictional case for tests: a council tried a chatbot for housing questions, and tenants said it was wrong."

  /// Answers to every question, in order, for a case with only the core fields.
  static func answers(title: String = "Example council's housing chatbot, 2024", extra: [String] = []) -> [String] {
    [
      title, "",  // title, id (the suggested one)
      summary, "9, loc",  // summary, topics: a number and a prefix
      "",  // focus
      "Example City Council", "public body", "UK", "local",  // the main organisation
      "2024-3", "",  // period
      "", "chatbot",  // places, tags
      "https://example.org/chatbot", "The chatbot report", "", "", "n",  // one source
      "Test Person",  // contributor (the licence is the repository's default)
    ] + extra
  }

  /// No to each optional block.
  static let noBlocks = ["n", "n", "n", "n", "n", "n"]

  func converse(_ lines: [String], in repository: FixtureRepository) -> CLIResult {
    runCases(["add"], in: repository.path, stdin: lines.joined(separator: "\n") + "\n", stdinIsTerminal: true)
  }

  // MARK: - Guided

  @Test func guidedHappyPath() throws {
    let repository = FixtureRepository()
    let result = converse(Self.answers() + Self.noBlocks + [""], in: repository)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    let id = "example-councils-housing-chatbot-2024"
    let text = try #require(repository.folder.read("casestudies/\(id).json"))
    #expect(text.contains(#""topics": [\#n    "housing",\#n    "local"\#n  ]"#))
    #expect(text.contains(#""country": "GB""#))
    #expect(text.contains(#""start": "2024-03""#))
    // The repository's default licence applies: the case names none.
    #expect(!text.contains(#""licence""#))
    #expect(text.contains(#""created": "\#(PartialDate.today())""#))
    #expect(text.contains(#""name": "Test Person""#))
    // The prompts carry the schema's descriptions, the preview is `cases show`'s, then the next steps.
    #expect(result.stdout.contains("The public-service areas the case belongs to, most relevant first."))
    #expect(result.stdout.contains("Id (press Enter for \(id))"))
    #expect(result.stdout.contains("Here is the case as `cases show` will show it:"))
    #expect(result.stdout.contains("Added casestudies/\(id).json"))
    #expect(result.stdout.contains("git add casestudies/\(id).json"))
    // What was written is valid and already in the canonical format.
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)
    #expect(runCases(["fmt", "--check"], in: repository.path).status.rawValue == 0)
    // The answers' line ends are not in the captured output: a prompt and what follows it share a line.
    let shown = result.stdout.replacing("> ", with: ">\n").replacing("] ", with: "]\n")
    let wide = shown.split(separator: "\n").filter { $0.count > 80 }
    #expect(wide.isEmpty, "lines wider than the terminal: \(wide)")
  }

  @Test func wrongAnswersAreExplainedAndAskedAgain() throws {
    var lines = Self.answers()
    lines[0] = "Abc\n" + lines[0]  // too short a title
    lines[3] = "polce\n99\n" + lines[3]  // a typo and a number out of range
    lines[9] = "2024-13\n2024-2-30\n" + lines[9]  // not a date, and a day February lacks
    lines[10] = "2023"  // an end before the start
    lines[13] = "example.org/chatbot\n" + lines[13]  // not a whole address
    lines.insert("2024-09", at: 11)
    let repository = FixtureRepository()
    let result = converse(lines + Self.noBlocks + [""], in: repository)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    for message in [
      #"! "Abc" is shorter than 5 characters"#,
      #"! "polce" is not a known topic; did you mean "policing"?"#,
      "! there is no number 99; choose from 1 to 15",
      #"! "2024-13" is not a date"#,
      #"! "2024-2-30" is not a date: February 2024 has 29 days"#,
      "! the period ends before it starts: 2023 comes before 2024-03",
      #"! "example.org/chatbot" is not a whole web address"#,
    ] {
      #expect(result.stdout.contains(message), "missing: \(message)")
    }
    let text = try #require(repository.folder.read("casestudies/example-councils-housing-chatbot-2024.json"))
    #expect(text.contains(#""end": "2024-09""#))
  }

  @Test func optionalBlocksAddElements() throws {
    let repository = FixtureRepository()
    let blocks = [
      "n",  // narrative
      "y", "Housing chatbot", "chatbot", "", "pilot", "", "n",  // one system
      "n", "n", "n",  // impacts, engagements, timeline
      "y", "example-minimal-cas", "example-minimal-case", "simi", "", "n",  // a related case, after a typo
    ]
    let result = converse(Self.answers() + blocks + [""], in: repository)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        #"no case study has the id "example-minimal-cas"; did you mean\#n    "example-minimal-case"?"#))
    let text = try #require(repository.folder.read("casestudies/example-councils-housing-chatbot-2024.json"))
    #expect(text.contains(#""kinds": [\#n        "chatbot"\#n      ]"#))
    #expect(text.contains(#""status": "pilot""#))
    #expect(text.contains(#""relation": "similar""#))
  }

  @Test func endOfInputMidwayWritesNothing() {
    let repository = FixtureRepository()
    let before = repository.folder.list("casestudies")
    let result = converse(Array(Self.answers().prefix(6)), in: repository)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr == "Stopped at the end of input: nothing was written.\n")
    #expect(repository.folder.list("casestudies") == before)
  }

  @Test func declingAtTheEndWritesNothing() {
    let repository = FixtureRepository()
    let before = repository.folder.list("casestudies")
    let result = converse(Self.answers() + Self.noBlocks + ["n"], in: repository)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr == "Nothing was written.\n")
    #expect(repository.folder.list("casestudies") == before)
  }

  @Test func withoutATerminalOrOptionsItIsAUsageError() {
    let repository = FixtureRepository()
    let result = runCases(["add"], in: repository.path)
    #expect(result.status.rawValue == 64)
    #expect(result.stderr.contains("standard input is not one"))
    #expect(result.stderr.contains("--from FILE"))
  }

  // MARK: - From a draft, and options

  static let draft = """
    {
      "title": "Example council's housing chatbot, 2024",
      "summary": "\(summary)",
      "topics": ["housing"],
      "organisations": [{"name": "Example City Council", "kind": "public-body", "country": "GB"}],
      "sources": [{"id": "s1", "url": "https://example.org/chatbot", "title": "The chatbot report"}],
      "licence": "CC-BY-4.0"
    }
    """

  /// The same draft in format version 1, as a draft kept from before version 2 is.
  static let draftVersion1 = draft.replacing(
    #""organisations": [{"name": "Example City Council", "kind": "public-body", "country": "GB"}]"#,
    with: #""public_bodies": [{"name": "Example City Council", "country": "GB"}]"#)

  @Test func aValidDraftIsCompletedAndWritten() throws {
    let repository = FixtureRepository()
    repository.folder.create("draft.json", Self.draftVersion1)
    let result = runCases(["add", "--from", "draft.json"], in: repository.path)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    #expect(result.stderr == "")
    let text = try #require(repository.folder.read("casestudies/example-councils-housing-chatbot-2024.json"))
    #expect(
      text.hasPrefix("{\n  \"schema_version\": \"2.0.0\",\n  \"id\": \"example-councils-housing-chatbot-2024\",\n"))
    // The draft is of format version 1: its public body became an organisation.
    #expect(
      text.contains(
        #""organisations": [\#n    {\#n      "name": "Example City Council",\#n      "kind": "public-body","#))
    #expect(text.contains(#""provenance": {\#n    "created": "\#(PartialDate.today())"\#n  }"#))
    #expect(runCases(["fmt", "--check"], in: repository.path).status.rawValue == 0)
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)
  }

  @Test func anInvalidDraftIsReportedAtItsPositionsAndNothingIsWritten() {
    let repository = FixtureRepository()
    let before = repository.folder.list("casestudies")
    repository.folder.create(
      "draft.json",
      """
      {
        "title": "Bad",
        "summary": "\(Self.summary)",
        "topics": ["polce"],
        "organisations": [{"name": "X", "kind": "public-body", "country": "GB"}],
        "sources": [{"id": "s1", "url": "https://example.org/x", "title": "X"}],
        "colour": "red"
      }
      """)
    let result = runCases(["add", "--from", "draft.json"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stderr == """
        draft.json:2:12: error: "Bad" is shorter than 5 characters [minLength]
        draft.json:4:14: error: "polce" is not an allowed value; did you mean "policing" (police)? (see `cases schema --vocab topics`) [enum]
        draft.json:7:3: error: unknown property "colour" [additionalProperties]
        error: the case study is not valid: 3 errors; nothing was written

        """)
    #expect(repository.folder.list("casestudies") == before)
  }

  @Test func aDraftThatIsNotJSONIsReportedAtThePlace() {
    let repository = FixtureRepository()
    let result = runCases(["add", "--from", "-"], in: repository.path, stdin: "{\n  \"title\": \"x\",\n")
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.hasPrefix("<stdin>:3:1: error: "))
    #expect(result.stderr.hasSuffix("error: the draft is not JSON; nothing was written\n"))
  }

  @Test func optionsOverrideTheDraftAndAcceptAliases() throws {
    let repository = FixtureRepository()
    let result = runCases(
      [
        "add", "--from", "-", "--title", "Another council's chatbot", "--topic", "police", "--topic", "housing",
        "--country", "netherlands",
      ],
      in: repository.path, stdin: Self.draft)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    let text = try #require(repository.folder.read("casestudies/another-councils-chatbot.json"))
    #expect(text.contains(#""title": "Another council's chatbot""#))
    #expect(text.contains(#""topics": [\#n    "policing",\#n    "housing"\#n  ]"#))
    #expect(text.contains(#""country": "NL""#))
    // A typo in an option is a usage error naming the nearest value.
    let typo = runCases(["add", "--from", "-", "--topic", "housng"], in: repository.path, stdin: Self.draft)
    #expect(typo.status.rawValue == 64)
    #expect(typo.stderr.contains("Did you mean 'housing'?"))
  }

  @Test func optionsAloneSayWhichAreMissing() {
    let repository = FixtureRepository()
    let result = runCases(
      ["add", "--title", "Example council's housing chatbot", "--summary", "short"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.contains(#"--summary: error: "short" is shorter than 50 characters [minLength]"#))
    #expect(
      result.stderr.contains(
        "Help:  give --source-url, --source-title (or a draft with --from)"))
  }

  // MARK: - Ids

  @Test func aMadeIDThatIsTakenGetsANumber() throws {
    let repository = FixtureRepository()
    for round in 0..<3 {
      let result = runCases(["add", "--from", "-"], in: repository.path, stdin: Self.draft)
      #expect(result.status.rawValue == 0)
      // From the second on, the title is nearly that of a case there: a warning, not an error.
      #expect(result.stderr.contains("warning: the title is nearly the same as that of") == (round > 0))
    }
    let names = repository.folder.list("casestudies").filter { $0.hasPrefix("example-councils") }
    #expect(
      names == [
        "example-councils-housing-chatbot-2024-2.json", "example-councils-housing-chatbot-2024-3.json",
        "example-councils-housing-chatbot-2024.json",
      ])
    let third = try #require(repository.folder.read("casestudies/example-councils-housing-chatbot-2024-3.json"))
    #expect(third.contains(#""id": "example-councils-housing-chatbot-2024-3""#))
    // The near-identical titles are reported as warnings.
    #expect(runCases(["validate"], in: repository.path).stdout.contains("near-duplicate-title"))
  }

  @Test func aGivenIDThatIsTakenIsAnError() {
    let repository = FixtureRepository()
    let before = repository.folder.read("casestudies/example-minimal-case.json")
    let result = runCases(
      ["add", "--from", "-", "--id", "example-minimal-case"], in: repository.path, stdin: Self.draft)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.contains(#"--id: error: a case study with the id "example-minimal-case" exists already"#))
    #expect(result.stderr.hasSuffix("error: the id cannot be used; nothing was written\n"))
    #expect(repository.folder.read("casestudies/example-minimal-case.json") == before)
  }

  @Test(arguments: [
    "../escaped", "sub/dir", "/tmp/x", ".hidden", "Upper-Case", "with space", "x--y", String(repeating: "a", count: 81),
  ])
  func idsThatAreNotSlugsAreRefused(id: String) {
    let repository = FixtureRepository()
    let before = repository.folder.list()
    let draft = Self.draft.replacing("{\n", with: "{\n  \"id\": \"\(id)\",\n")
    for arguments in [["add", "--from", "-", "--id", id], ["add", "--from", "-"]] {
      let result = runCases(arguments, in: repository.path, stdin: arguments.count == 5 ? Self.draft : draft)
      #expect(result.status.rawValue == 1, "\(id) was accepted")
      #expect(result.stderr.hasSuffix("error: the id cannot be used; nothing was written\n"))
    }
    #expect(repository.folder.list() == before)
    #expect(FileTree.kind(of: repository.path + "/escaped.json") == .missing)
  }

  // MARK: - Dry run, index

  @Test func dryRunPrintsTheCaseAndWritesNothing() {
    let repository = FixtureRepository()
    let before = repository.folder.list("casestudies")
    let result = runCases(["add", "--from", "-", "--dry-run"], in: repository.path, stdin: Self.draft)
    #expect(result.status.rawValue == 0)
    #expect(
      result.stdout.hasPrefix(
        "{\n  \"schema_version\": \"2.0.0\",\n  \"id\": \"example-councils-housing-chatbot-2024\""))
    #expect(
      result.stderr
        == "casestudies/example-councils-housing-chatbot-2024.json would be written: the case is valid (dry run: nothing written)\n"
    )
    #expect(repository.folder.list("casestudies") == before)
  }

  @Test func theSearchIndexIsUpdatedAtOnce() {
    let repository = FixtureRepository()
    #expect(runCases(["index"], in: repository.path).status.rawValue == 0)
    let added = runCases(["add", "--from", "-"], in: repository.path, stdin: Self.draft)
    #expect(added.stdout.contains("Search index updated"))
    // The index is current: the search finds the case without rebuilding first.
    #expect(runCases(["index", "--check"], in: repository.path).status.rawValue == 0)
    let search = runCases(["search", "chatbot", "--format", "jsonl"], in: repository.path)
    #expect(search.status.rawValue == 0)
    #expect(search.stdout.contains("example-councils-housing-chatbot-2024"))
    #expect(search.stderr == "")
  }

  @Test func withoutAnIndexNoneIsMade() {
    let repository = FixtureRepository()
    let added = runCases(["add", "--from", "-"], in: repository.path, stdin: Self.draft)
    #expect(!added.stdout.contains("Search index"))
    #expect(FileTree.kind(of: repository.path + "/.cases/index.bin") == .missing)
  }

  // MARK: - Editor

  /// A fake editor: a shell script that, on its nth run, copies what it was given to
  /// `seen-n.json` and runs the nth step (`$1` is the draft).
  func editor(_ steps: [String], in folder: TemporaryDirectory) -> [String: String] {
    var script =
      "#!/bin/sh\nn=$(cat \(folder.path)/runs 2>/dev/null || echo 0); n=$((n+1)); echo $n > \(folder.path)/runs\n"
    script += "cp \"$1\" \(folder.path)/seen-$n.json\ncase $n in\n"
    for (index, step) in steps.enumerated() { script += "\(index + 1)) \(step) ;;\n" }
    script += "*) exit 3 ;;\nesac\n"
    folder.create("editor.sh", script, mode: 0o755)
    return ["EDITOR": folder.path + "/editor.sh", "VISUAL": ""]
  }

  @Test func theEditorIsReopenedWithTheErrorsUntilTheDraftIsValid() throws {
    let repository = FixtureRepository()
    let scratch = TemporaryDirectory()
    let invalid = scratch.create("invalid.json", Self.draft.replacing(Self.summary, with: "too short"))
    let environment = editor(
      ["cp \(invalid) \"$1\"", "sed -i 's/too short/\(Self.summary)/' \"$1\""], in: scratch)
    let result = runCases(["add", "--edit"], in: repository.path, environment: environment)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    #expect(repository.folder.read("casestudies/example-councils-housing-chatbot-2024.json") != nil)
    // The first draft is an outline with instructions; the second lists the error at the line it has there.
    let first = try #require(scratch.read("seen-1.json"))
    #expect(first.hasPrefix("// Fill in the case study below"))
    // The repository has a default licence, so the outline asks for none.
    #expect(!first.contains(#""licence""#))
    #expect(first.contains(#""kind": "public-body""#))
    let second = try #require(scratch.read("seen-2.json"))
    let lines = second.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[2] == #"// line 7, column 14: "too short" is shorter than 50 characters"#)
    #expect(lines[6].contains(#""summary": "too short""#))
    #expect(result.stderr.contains("draft.json:7:14: error: \"too short\" is shorter than 50 characters [minLength]"))
    // The draft is removed once the case is added.
    #expect(repository.folder.list(".cases/drafts").isEmpty)
  }

  @Test func givingUpKeepsTheDraft() throws {
    for (step, reason) in [
      ("true", "the draft was not changed"), ("exit 1", "the editor exited with status 1"),
      (": > \"$1\"", "the draft is empty"),
    ] {
      let repository = FixtureRepository()
      let before = repository.folder.list("casestudies")
      let scratch = TemporaryDirectory()
      let result = runCases(["add", "--edit"], in: repository.path, environment: editor([step], in: scratch))
      #expect(result.status.rawValue == 1)
      #expect(result.stderr.contains("Stopped: \(reason), so nothing was added."))
      #expect(result.stderr.contains("Your draft is kept in .cases/drafts/draft.json"))
      #expect(repository.folder.read(".cases/drafts/draft.json") != nil)
      #expect(repository.folder.list("casestudies") == before)
    }
  }

  @Test func aKeptDraftGoesOnWhereItWasLeft() throws {
    let repository = FixtureRepository()
    let scratch = TemporaryDirectory()
    repository.folder.create(
      "kept.json", "// old notes\n\n" + Self.draft.replacing("\"licence\"", with: "\"licence\" "))
    let result = runCases(
      ["add", "--edit", "--from", "kept.json"], in: repository.path,
      environment: editor(["sed -i 's/Example council/Kept council/' \"$1\""], in: scratch))
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    // The editor saw the draft as it was kept (not reformatted), under new instructions.
    let seen = try #require(scratch.read("seen-1.json"))
    #expect(seen.contains("\"licence\" : \"CC-BY-4.0\""))
    #expect(!seen.contains("old notes"))
    #expect(repository.folder.read("casestudies/kept-councils-housing-chatbot-2024.json") != nil)
  }

  @Test func staleTemporaryFilesAreRemovedByTheNextWrite() throws {
    let repository = FixtureRepository()
    // A write killed with kill -9 leaves its temporary file; a live process's is kept, and so is
    // a recent one (its process may be in another PID namespace).
    repository.write(".example-a.json.tmp-2147483646-12345", "{")
    repository.write(".example-b.json.tmp-1-12345", "{")
    repository.write(".example-c.json.tmp-2147483646-12345", "{")
    for name in [".example-a.json.tmp-2147483646-12345", ".example-b.json.tmp-1-12345"] {
      let hourAgo = timeval(tv_sec: time(nil) - 3_600, tv_usec: 0)
      let times = [hourAgo, hourAgo]
      #expect(utimes(repository.path + "/casestudies/" + name, times) == 0)
    }
    let result = runCases(
      Self.chatbotOptions, in: repository.path)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    let names = repository.folder.list("casestudies")
    #expect(!names.contains(".example-a.json.tmp-2147483646-12345"))
    #expect(names.contains(".example-b.json.tmp-1-12345"), "pid 1 is alive: its write may be under way")
    #expect(names.contains(".example-c.json.tmp-2147483646-12345"), "too recent to be sure")
  }

  @Test func aMissingEditorIsAnError() {
    let repository = FixtureRepository()
    let result = runCases(
      ["add", "--edit"], in: repository.path,
      environment: ["EDITOR": "no-such-editor-anywhere", "VISUAL": "", "PATH": "/usr/bin:/bin"])
    #expect(result.status.rawValue == 2)
    #expect(
      result.stderr.hasPrefix(
        "Error: cannot start the editor 'no-such-editor-anywhere': no such command\nHelp:  set VISUAL or EDITOR"))
  }

  @Test func impossibleDatesAndUnknownPropertiesAreReportedWhereTheyAre() {
    let repository = FixtureRepository()
    let options = Self.chatbotOptions + ["--dry-run"]
    let date = runCases(options + ["--start", "2021-02-30"], in: repository.path)
    #expect(date.status.rawValue == 1)
    #expect(
      date.stderr.hasPrefix(#"--start: error: "2021-02-30" is not a date: February 2021 has 28 days [real-date]"#))
    repository.folder.create(
      "draft.json", "{\n  \"title\": \"Example council's housing chatbot\",\n  \"summery\": \"x\"\n}\n")
    let draft = runCases(["add", "--from", "draft.json", "--dry-run"], in: repository.path)
    #expect(
      draft.stderr.contains(
        #"draft.json:3:3: error: unknown property "summery"; did you mean "summary"? [additionalProperties]"#))
  }

  @Test func anIDTakenByADanglingLinkMovesOnAtOnce() {
    let repository = FixtureRepository()
    #expect(symlink("nowhere.json", repository.path + "/casestudies/example-councils-housing-chatbot.json") == 0)
    let result = runCases(
      Self.chatbotOptions, in: repository.path)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Added casestudies/example-councils-housing-chatbot-2.json"))
  }
}
