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

/// `validate`, `list`, `show` and `schema` on a repository of the fixture case studies.
@Suite("Repository commands")
struct RepositoryCommandsTests {
  @Test func validateTheRepositoryFromAnyFolderInside() {
    let repository = FixtureRepository()
    repository.folder.create("notes/deep/readme.txt", "")
    for folder in ["", "/casestudies", "/notes/deep"] {
      let result = runCases(["validate"], in: repository.path + folder)
      #expect(result.status.rawValue == 0, "from \(folder)")
      #expect(result.stdout == "3 files checked: 3 valid, 0 invalid\n")
    }
  }

  @Test func validateReportsSchemaErrorsAndRulesWithPositions() {
    let repository = FixtureRepository()
    repository.write(
      "example-minimal-case.json",
      repository.fixture(
        "example-minimal-case.json", replacing: [("\"benefits\"", "\"welfar\""), ("\"licence\"", "\"license\"")]))
    let result = runCases(["validate"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stdout.contains(
        "casestudies/example-minimal-case.json:7:5: error: \"welfar\" is not an allowed value; did you mean \"benefits\" (welfare)? (see `cases schema --vocab topics`) [enum]\n"
      ))
    // The repository's default licence applies, so only the misspelt key is an error.
    #expect(!result.stdout.contains("licence\" [required]"))
    #expect(
      result.stdout.contains(
        "casestudies/example-minimal-case.json:23:3: error: unknown property \"license\"; did you mean \"licence\"? [additionalProperties]\n"
      ))
    #expect(result.stdout.hasSuffix("3 files checked: 2 valid, 1 invalid\n"))
  }

