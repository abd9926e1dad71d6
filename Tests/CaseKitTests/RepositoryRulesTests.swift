import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

/// Each repository rule, with a passing and a failing example.
@Suite("Repository rules")
struct RepositoryRulesTests {
  let today = PartialDate(year: 2026, month: 11, day: 21)
  let full = "example-parking-fines-algorithm.json"

  func findings(_ repository: FixtureRepository, _ name: String) throws -> [Finding] {
    let reports = try RepositoryValidation.validate(
      CaseRepository(location: RepositoryLocation(root: repository.path)), today: today, threads: 1)
    return reports.first { $0.path.hasSuffix("/" + name) }?.findings ?? []
  }

  @Test func theFixturesPass() throws {
    let repository = FixtureRepository()
    let reports = try RepositoryValidation.validate(
      CaseRepository(location: RepositoryLocation(root: repository.path)), today: today, threads: 1)
    #expect(reports.count == 3)
    #expect(reports.allSatisfy { $0.status == .valid && $0.findings.isEmpty }, "\(reports)")
  }

  @Test func idMustMatchTheFileName() throws {
    let repository = FixtureRepository()
    repository.write("renamed.json", repository.fixture("example-minimal-case.json"))
    let found = try findings(repository, "renamed.json")
    #expect(found.map(\.rule).contains("id-matches-file"))
    #expect(found.first { $0.rule == "id-matches-file" }?.location?.line == 3)
    // The copy also reuses an id.
    #expect(found.map(\.rule).contains("unique-id"))
  }

  @Test func relatedCasesMustExist() throws {
    let repository = FixtureRepository()
    repository.write(
      full,
      repository.fixture(full, replacing: [("\"id\": \"example-minimal-case\"", "\"id\": \"example-minimal-cas\"")]))
    let found = try findings(repository, full).filter { $0.rule == "related-exists" }
    #expect(
      found.map(\.message) == [#"no case study has the id "example-minimal-cas"; did you mean "example-minimal-case"?"#]
    )
    #expect(found.first?.instanceLocation?.description == "/related/0/id")
  }

  @Test func sourceReferencesMustResolve() throws {
    let repository = FixtureRepository()
    repository.write(
      full,
      repository.fixture(
        full,
        replacing: [("\"source_refs\": [\n        \"s2\"\n      ]", "\"source_refs\": [\n        \"s3\"\n      ]")]))
    let found = try findings(repository, full).filter { $0.rule == "source-ref" }
    #expect(found.count == 2)  // the engagement's and the timeline's reference
    #expect(found.first?.message == #"no source has the id "s3"; did you mean "s1"?"#)
  }

  @Test func groupReferencesMustResolve() throws {
    let repository = FixtureRepository()
    repository.write(
      full,
      repository.fixture(
        full, replacing: [("\"groups\": [\n        \"residents\"", "\"groups\": [\n        \"drivers\"")]))
    #expect(try findings(repository, full).map(\.rule) == ["group-ref"])
  }

  @Test func sourcesMustNotRepeat() throws {
    let repository = FixtureRepository()
    repository.write(
      full,
      repository.fixture(
        full,
        replacing: [
          ("\"url\": \"https://example.org/jury-report\"", "\"url\": \"https://www.example.org/tribunal-ruling/\"")
        ]))
    #expect(try findings(repository, full).map(\.rule) == ["duplicate-source-url"])
    repository.write(full, repository.fixture(full, replacing: [("\"id\": \"s2\"", "\"id\": \"s1\"")]))
    #expect(try findings(repository, full).map(\.rule).contains("unique-source-id"))
  }

