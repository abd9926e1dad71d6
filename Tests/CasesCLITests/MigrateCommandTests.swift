import CaseIO
import CaseJSON
import CaseTestSupport
import Testing

/// `cases migrate`, and what version 2 changes for `validate`: a repository made by `cases init`
/// while the format was version 1 (Tests/Fixtures/repository-version-1, its files exactly as
/// `cases init` wrote them) becomes a valid version-2 repository; old files are pointed at the
/// command; the licence may come from the repository's default.
@Suite("cases migrate")
struct MigrateCommandTests {
  /// A copy of the version-1 repository in a temporary folder.
  func versionOneRepository() -> TemporaryDirectory {
    let folder = TemporaryDirectory()
    let source = SharedData.packageRoot + "/Tests/Fixtures/repository-version-1"
    for path in (try? FileTree.files(under: source)) ?? [] {
      let text = (try? FileReader.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
      folder.create(String(path.dropFirst(source.count + 1)), text)
    }
    return folder
  }

  static let example = "casestudies/example-fictional-parking-permits.json"

  @Test func anInitRepositoryOfVersionOneBecomesVersionTwo() throws {
    let repository = versionOneRepository()
    let before = try #require(repository.read(Self.example))
    // --check and --dry-run write nothing.
    let check = runCases(["migrate", "--check"], in: repository.path)
    #expect(check.status.rawValue == 1)
    #expect(check.stdout.contains("schemas/ (version 1, as `cases init` wrote it) is replaced by the version-2 schema"))
    #expect(check.stdout.contains(Self.example))
    let dry = runCases(["migrate", "--dry-run"], in: repository.path)
    #expect(dry.status.rawValue == 0)
    #expect(dry.stdout.contains("-  \"public_bodies\": [\n+  \"organisations\": [\n"))
    #expect(dry.stdout.contains("+      \"kind\": \"public-body\",\n"))
    #expect(repository.read(Self.example) == before)
    #expect(repository.read("schemas/repository.json") == nil)

    let migrated = runCases(["migrate"], in: repository.path)
    #expect(migrated.status.rawValue == 0, "\(migrated.stderr)")
    #expect(migrated.stderr == "1 case file migrated to version 2; 0 already current\n")
    let after = try #require(repository.read(Self.example))
    #expect(after.contains("\"schema_version\": \"2.0.0\""))
    #expect(!after.contains("public_bodies"))
    // The schema is the built-in version 2, and the repository is valid and formatted under it.
    #expect(repository.read("schemas/repository.json") == repositorySettings)
    #expect(FileTree.kind(of: repository.path + "/schemas/vocabularies/organisation-kinds.json") == .file)
    #expect(FileTree.kind(of: repository.path + "/schemas/vocabularies/body-roles.json") == .missing)
    let validated = runCases(["validate", "--strict"], in: repository.path)
    #expect(validated.status.rawValue == 0, "\(validated.stdout)")
    #expect(runCases(["fmt", "--check"], in: repository.path).status.rawValue == 0)
    #expect(runCases(["validate", "--check-schema"], in: repository.path).status.rawValue == 0)
    // Nothing is lost: the organisation is the body, with its kind.
    let body = try JSONDocument(parsing: after).root.value["organisations"]?.arrayValue?.first
    #expect(
      body == ["name": "Example Borough Council (fictional)", "kind": "public-body", "country": "GB", "level": "local"])
    // A second run changes nothing.
    let again = runCases(["migrate"], in: repository.path)
    #expect(again.status.rawValue == 0)
    #expect(again.stderr == "nothing to migrate: 1 case file is current\n")
    #expect(repository.read(Self.example) == after)
    #expect(runCases(["migrate", "--check"], in: repository.path).status.rawValue == 0)
  }

