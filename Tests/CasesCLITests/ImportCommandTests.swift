import CaseIO
import CaseJSON
import CaseTestSupport
import Testing

/// `cases import` on fixtures written in each format: a small PAVE case book
/// (Tests/Fixtures/pave: both key styles, linked records, a record with no source) and this
/// tool's own JSON Lines export.
@Suite("cases import")
struct ImportCommandTests {
  static let site = SharedData.packageRoot + "/Tests/Fixtures/pave"

  func read(_ repository: FixtureRepository, _ id: String) throws -> JSONValue {
    let text = try #require(repository.folder.read("casestudies/\(id).json"), "no casestudies/\(id).json")
    return try JSONDocument(parsing: text).root.value
  }

  @Test func paveCasesBecomeValidCasesOrDrafts() throws {
    let repository = FixtureRepository()
    let result = runCases(["import", "pave", Self.site], in: repository.path)
    #expect(result.status.rawValue == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stderr == "3 records: 2 added, 1 draft\n")
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)

    let jury = try read(repository, "example-town-data-jury")
    #expect(jury["title"] == "Example Town Data Jury")
    #expect(jury["summary"]?.stringValue?.hasPrefix("A fictional jury of 24 residents of Example Town") == true)
    #expect(jury["external_ids"] == ["pave": "example-town-data-jury"])
    #expect(jury["case_focus"] == ["engagement"])
    #expect(jury["period"] == ["start": "2023", "end": "2024"])
    #expect(jury["goals"] == ["inform-policy", "empowerment"])
    #expect(jury["ai_forms"] == ["predictive-ai"])
    #expect(jury["countries"] == ["GB"])
    #expect(jury["places"] == ["Example Town, United Kingdom"])
    #expect(
      jury["organisations"]
        == [
          [
            "name": "Example Civic Lab", "kind": "charity", "country": "GB", "roles": ["lead"],
            "url": "https://example.org/civic-lab",
          ],
          // Nothing says what kind of organisation the council is: no kind is made up.
          ["name": "Example Town Council", "roles": ["lead", "funder"]],
        ])
    #expect(
      jury["engagements"]
        == [
          [
            "name": "Jurors", "methods": ["citizens-jury", "deliberative-poll"], "initiated_by": "co-created",
            "format": "in-person",
            "participants": [
              "count": 24, "recruitment": "demographic-lottery", "description": "Invited by post, then drawn by lot.",
              "hours": .number(JSONNumber("12.5")!),
            ],
            "facilitation": ["trained_facilitators": true, "learning_phase": true],
          ]
        ])
    #expect(jury["findings"] == [["text": #"Residents wanted the data published, "with care"."#]])
    #expect(jury["recommendations"] == [["text": "Publish the data with care."]])
    #expect(jury["quotes"] == [["text": "It is our data too.", "attribution": "A juror, day two"]])
    #expect(
      jury["sources"]
        == [
          ["id": "s1", "url": "https://example.org/data-jury", "title": "Example Town Data Jury"],
          [
            "id": "s2", "url": "https://example.org/data-jury/report.pdf", "title": "Example jury report",
            "source_type": "engagement-report",
          ],
        ])
    #expect(jury["provenance"]?["contributors"] == [["name": "A. Tester", "roles": ["submitter"]]])
    #expect(jury["provenance"]?["acknowledgements"] == "B. Helper, C. Helper")
    #expect(jury["narrative"]?["significance"] == "It shows a council acting on a jury's advice.")
    #expect(
      jury["extensions"]
        == ["pave:fields": ["which-of-the-following-resources-are-available": ["A project report"]]])

    // The older key style (Airtable field ids), a long description, a planned end, global scope.
    let dialogue = try read(repository, "example-global-dialogue")
    #expect(dialogue["title"] == "Example Global Dialogue")
    let summary = try #require(dialogue["summary"]?.stringValue)
    #expect(summary.hasPrefix("A fictional dialogue held online") && summary.hasSuffix("than a summary may be."))
    #expect(dialogue["narrative"]?["what_happened"]?.stringValue?.contains("It repeats itself") == true)
    #expect(dialogue["period"] == ["start": "2025", "ongoing": true])
    #expect(dialogue["scope"] == "global")
    #expect(dialogue["countries"] == nil)
    #expect(dialogue["ai_forms"] == ["generative-ai"])
    #expect(dialogue["engagements"]?.arrayValue?.first?["methods"] == ["distributed-dialogue"])
    #expect(dialogue["engagements"]?.arrayValue?.first?["format"] == "hybrid")
    let kept = dialogue["extensions"]?["pave:fields"]
    #expect(kept?["what-year-did-the-project-conclude"] == 2030)
    #expect(kept?["target-group"] == "People online anywhere")  // named by the site's schema map
    #expect(kept?["photos-and-images"] != nil)
    #expect(
      dialogue["extensions"]?["pave:unmapped"]
        == [
          "what-form-of-ai-is-the-project-about": ["Quantum AI", "Predictve AI"],
          "which-of-the-following-methods-were-used-to": ["Interpretive dance"],
        ])

    // No source: a draft that names what is missing, and nothing in casestudies/.
    #expect(repository.folder.read("casestudies/example-unfinished-entry.json") == nil)
    let draft = try #require(repository.folder.read(".cases/drafts/example-unfinished-entry.json"))
    #expect(draft.contains(#""project-url": "incoming""#))
    #expect(result.stdout.contains("draft: .cases/drafts/example-unfinished-entry.json"))
    #expect(result.stdout.contains(#"missing sources: the project URL "incoming" is not a web address"#))
    #expect(result.stdout.contains(#"error: missing required property "sources""#))
    // The report says what was mapped and what is unknown, with the nearest terms.
    #expect(result.stdout.contains(#"organisation-kinds "Non-profit" → charity"#))
    #expect(result.stdout.contains(#"engagement-methods "Deliberative Polling®" → deliberative-poll"#))
    #expect(
      result.stdout.contains(
        #"unknown, kept under extensions: ai-forms "Quantum AI"; ai-forms "Predictve AI" (did you mean "predictive-ai"?)"#
      ))
  }

  @Test func importingTwiceUpdatesRatherThanDuplicates() throws {
    let repository = FixtureRepository()
    #expect(runCases(["import", "pave", Self.site], in: repository.path).status.rawValue == 0)
    let files = repository.folder.list("casestudies")
    let again = runCases(["import", "pave", Self.site + "/_cases"], in: repository.path)
    #expect(again.status.rawValue == 0)
    #expect(again.stderr == "3 records: 2 unchanged, 1 draft\n")
    #expect(repository.folder.list("casestudies") == files)
    // A case edited since is matched by its PAVE id, even under another file name, and updated in place.
    let moved = try #require(repository.folder.read("casestudies/example-town-data-jury.json"))
    repository.folder.create(
      "casestudies/renamed-jury.json",
      moved.replacing(#""id": "example-town-data-jury""#, with: #""id": "renamed-jury""#)
        .replacing("Example Town Data Jury\",\n  \"summary", with: "Old title\",\n  \"summary"))
    FileTree.removeTree(repository.path + "/casestudies/example-town-data-jury.json")
    // A file that differs from its record is kept (it may be curated) unless --update is given.
    let kept = runCases(["import", "pave", Self.site + "/_cases/example-town-data-jury.md"], in: repository.path)
    #expect(kept.stderr.hasPrefix("1 record: 1 kept\nHelp:  a kept case file differs from its record"))
    #expect(try read(repository, "renamed-jury")["title"] == "Old title")
    let update = runCases(
      ["import", "pave", "--update", Self.site + "/_cases/example-town-data-jury.md"], in: repository.path)
    #expect(update.stderr == "1 record: 1 updated\n")
    let updated = try read(repository, "renamed-jury")
    #expect(updated["title"] == "Example Town Data Jury")
    #expect(repository.folder.read("casestudies/example-town-data-jury.json") == nil)
  }

  @Test func draftsAreNeverOverwrittenAndNoFileIsWrittenTwice() throws {
    let repository = FixtureRepository()
    // A draft being finished by hand under the name an import would use is kept.
    repository.folder.create(".cases/drafts/example-unfinished-entry.json", "{\"title\": \"mine\"}\n")
    #expect(runCases(["import", "pave", Self.site], in: repository.path).status.rawValue == 0)
    #expect(repository.folder.read(".cases/drafts/example-unfinished-entry.json") == "{\"title\": \"mine\"}\n")
    #expect(repository.folder.read(".cases/drafts/example-unfinished-entry-2.json") != nil)
    // Two records of one import matching one file: the second is not written.
    let line = try #require(
      runCases(["export", "--format", "jsonl"], in: repository.path).stdout.split(separator: "\n").first)
    let twice = runCases(["import", "jsonl", "-"], in: repository.path, stdin: line + "\n" + line + "\n")
    #expect(twice.status.rawValue == 1)
    #expect(twice.stdout.contains("it was not written twice"))
  }

  @Test func aDryRunWritesNothing() {
    let repository = FixtureRepository()
    let before = repository.folder.list("casestudies")
    let result = runCases(["import", "pave", "--dry-run", Self.site], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stderr == "3 records: 2 would add, 1 would draft\n")
    #expect(repository.folder.list("casestudies") == before)
    #expect(repository.folder.list(".cases/drafts").isEmpty)
  }

  @Test func oneBadRecordNeverStopsTheOthers() throws {
    let repository = FixtureRepository()
    let copy = TemporaryDirectory()
    let good = try #require(try? FileReader.read(Self.site + "/_cases/example-unfinished-entry.md"))
    copy.create(
      "_cases/good.md", String(decoding: good, as: UTF8.self).replacing("'incoming '", with: "https://example.org/x"))
    copy.create("_cases/bad.md", "---\ntitle: [unclosed\n---\n")
    copy.create("_cases/no-front-matter.md", "just text\n")
    let result = runCases(["import", "pave", copy.path], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stdout.contains("added: casestudies/example-unfinished-entry.json"))
    #expect(result.stdout.contains("_cases/bad.md:2:8:"))
    #expect(result.stdout.contains("_cases/no-front-matter.md"))
    #expect(result.stderr == "3 records: 1 added, 2 failed\n")
    #expect(runCases(["import", "pave", copy.path + "/missing"], in: repository.path).status.rawValue == 1)
  }

  @Test func jsonLinesExportImportExportIsTheSame() throws {
    let source = FixtureRepository()
    let exported = runCases(["export", "--format", "jsonl"], in: source.path).stdout
    #expect(!exported.isEmpty)
    let target = FixtureRepository(including: [])
    let imported = runCases(["import", "jsonl", "-"], in: target.path, stdin: exported)
    #expect(imported.status.rawValue == 0, "\(imported.stdout)")
    #expect(imported.stderr == "3 records: 3 added\n")
    #expect(runCases(["export", "--format", "jsonl"], in: target.path).stdout == exported)
    // Again: matched by id, nothing changes.
    let again = runCases(["import", "jsonl", "-"], in: target.path, stdin: exported)
    #expect(again.stderr == "3 records: 3 unchanged\n")
    // A line that is not a case is reported with its line number; the rest are imported.
    let empty = FixtureRepository(including: [])
    let broken = runCases(["import", "jsonl", "-"], in: empty.path, stdin: "[1]\n{\"id\": \n" + exported)
    #expect(broken.status.rawValue == 1)
    #expect(broken.stdout.contains("failed: <stdin>:1: the line is not a JSON object (a case study)"))
    #expect(broken.stdout.contains("failed: <stdin>:2:"))
    #expect(broken.stderr == "5 records: 3 added, 2 failed\n")
  }
}
