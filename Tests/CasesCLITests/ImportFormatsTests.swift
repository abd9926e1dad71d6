import CaseJSON
import CaseTestSupport
import Testing

/// `cases import atrs`, `aiid` and `csv` on fixtures written in each format (Tests/Fixtures/atrs:
/// GOV.UK Content API documents; Tests/Fixtures/aiid: a snapshot's incidents.csv and reports.csv).
@Suite("cases import: ATRS, AIID and CSV")
struct ImportFormatsTests {
  static let fixtures = SharedData.packageRoot + "/Tests/Fixtures"

  @Test func atrsRecordsBecomeCasesOfUKPublicBodies() throws {
    let repository = FixtureRepository()
    let result = runCases(["import", "atrs", Self.fixtures + "/atrs/example-records.json"], in: repository.path)
    // The third element is not a record: reported, and the others imported.
    #expect(result.status.rawValue == 1)
    #expect(result.stderr == "3 records: 1 added, 1 draft, 1 failed\n")
    #expect(result.stdout.contains("example-records.json[2]: not an ATRS record of the GOV.UK Content API"))
    let text = try #require(repository.folder.read("casestudies/example-council-repairs-triage.json"))
    let study = try JSONDocument(parsing: text).root.value
    #expect(study["topics"] == ["housing"])
    #expect(
      study["organisations"]
        == [
          [
            "name": "Example Borough Council", "kind": "public-body", "country": "GB", "subdivision": "GB-WLS",
            "body_type": "local-authority", "roles": ["deployer"],
          ]
        ])
    #expect(
      study["systems"]
        == [
          [
            "name": "Repairs Triage Tool", "kinds": ["risk-scoring"],
            "description": "Ranks repair requests by predicted urgency.", "status": "in-use",
            "status_as_of": "2025-02-14",
          ]
        ])
    // The record's HTML as text: tags and scripts gone, references decoded, list items kept.
    let described = try #require(study["narrative"]?["system_description"]?.stringValue)
    #expect(described.contains("The tool scores each request & shows caseworkers a ranked list."))
    #expect(described.contains("- Inputs: the request's text"))
    #expect(!described.contains("alert") && !described.contains("<"))
    #expect(
      study["sources"]?.arrayValue?.first?["url"]
        == "https://www.gov.uk/algorithmic-transparency-records/example-council-repairs-triage")
    #expect(study["external_ids"] == ["atrs": "example-council-repairs-triage"])
    #expect(study["extensions"]?["atrs:unmapped"] == ["algorithmic_transparency_record_capability": ["telepathy"]])
    #expect(result.stdout.contains(#"system-kinds "forecasting" → risk-scoring"#))
    // Too short a description: a draft.
    #expect(repository.folder.read(".cases/drafts/example-agency-letter-helper.json") != nil)
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)
    // Again: unchanged, matched by the ATRS id.
    let again = runCases(["import", "atrs", Self.fixtures + "/atrs/example-records.json"], in: repository.path)
    #expect(again.stderr == "3 records: 1 unchanged, 1 draft, 1 failed\n")
  }

  @Test func aiidIncidentsTakeTheirSourcesFromTheReports() throws {
    let repository = FixtureRepository()
    let result = runCases(["import", "aiid", Self.fixtures + "/aiid/incidents.csv"], in: repository.path)
    #expect(result.status.rawValue == 0, "\(result.stdout)")
    #expect(result.stderr == "2 records: 1 added, 1 draft\n")
    let text = try #require(
      repository.folder.read("casestudies/example-agencys-fraud-model-flags-claimants-wrongly.json"))
    let study = try JSONDocument(parsing: text).root.value
    #expect(study["external_ids"] == ["aiid": [9001]])
    #expect(study["period"] == ["start": "2021-06-15"])
    // Entity ids as written: the CSV files hold no display names, and nothing says which is public.
    #expect(
      study["organisations"]
        == [
          ["name": "example-benefits-agency", "roles": ["deployer", "developer"]],
          ["name": "example-vendor", "roles": ["developer"]],
        ])
    #expect(study["affected_groups"] == [["id": "example-claimants", "label": "example-claimants"]])
    #expect(
      study["sources"]
        == [
          [
            "id": "s1", "url": "https://news.example.org/fraud-model", "title": "Fraud model flagged claimants",
            "publisher": "news.example.org", "authors": ["A. Reporter", "B. Writer"], "date_published": "2021-06-16",
            "language": "en",
          ],
          [
            "id": "s2", "url": "https://other.example.net/defends", "title": "Agency defends its model",
            "publisher": "other.example.net", "date_published": "2021-06-17", "language": "en",
          ],
        ])
    #expect(result.stdout.contains("missing sources: report 503 is not in reports.csv"))
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)
  }

  @Test func csvRowsGiveBackWhatHasOnePlace() throws {
    // A case whose columns each have one place in a case exports again as it was.
    let source = FixtureRepository(including: ["example-minimal-case.json"])
    source.write(
      "example-single-system.json",
      """
      {"schema_version": "2.0.0", "id": "example-single-system", "title": "Example single-system case",
       "summary": "A fictional case for tests, with one body, one system and its kinds, places, tags and an outcome.",
       "topics": ["local"], "places": ["Example Town"], "tags": ["=SUM(A1)", "plain"],
       "period": {"start": "2020", "end": "2022"},
       "organisations": [{"name": "Example Council", "kind": "public-body", "country": "GB", "level": "local"}],
       "systems": [{"name": "Example score", "kinds": ["risk-scoring", "decision-support"]}],
       "outcome": {"summary": "It was stopped."},
       "sources": [{"id": "s1", "url": "https://example.org/a", "title": "A"}]}
      """)
    let exported = runCases(["export", "--format", "csv"], in: source.path).stdout
    let target = FixtureRepository(including: [])
    let imported = runCases(["import", "csv", "-"], in: target.path, stdin: exported)
    #expect(imported.status.rawValue == 0, "\(imported.stdout)")
    #expect(imported.stderr == "2 records: 2 added\n")
    #expect(runCases(["export", "--format", "csv"], in: target.path).stdout == exported)
    #expect(runCases(["validate", "--strict"], in: target.path).status.rawValue == 0)

    // What the export flattens beyond one place is kept, and the report says so.
    let whole = FixtureRepository()
    let all = runCases(["export", "--format", "csv"], in: whole.path).stdout
    let other = FixtureRepository(including: [])
    let result = runCases(["import", "csv", "-"], in: other.path, stdin: all)
    #expect(
      result.stdout.contains(
        "no home, kept under extensions: levels, subdivisions, engagement_methods, impact_directions"))
    let parking = try JSONDocument(
      parsing: try #require(other.folder.read("casestudies/example-parking-fines-algorithm.json"))
    )
    .root.value
    #expect(parking["extensions"]?["csv:fields"]?["engagement_methods"] == "citizens-jury")
    #expect(parking["countries"] == ["GB", "IE"])
  }
}