  var repositorySettings: String? {
    (try? FileReader.read(SharedData.packageRoot + "/schemas/repository.json")).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test func aChangedVersionOneSchemaIsReplacedOnlyWhenAsked() throws {
    let repository = versionOneRepository()
    let topics = try #require(repository.read("schemas/vocabularies/topics.json"))
    repository.create("schemas/vocabularies/topics.json", topics.replacing("\"Health and care\"", with: "\"Health\""))
    let before = try #require(repository.read(Self.example))
    let refused = runCases(["migrate"], in: repository.path)
    #expect(refused.status.rawValue == 2)
    #expect(
      refused.stderr.contains(
        "the repository's schema is version 1 and has been changed (vocabularies/topics.json); nothing was migrated"))
    #expect(refused.stderr.contains("--replace-schemas"))
    #expect(repository.read(Self.example) == before)

    let replaced = runCases(["migrate", "--replace-schemas"], in: repository.path)
    #expect(replaced.status.rawValue == 0, "\(replaced.stderr)")
    // The changed file is kept, for the changes to be carried over by hand.
    #expect(repository.read(".cases/schemas-version-1/vocabularies/topics.json")?.contains("\"Health\"") == true)
    #expect(repository.read("schemas/vocabularies/topics.json")?.contains("\"Health and care\"") == true)
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)
  }

  @Test func checkAndDryRunTogetherAreAUsageError() {
    let repository = versionOneRepository()
    #expect(runCases(["migrate", "--check", "--dry-run"], in: repository.path).status.rawValue == 64)
  }

  @Test func validateSendsVersionOneFilesToMigrate() {
    let repository = FixtureRepository()
    repository.write(
      "example-minimal-case.json",
      repository.fixture(
        "example-minimal-case.json",
        replacing: [
          ("\"2.0.0\"", "\"1.0.0\""), ("\"organisations\"", "\"public_bodies\""), ("\"kind\": \"public-body\",", ""),
        ]))
    let result = runCases(["validate"], in: repository.path)
    #expect(result.status.rawValue == 1)
    // One finding that says what to do, not the many of the new schema.
    #expect(
      result.stdout.contains(
        "casestudies/example-minimal-case.json:2:21: error: this case study is in format version 1 and the repository's schema is version 2; run `cases migrate` to rewrite it (nothing is lost) [format-version]\n"
      ))
    #expect(!result.stdout.contains("public_bodies"))
    #expect(runCases(["migrate"], in: repository.path).status.rawValue == 0)
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)
  }

  @Test func theLicenceComesFromTheCaseOrTheRepository() {
    let repository = FixtureRepository(withSchemas: true)
    let noLicence = repository.fixture("example-minimal-case.json", replacing: [(",\n  \"licence\": \"CC0-1.0\"", "")])
    repository.write("example-minimal-case.json", noLicence)
    #expect(runCases(["validate", "--strict"], in: repository.path).status.rawValue == 0)
    // Without a default, a case must name its licence.
    repository.folder.create("schemas/repository.json", "{}\n")
    let missing = runCases(["validate"], in: repository.path)
    #expect(missing.status.rawValue == 1)
    #expect(
      missing.stdout.contains(
        "casestudies/example-minimal-case.json:1:1: error: no licence: add \"licence\" (such as \"CC-BY-4.0\"), or set the repository's default in schemas/repository.json [licence]"
      ))
    // A default that is not a licence, or a setting that does not exist, is an error in the settings file.
    repository.folder.create("schemas/repository.json", "{\"licence\": \"MIT\", \"colour\": 1}\n")
    let bad = runCases(["validate"], in: repository.path)
    #expect(bad.status.rawValue == 1)
    #expect(bad.stdout.contains("schemas/repository.json:1:13: error: the default licence must be one of the licences"))
    #expect(
      bad.stdout.contains("schemas/repository.json:1:20: error: unknown setting \"colour\"; the settings are: licence"))
  }

  @Test func organisationsNeedNoPublicBodyButAPublicBodyNeedsItsCountry() {
    let repository = FixtureRepository()
    let charity = repository.fixture(
      "example-minimal-case.json",
      replacing: [
        (
          "\"name\": \"Example Ministry of Welfare\",\n      \"kind\": \"public-body\",\n      \"country\": \"NL\"",
          "\"name\": \"Example Data Charity\",\n      \"kind\": \"charity\",\n      \"roles\": [\n        \"lead\"\n      ]"
        )
      ])
    repository.write("example-minimal-case.json", charity)
    let valid = runCases(["validate", "--strict"], in: repository.path)
    #expect(valid.status.rawValue == 0, "\(valid.stdout)")
    let shown = runCases(["show", "example-minimal-case"], in: repository.path)
    #expect(shown.stdout.contains("Organisations  Example Data Charity (charity or non-profit, lead)"))
    // A case with no public body is found with --level none, and counted so.
    let listed = runCases(["list", "--level", "none", "--format", "csv"], in: repository.path)
    #expect(
      listed.stdout.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[0] } == ["example-minimal-case"]
    )
    #expect(
      runCases(["stats", "--facet", "level", "--format", "csv"], in: repository.path).stdout.contains(
        "level,none,No public body,1"))
    repository.write(
      "example-minimal-case.json",
      repository.fixture("example-minimal-case.json", replacing: [(",\n      \"country\": \"NL\"", "")]))
    let invalid = runCases(["validate"], in: repository.path)
    #expect(invalid.status.rawValue == 1)
    #expect(invalid.stdout.contains("missing required property \"country\""))
  }
}
