import CaseIO
import CaseJSON
import CaseTestSupport
import Testing

@Suite("cases init")
struct InitCommandTests {
  @Test func anEmptyFolderBecomesAValidRepository() throws {
    let folder = TemporaryDirectory()
    let result = runCases(["init", "cases-repo", "--tool-repository", "example/cases"], in: folder.path)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Created a case-study repository in cases-repo: 42 files."))
    let repository = folder.path + "/cases-repo"
    #expect(FileTree.kind(of: repository + "/schemas/vocabularies/topics.json") == .file)
    #expect(folder.read("cases-repo/.gitignore")?.contains(".cases/") == true)
    #expect(folder.read("cases-repo/README.md")?.contains("cases add") == true)
    // The example case is valid and formatted, under the repository's own (copied) schema.
    let validated = runCases(["validate", "--strict"], in: repository)
    #expect(validated.status.rawValue == 0, "\(validated.stdout)")
    #expect(validated.stdout.contains("1 file checked: 1 valid"))
    #expect(runCases(["fmt", "--check"], in: repository).status.rawValue == 0)
    #expect(runCases(["validate", "--check-schema"], in: repository).status.rawValue == 0)
    let workflow = try #require(folder.read("cases-repo/.github/workflows/validate.yml"))
    #expect(workflow.contains("CASES_TOOL_REPOSITORY: ${{ 'example/cases' }}"))
    #expect(workflow.contains("cases validate --format github"))
    #expect(workflow.contains("pull_request:"))
  }

  @Test(.enabled(if: PythonYAML.isAvailable, "skipped: python3 with its yaml module (PyYAML) is not installed"))
  func theWorkflowIsYAMLThatGitHubReads() throws {
    let folder = TemporaryDirectory()
    #expect(runCases(["init"], in: folder.path).status.rawValue == 0)
    let workflow = try #require(folder.read(".github/workflows/validate.yml"))
    let read = try JSONDocument(parsing: Array(try PythonYAML.load(workflow).utf8)).root.value
    // YAML 1.1 reads the key `on` as true; GitHub reads it as `on`.
    #expect(read["True"]?["pull_request"] != nil)
    #expect(read["env"]?["CASES_TOOL_REPOSITORY"] == "${{ vars.CASES_TOOL_REPOSITORY }}")
    let runs = read["jobs"]?["validate"]?["steps"]?.arrayValue?.compactMap { $0["run"]?.stringValue } ?? []
    #expect(runs.contains { $0.contains("cases validate --format github") })
  }

  @Test func aFolderWithOtherFilesIsFine() {
    let folder = TemporaryDirectory()
    folder.create("notes.txt", "mine")
    #expect(runCases(["init", "."], in: folder.path).status.rawValue == 0)
    #expect(folder.read("notes.txt") == "mine")
    #expect(folder.read("casestudies/example-fictional-parking-permits.json") != nil)
  }

  @Test func anythingThatExistsStopsItBeforeWriting() {
    let folder = TemporaryDirectory()
    folder.create(".github/workflows/validate.yml", "my own workflow")
    let result = runCases(["init"], in: folder.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.contains("1 file of a new repository exists already"))
    #expect(result.stderr.contains(".github/workflows/validate.yml"))
    #expect(folder.read(".github/workflows/validate.yml") == "my own workflow")
    #expect(folder.list() == [".github"])
    // Twice in a row: the second refuses and changes nothing.
    let other = TemporaryDirectory()
    #expect(runCases(["init"], in: other.path).status.rawValue == 0)
    #expect(runCases(["init"], in: other.path).status.rawValue == 1)
  }

  @Test func badArguments() {
    let folder = TemporaryDirectory()
    folder.create("file", "x")
    #expect(runCases(["init", "file"], in: folder.path).status.rawValue == 2)
    #expect(runCases(["init", "--tool-repository", "no-slash"], in: folder.path).status.rawValue == 64)
    #expect(folder.list() == ["file"])
  }

  @Test func aNewHostedRepositorysFilesAreKeptAndBuiltOn() throws {
    let folder = TemporaryDirectory()
    folder.create("README.md", "# Our cases\n")
    folder.create("LICENSE", "MIT\n")
    folder.create(".gitignore", "node_modules/\n.cases/\n")
    folder.create(".git/HEAD", "ref: refs/heads/main\n")
    let result = runCases(["init", "."], in: folder.path)
    #expect(result.status.rawValue == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Created a case-study repository in this folder: 42 files."))
    #expect(!result.stdout.contains("cd "), "run in place")
    #expect(result.stdout.contains("  git add . && git commit"))
    #expect(
      result.stderr
        == "note: added 2 lines to .gitignore\nnote: kept README.md; the guide for contributors is in CONTRIBUTING.md\n"
    )
    #expect(folder.read("README.md") == "# Our cases\n")
    #expect(folder.read("LICENSE") == "MIT\n")
    #expect(folder.read("CONTRIBUTING.md")?.contains("cases add") == true)
    #expect(folder.read(".gitignore") == "node_modules/\n.cases/\n# Added by cases init\n.*.tmp-*\n.cases-tool/\n")
    #expect(runCases(["validate", "--strict"], in: folder.path).status.rawValue == 0)
    // A file of the repository itself is still never overwritten.
    let again = runCases(["init"], in: folder.path)
    #expect(again.status.rawValue == 1)
    #expect(again.stderr.contains("files of a new repository exist already"))
    let one = TemporaryDirectory()
    one.create("casestudies/example-fictional-parking-permits.json", "{}")
    #expect(runCases(["init"], in: one.path).stderr.hasPrefix("Error: 1 file of a new repository exists already"))
  }
}