  @Test func warningsFailOnlyWhenStrict() throws {
    let repository = FixtureRepository()
    let twin = repository.fixture(
      "example-minimal-case.json",
      replacing: [
        ("example-minimal-case", "example-minimal-case-again"),
        ("\"licence\"", "\"provenance\": {\"created\": \"2026-01-05\"},\n  \"licence\""),
      ])
    repository.write("example-minimal-case-again.json", twin)
    let lenient = runCases(["validate"], in: repository.path)
    #expect(lenient.status.rawValue == 0)
    #expect(
      lenient.stdout.contains(
        "casestudies/example-minimal-case-again.json:4:12: warning: the title is nearly the same as that of example-minimal-case ("
      ))
    #expect(lenient.stdout.hasSuffix("4 files checked: 4 valid, 0 invalid, 1 warning\n"))
    let github = runCases(["validate", "--format", "github"], in: repository.path)
    #expect(
      github.stdout.contains(
        "::warning file=casestudies/example-minimal-case-again.json,line=4,col=12,title=cases validate [near-duplicate-title]::"
      ))
    // --strict: every format agrees with the exit status.
    let strict = runCases(["validate", "--strict"], in: repository.path)
    #expect(strict.status.rawValue == 1)
    #expect(strict.stdout.contains("example-minimal-case-again.json:4:12: error: the title is nearly the same"))
    #expect(strict.stdout.hasSuffix("4 files checked: 3 valid, 1 invalid\n"))
    let json = runCases(["validate", "--strict", "--format", "json"], in: repository.path)
    #expect(json.status.rawValue == 1)
    let summary = try JSONDocument(parsing: json.stdout).root.value["summary"]
    #expect(summary?["invalid"] == 1)
    #expect(summary?["errors"] == 1)
    #expect(summary?["warnings"] == 0)
    let junit = runCases(["validate", "--strict", "--format", "junit"], in: repository.path)
    #expect(junit.stdout.contains("tests=\"4\" failures=\"1\""))
    // The new file alone, as a pull request's CI checks it, gets the warning too.
    let alone = runCases(["validate", "casestudies/example-minimal-case-again.json", "--strict"], in: repository.path)
    #expect(alone.status.rawValue == 1)
    #expect(alone.stdout.contains("example-minimal-case-again.json:4:12: error: the title is nearly the same"))
  }

  @Test func validateChosenFilesKnowsTheWholeRepository() {
    let repository = FixtureRepository()
    let result = runCases(["validate", "casestudies/example-parking-fines-algorithm.json"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout == "1 file checked: 1 valid, 0 invalid\n")
    // A path given twice, or inside a folder also given, is checked once.
    let overlapping = runCases(
      ["validate", "casestudies", "casestudies/example-minimal-case.json"], in: repository.path)
    #expect(overlapping.status.rawValue == 0)
    #expect(overlapping.stdout == "3 files checked: 3 valid, 0 invalid\n")
  }

  @Test func pathsGivenAreCheckedNeverTheRepositoryInstead() {
    let repository = FixtureRepository()
    repository.folder.create("empty/.keep", "")
    repository.folder.create("notes/a.txt", "")
    repository.folder.create("folder.json/.keep", "")
    for path in ["empty", "notes", "folder.json"] {
      let result = runCases(["validate", path], in: repository.path)
      #expect(result.status.rawValue == 2, "\(path)")
      #expect(
        result.stdout
          == "\(path): error: no JSON files in this folder (*.json); check the path [file]\n1 file checked: 0 valid, 0 invalid, 1 could not be checked\n",
        "\(path)")
    }
    let formatted = runCases(["fmt", "--check", "empty"], in: repository.path)
    #expect(formatted.status.rawValue == 2)
    #expect(formatted.stderr.contains("empty: error: no JSON files in this folder"))
  }

  @Test func pathsInCaseStudiesThatCannotBeCaseFilesAreReported() throws {
    let repository = FixtureRepository()
    let folder = repository.path + "/casestudies/"
    repository.write("sub/x.json", repository.fixture("example-minimal-case.json"))
    repository.folder.create("casestudies/folder.json/.keep", "")
    #expect(symlink("missing.json", folder + "dangling.json") == 0)
    #expect(symlink("/etc/passwd", folder + "passwd.json") == 0)
    #expect(symlink("/dev/zero", folder + "zero.json") == 0)
    #expect(mkfifo(folder + "fifo.json", 0o644) == 0)
    repository.folder.create("elsewhere/inside.json", repository.fixture("example-minimal-case.json"))
    #expect(symlink("../elsewhere/inside.json", folder + "linked.json") == 0)
    let result = runCases(["validate"], in: repository.path)
    #expect(result.status.rawValue == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        #"casestudies/dangling.json: error: a symbolic link to "missing.json", which does not exist; remove it or add the file it names [file]"#
      ))
    #expect(
      lines.contains("casestudies/fifo.json: error: a named pipe, not a file; only regular files are read [file]"))
    #expect(
      lines.contains("casestudies/folder.json: error: a folder, not a file, although its name ends in .json [file]"))
    #expect(
      lines.contains(
        #"casestudies/passwd.json: error: a symbolic link to "/etc/passwd", outside the repository; it is not read [file]"#
      ))
    #expect(
      lines.contains(
        #"casestudies/zero.json: error: a symbolic link to "/dev/zero", outside the repository; it is not read [file]"#)
    )
    #expect(
      lines.contains(
        "casestudies/sub/x.json: warning: not checked: case files go directly in casestudies/, not in a subfolder; move it up, or out of casestudies/ [file]"
      ))
    // The link inside the repository is read (and its id differs from its name).
    #expect(
      lines.contains { $0.hasPrefix("casestudies/linked.json:3:9: error: the id \"example-minimal-case\" differs") })
    // linked.json is a copy of example-minimal-case.json: its title is a near duplicate.
    #expect(lines.last == "10 files checked: 3 valid, 6 invalid, 1 skipped, 2 warnings")
    #expect(!result.stdout.contains("root:"), "nothing of /etc/passwd is read")
    // Named on the command line, a link out of the repository is refused too.
    let named = runCases(["validate", "casestudies/passwd.json"], in: repository.path)
    #expect(named.status.rawValue == 1)
    #expect(
      named.stdout.hasPrefix(
        #"casestudies/passwd.json: error: a symbolic link to "/etc/passwd", outside the repository"#))
    // Commands that read the cases leave these out and say so.
    let list = runCases(["list"], in: repository.path)
    // Five errors; the file in a subfolder is a warning, not an invalid case.
    #expect(list.stderr.contains("note: 5 case files are not valid and left out; `cases validate` shows why"))
  }

  @Test func pathsAreComparedByWhereTheyLead() {
    let repository = FixtureRepository()
    // `.` from inside casestudies/, and `./` prefixes: no case is its own near duplicate.
    let dot = runCases(["validate", ".", "--strict"], in: repository.path + "/casestudies")
    #expect(dot.status.rawValue == 0, "\(dot.stdout)")
    #expect(dot.stdout == "3 files checked: 3 valid, 0 invalid\n")
    let prefixed = runCases(["validate", "./casestudies/example-minimal-case.json", "--strict"], in: repository.path)
    #expect(prefixed.stdout == "1 file checked: 1 valid, 0 invalid\n")
    // The repository's folder named on the command line is read as the repository reads it.
    repository.write("sub/x.json", repository.fixture("example-minimal-case.json"))
    let named = runCases(["validate", "casestudies"], in: repository.path)
    #expect(named.stdout.contains("casestudies/sub/x.json: warning: not checked"))
    #expect(named.stdout.hasSuffix("4 files checked: 3 valid, 0 invalid, 1 skipped, 1 warning\n"))
    // A file in a subfolder is not an invalid case: exports go on.
    #expect(runCases(["export", "--format", "jsonl"], in: repository.path).status.rawValue == 0)
  }

  @Test func aCaseFolderThatIsALinkOutOfTheRepositoryIsNotRead() throws {
    let outside = TemporaryDirectory()
    outside.create("secret.json", #"{"token": "do not show"}"#)
    let repository = TemporaryDirectory()
    #expect(symlink(outside.path, repository.path + "/casestudies") == 0)
    let result = runCases(["validate"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stdout.contains(
        "casestudies: error: a symbolic link to \"\(outside.path)\", outside the repository; it is not read [file]"))
    #expect(!result.stdout.contains("token"))
    let named = runCases(["validate", "casestudies/secret.json"], in: repository.path)
    #expect(named.status.rawValue == 1)
    #expect(named.stdout.contains("outside the repository"))
    #expect(!named.stdout.contains("token"))
  }

  @Test func repositorySchemasReadNothingOutsideTheRepository() throws {
    for reference in ["file:///proc/self/environ", "../../../../../../../../etc/passwd", "file:///etc/passwd"] {
      let repository = FixtureRepository(withSchemas: true)
      let path = "schemas/case-study.schema.json"
      let schema = try #require(repository.folder.read(path))
      repository.folder.create(
        path,
        schema.replacing(
          "\"type\": \"object\",", with: "\"type\": \"object\", \"allOf\": [{\"$ref\": \"\(reference)\"}],"))
      let result = runCases(["validate"], in: repository.path)
      #expect(result.status.rawValue == 2, "\(reference)")
      #expect(result.stderr.contains("outside"), "\(reference): \(result.stderr)")
      #expect(!result.stderr.contains("root:") && !result.stderr.contains("PATH="), "nothing of the file is shown")
    }
    let repository = FixtureRepository(withSchemas: true)
    #expect(unlink(repository.path + "/schemas/vocabularies/topics.json") == 0)
    #expect(symlink("/etc/passwd", repository.path + "/schemas/vocabularies/topics.json") == 0)
    let linked = runCases(["validate"], in: repository.path)
    #expect(linked.status.rawValue == 2)
    #expect(
      linked.stderr.contains(#"topics.json: a symbolic link to "/etc/passwd", outside the repository; it is not read"#))
  }

  @Test func exportsFailRatherThanLoseInvalidCases() {
    let repository = FixtureRepository()
    repository.write(
      "example-minimal-case.json", repository.fixture("example-minimal-case.json", replacing: [("\"CC0-1.0\"", "7")]))
    let export = runCases(["export", "--format", "jsonl"], in: repository.path)
    #expect(export.status.rawValue == 1)
    #expect(export.stdout.isEmpty)
    #expect(
      export.stderr.hasPrefix(
        "Error: 1 case file is not valid: casestudies/example-minimal-case.json\nHelp:  `cases validate` shows why; fix them, or add --skip-invalid to export the others\n"
      ))
    let skipping = runCases(["export", "--format", "jsonl", "--skip-invalid"], in: repository.path)
    #expect(skipping.status.rawValue == 0)
    #expect(skipping.stdout.split(separator: "\n").count == 2)
    #expect(skipping.stderr.contains("note: 1 case file is not valid and left out; `cases validate` shows why"))
    for command in [["list"], ["stats"], ["search", "example"]] {
      let result = runCases(command, in: repository.path)
      #expect(result.stderr.contains("1 case file is not valid and left out; `cases validate` shows why"), "\(command)")
    }
  }

  @Test func outsideARepository() {
    let folder = TemporaryDirectory()
    let result = runCases(["list"], in: folder.path)
    #expect(result.status.rawValue == 2)
    #expect(result.stderr.hasPrefix("Error: not inside a case-study repository"))
  }

  @Test func listFiltersAndFormats() throws {
    let repository = FixtureRepository()
    let text = runCases(["list"], in: repository.path)
    #expect(
      text.stdout == """
        ID                               TITLE                                                    TOPICS             COUNTRY  YEAR
        example-engagement-panel         Example city's fictional standing people's panel on AI   governance, local  SE       2023
        example-minimal-case             Example ministry's fictional benefits data-sharing plan  benefits           NL       
        example-parking-fines-algorithm  Example Borough's fictional parking-fine algorithm       local, policing    GB, IE   2019

        """)
    #expect(text.stderr == "3 case studies\n")
    let police = runCases(["list", "--topic", "police", "--format", "csv"], in: repository.path)
    #expect(
      police.stdout
        == "id,title,topics,countries,year\r\nexample-parking-fines-algorithm,Example Borough's fictional parking-fine algorithm,local; policing,GB; IE,2019\r\n"
    )
    let json = try JSONDocument(
      parsing: runCases(["list", "--country", "UK", "--format", "json"], in: repository.path).stdout
    ).root.value
    #expect(
      json == [
        [
          "id": "example-parking-fines-algorithm", "title": "Example Borough's fictional parking-fine algorithm",
          "topics": ["local", "policing"], "countries": ["GB", "IE"], "year": 2019,
        ]
      ])
    let thisYear = String(PartialDate.today().year)
    for command in ["list", "stats", "export"] {
      let ongoing = runCases(
        [command, "--from", thisYear, "--format", command == "export" ? "jsonl" : "json"], in: repository.path)
      #expect(ongoing.status.rawValue == 0, "\(command): an ongoing case runs this year")
      #expect(
        ongoing.stdout.contains("example-engagement-panel") || ongoing.stdout.contains("\"cases\": 1"), "\(command)")
    }
    let none = runCases(["list", "--topic", "health"], in: repository.path)
    #expect(none.status.rawValue == 1)
    let newest = runCases(["list", "--sort", "year", "--format", "csv"], in: repository.path)
    #expect(
      newest.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[0] } == [
        "example-engagement-panel", "example-parking-fines-algorithm", "example-minimal-case",
      ])
  }

  @Test func listFitsATerminalWithoutCuttingTitlesToNothing() {
    let repository = FixtureRepository()
    repository.write(
      "example-parking-fines-algorithm-long-id-2024.json",
      repository.fixture(
        "example-parking-fines-algorithm.json",
        replacing: [
          ("\"id\": \"example-parking-fines-algorithm\"", "\"id\": \"example-parking-fines-algorithm-long-id-2024\"")
        ]))
    let result = runCases(["list", "--color", "never"], in: repository.path, stdoutIsTerminal: true)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines)")
    // Too narrow for the title beside the other columns: it goes whole on a line of its own.
    #expect(lines.contains("    Example Borough's fictional parking-fine algorithm"))
    #expect(lines[0].hasPrefix("ID") && !lines[0].contains("TITLE"))
    // Wide enough: one line per case.
    let wide = runCases(
      ["list", "--color", "never"], in: repository.path, environment: ["COLUMNS": "200"], stdoutIsTerminal: true)
    #expect(wide.stdout.split(separator: "\n").count == 5)
    #expect(wide.stdout.contains("Example Borough's fictional parking-fine algorithm"))
  }

  @Test func filterValuesAreCheckedAgainstTheVocabularies() {
    let repository = FixtureRepository()
    let result = runCases(["list", "--topic", "polcing"], in: repository.path)
    #expect(result.status.rawValue == 64)
    #expect(
      result.stderr.hasPrefix(
        "Error: The value 'polcing' is invalid for '--topic <topic>'. Did you mean 'policing'?\nHelp:  run `cases schema --vocab topics` to see every value\n"
      ))
    #expect(
      runCases(["list", "--level", "nationl"], in: repository.path).stderr.hasPrefix(
        "Error: The value 'nationl' is invalid for '--level <level>'. Did you mean 'national'?"))
    #expect(
      runCases(["list", "--from", "2021", "--to", "2020"], in: repository.path).stderr.hasPrefix(
        "Error: --from 2021 is after --to 2020"))
  }

  @Test func showRendersACase() throws {
    let repository = FixtureRepository()
    let result = runCases(["show", "example-minimal-case"], in: repository.path + "/casestudies")
    #expect(result.status.rawValue == 0)
    #expect(
      result.stdout == """
        Example ministry's fictional benefits data-sharing plan
        example-minimal-case · NL

        A fictional minimal example for tests: a ministry proposed sharing benefits
        data with councils. It has only the required fields.

        Topics         Benefits and welfare
        Countries      Netherlands (NL)
        Organisations  Example Ministry of Welfare (public body)
        Licence        CC0-1.0

        SOURCES
          [1] The data-sharing plan. https://example.org/plan

        """)
    let json = runCases(["show", "example-minimal-case", "--format", "json"], in: repository.path)
    #expect(try JSONDocument(parsing: json.stdout).root["id"]?.stringValue == "example-minimal-case")
    let markdown = runCases(["show", "example-parking-fines-algorithm", "--format", "md"], in: repository.path)
    #expect(
      markdown.stdout.hasPrefix(
        "# Example Borough's fictional parking-fine algorithm\n\n*example-parking-fines-algorithm · 2019–2021 · GB, IE*\n"
      ))
    #expect(markdown.stdout.contains("| Places | Example Borough |\n"))
    let text = runCases(["show", "example-parking-fines-algorithm"], in: repository.path)
    #expect(text.stdout.contains("\nPlaces         Example Borough\n"))
    #expect(
      markdown.stdout.contains(
        "## Sources\n\n1. [Tribunal ruling on the appeal triage score](https://example.org/tribunal-ruling) — Example Traffic Tribunal, 2021-03-15\n"
      ))
  }

  @Test func showSuggestsTheNearestIds() {
    let repository = FixtureRepository()
    let result = runCases(["show", "example-minimal"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr == "Error: no case study has the id 'example-minimal'\nDid you mean: example-minimal-case?\n")
    #expect(runCases(["show", "../../etc/passwd"], in: repository.path).status.rawValue == 1)
  }

  @Test func schemaDescribesFieldsAndVocabularies() {
    let repository = FixtureRepository()
    let fields = runCases(["schema"], in: repository.path)
    #expect(fields.stdout.contains("REQUIRED FIELDS\n  schema_version  text (restricted)\n"))
    #expect(fields.stdout.contains("  topics[]  list of the topics vocabulary\n"))
    let topics = runCases(["schema", "--vocab", "topics"], in: repository.path)
    #expect(topics.stdout.hasPrefix("Topic (topics): 15 terms\n"))
    #expect(topics.stdout.contains("  policing"))
    #expect(topics.stdout.contains("also: police, justice, criminal-justice"))
    let wrong = runCases(["schema", "--vocab", "topicz"], in: repository.path)
    #expect(wrong.status.rawValue == 64)
    #expect(wrong.stderr.hasPrefix("Error: The value 'topicz' is invalid for '--vocab <name>'. Did you mean 'topics'?"))
    // A filter's name stands for its vocabulary.
    for name in ["method", "methods", "kind", "level", "country", "topic"] {
      #expect(runCases(["schema", "--vocab", name], in: repository.path).status.rawValue == 0, "\(name)")
    }
    #expect(
      runCases(["schema", "--vocab", "methods"], in: repository.path).stdout.hasPrefix(
        "Engagement method (engagement-methods)"))
    #expect(runCases(["schema", "--vocabularies"], in: repository.path).stdout.contains("engagement-methods"))
    // Outside a repository, the built-in schema is described.
    #expect(runCases(["schema", "--vocab", "licences"], in: TemporaryDirectory().path).status.rawValue == 0)
  }

  @Test func fmtOrdersKeysAsTheSchemaDeclares() {
    let repository = FixtureRepository(including: [])
    repository.write(
      "example-minimal-case.json",
      #"{"licence": "CC0-1.0", "sources": [{"title": "T", "url": "https://example.org", "id": "s1"}], "id": "example-minimal-case", "schema_version": "2.0.0", "title": "A title here", "summary": "x", "topics": ["tax"], "organisations": [{"country": "NL", "kind": "public-body", "name": "N"}]}"#
    )
    #expect(runCases(["fmt"], in: repository.path).status.rawValue == 0)
    let formatted = repository.folder.read("casestudies/example-minimal-case.json") ?? ""
    let keys = formatted.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
    #expect(keys == ["schema_version", "id", "title", "summary", "topics", "organisations", "sources", "licence"])
    #expect(formatted.contains("\"name\": \"N\",\n      \"kind\": \"public-body\",\n      \"country\": \"NL\""))
    #expect(formatted.contains("\"id\": \"s1\",\n      \"url\""))
  }
}
