import CaseTestSupport
import Testing

@Suite("cases fmt")
struct FmtCommandTests {
  let canonical = "{\n  \"id\": \"a\",\n  \"list\": [\n    1,\n    2\n  ]\n}\n"

  @Test func rewritesFilesInTheCanonicalForm() {
    let folder = TemporaryDirectory()
    folder.create("casestudies/a.json", #"{"id":"a","list":[1,2]}"#, mode: 0o664)
    folder.create("casestudies/b.json", canonical)
    let result = runCases(["fmt"], in: folder.path + "/casestudies")
    #expect(result.status.rawValue == 0)
    #expect(result.stdout == "a.json\n")
    #expect(result.stderr == "2 files checked: 1 reformatted\n")
    #expect(folder.read("casestudies/a.json") == canonical)
    #expect(folder.mode("casestudies/a.json") == 0o664)
    #expect(folder.list("casestudies") == ["a.json", "b.json"])
    // Formatting again changes nothing.
    #expect(runCases(["fmt", "--check"], in: folder.path).status.rawValue == 0)
  }

  @Test func checkListsFilesAndChangesNothing() {
    let folder = TemporaryDirectory()
    folder.create("x/one.json", "[1,2]")
    folder.create("x/sub/two.json", "{\"a\" : true}")
    folder.create("x/ok.json", "[]\n")
    folder.create("x/notes.txt", "not json")
    let result = runCases(["fmt", "--check", "x"], in: folder.path)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stdout == """
        --- x/one.json
        +++ x/one.json (formatted)
        @@ -1,1 +1,4 @@
        -[1,2]
        +[
        +  1,
        +  2
        +]
        --- x/sub/two.json
        +++ x/sub/two.json (formatted)
        @@ -1,1 +1,3 @@
        -{"a" : true}
        +{
        +  "a": true
        +}

        """)
    #expect(result.stderr == "3 files checked: 2 would be reformatted (run `cases fmt` to fix)\n")
    #expect(folder.read("x/one.json") == "[1,2]")
    let github = runCases(["fmt", "--check", "--format", "github", "x"], in: folder.path)
    #expect(github.status.rawValue == 1)
    #expect(
      github.stdout == """
        ::error file=x/one.json,line=1,col=1,title=cases fmt [fmt]::not in the canonical format; run `cases fmt x/one.json`
        ::error file=x/sub/two.json,line=1,col=1,title=cases fmt [fmt]::not in the canonical format; run `cases fmt x/sub/two.json`

        """)
  }

  @Test func theDiffShowsOnlyWhatChangesWithContext() {
    let folder = TemporaryDirectory()
    let lines = (1...20).map { "  \"k\($0)\": \($0)," }
    let text = "{\n" + lines.joined(separator: "\n") + "\n  \"z\": 0\n}\n"
    folder.create("a.json", text.replacing("\"k10\": 10", with: "\"k10\":10"))
    let result = runCases(["fmt", "--check", "a.json"], in: folder.path)
    #expect(
      result.stdout == """
        --- a.json
        +++ a.json (formatted)
        @@ -8,7 +8,7 @@
           "k7": 7,
           "k8": 8,
           "k9": 9,
        -  "k10":10,
        +  "k10": 10,
           "k11": 11,
           "k12": 12,
           "k13": 13,

        """)
  }

  @Test func filesThatDoNotParseAreReportedAndLeftAlone() {
    let folder = TemporaryDirectory()
    folder.create("bad.json", "{\n  \"a\": 1\n  \"b\": 2\n}")
    folder.create("good.json", "[1]")
    let result = runCases(["fmt", "bad.json", "good.json"], in: folder.path)
    #expect(result.status.rawValue == 2)
    #expect(result.stdout == "good.json\n")
    #expect(
      result.stderr
        == "bad.json:3:3: error: expected ',' or '}' after object member [json]\n2 files checked: 1 reformatted\n")
    #expect(folder.read("bad.json") == "{\n  \"a\": 1\n  \"b\": 2\n}")
    #expect(folder.read("good.json") == "[\n  1\n]\n")
  }

  @Test func missingPathsAndDirectoriesAsFiles() {
    let folder = TemporaryDirectory()
    let result = runCases(["fmt", "nope.json"], in: folder.path)
    #expect(result.status.rawValue == 2)
    #expect(result.stderr == "nope.json: error: no such file or directory [file]\n0 files checked: 0 reformatted\n")
  }

  @Test func outsideARepositoryWithoutPaths() {
    let folder = TemporaryDirectory()
    let result = runCases(["fmt"], in: folder.path)
    #expect(result.status.rawValue == 2)
    #expect(
      result.stderr == """
        Error: not inside a case-study repository: no 'casestudies' folder in \(folder.path) or any folder above it
        Help:  run the command inside a repository, pass --repo DIR, or set CASES_REPO; `cases init DIR` creates a new one

        """)
  }

  @Test func repositoryFromFlagOrEnvironment() {
    let folder = TemporaryDirectory()
    folder.create("repo/casestudies/a.json", "[]")
    #expect(
      runCases(["fmt", "--check", "--repo", folder.path + "/repo"]).stdout.hasPrefix(
        "--- " + folder.path + "/repo/casestudies/a.json\n"))
    #expect(
      runCases(["--repo=repo", "fmt", "--check"], in: folder.path).stdout.hasPrefix("--- repo/casestudies/a.json\n"))
    #expect(runCases(["fmt", "--check"], environment: ["CASES_REPO": folder.path + "/repo"]).status.rawValue == 1)
    let wrong = runCases(["fmt", "--repo", folder.path])
    #expect(
      wrong.stderr.hasPrefix("Error: \(folder.path) is not a case-study repository (it has no 'casestudies' folder)\n"))
  }
}