  @Test func datesMustBeInOrderAndNotInTheFuture() throws {
    let repository = FixtureRepository()
    repository.write(full, repository.fixture(full, replacing: [("\"end\": \"2021\"", "\"end\": \"2018\"")]))
    #expect(
      try findings(repository, full).map(\.message) == ["the period ends before it starts: 2018 comes before 2019-03"])
    repository.write(full, repository.fixture(full, replacing: [("\"date\": \"2020-09\"", "\"date\": \"2022-09\"")]))
    #expect(try findings(repository, full).map(\.rule) == ["date-order"])
    repository.write(
      full, repository.fixture(full, replacing: [("\"updated\": \"2024-02-01\"", "\"updated\": \"2027-02-01\"")]))
    let future = try findings(repository, full)
    #expect(future.map(\.message) == ["the date 2027-02-01 is in the future (today is 2026-11-21)"])
    // Partial dates overlap rather than order: 2021 then 2021-03 is fine.
    repository.write(full, repository.fixture(full, replacing: [("\"date\": \"2020-09\"", "\"date\": \"2021\"")]))
    #expect(try findings(repository, full).isEmpty)
  }

  @Test func nearDuplicateTitlesAreWarningsOnTheNewerFile() throws {
    let repository = FixtureRepository()
    let twin = repository.fixture(
      "example-minimal-case.json",
      replacing: [
        ("example-minimal-case", "example-minimal-case-again"),
        (
          "Example ministry's fictional benefits data-sharing plan",
          "Example Ministry's fictional benefit data-sharing plan"
        ),
        ("\"licence\"", "\"provenance\": {\"created\": \"2026-01-05\"},\n  \"licence\""),
      ])
    repository.write("example-minimal-case-again.json", twin)
    // The file created later gets the warning, although it comes first by path.
    #expect(try findings(repository, "example-minimal-case-again.json").map(\.rule) == ["near-duplicate-title"])
    #expect(try findings(repository, "example-minimal-case-again.json").map(\.severity) == [.warning])
    #expect(try findings(repository, "example-minimal-case.json").isEmpty)
    // A file checked alone is compared with every case, and carries the warning itself.
    let location = RepositoryLocation(root: repository.path)
    for name in ["example-minimal-case-again.json", "example-minimal-case.json"] {
      let reports = try RepositoryValidation.validate(
        CaseRepository(location: location), paths: [repository.path + "/casestudies/" + name], today: today, threads: 1)
      #expect(reports.map { $0.findings.map(\.rule) } == [["near-duplicate-title"]], "\(name)")
    }
  }

  @Test func impossibleDatesAreErrors() throws {
    let repository = FixtureRepository()
    repository.write(full, repository.fixture(full, replacing: [("\"date\": \"2020-09\"", "\"date\": \"2020-02-30\"")]))
    let found = try findings(repository, full)
    #expect(found.map(\.message) == [#""2020-02-30" is not a date: February 2020 has 29 days"#])
    #expect(found.first?.instanceLocation?.description == "/timeline/1/date")
  }

  @Test func manyDanglingReferencesGetFewSuggestions() throws {
    let repository = FixtureRepository()
    let related = (0..<2_000).map { #"{"id": "example-minimal-cas\#($0)", "relation": "similar"}"# }.joined(
      separator: ", ")
    repository.write(full, repository.fixture(full, replacing: [("\"related\": [", "\"related\": [\(related), ")]))
    let found = try findings(repository, full).filter { $0.rule == "related-exists" }
    #expect(found.count == 2_000)
    #expect(found.count { $0.message.contains("did you mean") } == 10)
    #expect(found.last?.instanceLocation?.description == "/related/1999/id")
  }

  @Test func schemaErrorsAndRulesTogether() throws {
    let repository = FixtureRepository()
    repository.write(
      full,
      repository.fixture(
        full,
        replacing: [
          ("\"local\",\n    \"policing\"", "\"local\",\n    \"polcing\""),
          ("\"id\": \"example-minimal-case\"", "\"id\": \"nowhere\""),
        ]))
    let found = try findings(repository, full)
    #expect(found.map(\.rule) == ["enum", "related-exists"])
    #expect(
      found.first?.message
        == #""polcing" is not an allowed value; did you mean "policing"? (see `cases schema --vocab topics`)"#)
  }
}
