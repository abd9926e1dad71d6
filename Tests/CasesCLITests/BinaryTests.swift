import CaseIO
import CaseTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The built `cases` executable run as a process: exit statuses, streams and a closed pipe,
/// which in-process tests cannot show. Skipped when the executable has not been built.
@Suite("The cases executable")
struct BinaryTests {
  /// `cases` beside the test bundle (the build's products folder).
  static let executable: String? = {
    // …/debug/casesPackageTests.xctest (a file on Linux).
    guard let bundle = FileTree.linkTarget("/proc/self/exe") else { return nil }
    let path = AtomicFile.split(bundle).directory + "/cases"
    return FileTree.kind(of: path) == .file ? path : nil
  }()

  /// Runs the executable with `arguments`, its output captured.
  static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let executable = try #require(BinaryTests.executable)
    let output = TemporaryDirectory()
    let outcome = try ChildProcess.run(
      executable, arguments: arguments, environment: ["PATH": "/usr/bin:/bin", "COLUMNS": "80"],
      stdout: .file(output.path + "/stdout"), stderr: .file(output.path + "/stderr"))
    return (outcome.status, output.read("stdout") ?? "", output.read("stderr") ?? "")
  }

  /// Runs `script` with `sh -c`, `$CASES` naming the executable, in `directory`.
  static func runShell(_ script: String, in directory: String) throws -> (status: Int32, stdout: String, stderr: String)
  {
    let executable = try #require(BinaryTests.executable)
    let output = TemporaryDirectory()
    let outcome = try ChildProcess.run(
      "/bin/sh", arguments: ["-c", "cd '\(directory)' && { \(script) ; }"],
      environment: ["PATH": "/usr/bin:/bin", "COLUMNS": "80", "CASES": executable],
      stdout: .file(output.path + "/stdout"), stderr: .file(output.path + "/stderr"))
    return (outcome.status, output.read("stdout") ?? "", output.read("stderr") ?? "")
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func failedWritesToStandardOutputAreErrors() throws {
    let repository = FixtureRepository()
    let full = try BinaryTests.runShell(#""$CASES" export --format jsonl > /dev/full"#, in: repository.path)
    #expect(full.status == 2)
    #expect(
      full.stderr == "Error: cannot write to standard output: no space left on device; the output is incomplete\n")
    // A file that cannot grow past 1 KB (as on a full disk): the export is cut, and says so.
    let limited = try BinaryTests.runShell(
      #"ulimit -f 2; trap '' XFSZ; "$CASES" export --format jsonl > out.jsonl"#, in: repository.path)
    #expect(limited.status == 2)
    #expect(limited.stderr.hasPrefix("Error: cannot write to standard output: file too large"))
    // A closed pipe is not an error.
    let piped = try BinaryTests.runShell(
      #""$CASES" export --format jsonl | head -c 10 >/dev/null"#, in: repository.path)
    #expect(piped.status == 0)
    #expect(piped.stderr.isEmpty)
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func aNamedPipeWhereTheIndexBelongsDoesNotHang() throws {
    let repository = FixtureRepository()
    repository.folder.create(".cases/.keep", "")
    #expect(mkfifo(repository.path + "/.cases/index.bin", 0o644) == 0)
    let check = try BinaryTests.runShell(#"timeout 20 "$CASES" index --check"#, in: repository.path)
    #expect(check.status == 1, "\(check)")
    #expect(check.stderr.contains(".cases/index.bin: the search index is damaged"), "\(check.stderr)")
    let search = try BinaryTests.runShell(#"timeout 20 "$CASES" search tribunal"#, in: repository.path)
    #expect(search.status == 0, "\(search)")
    #expect(search.stdout.contains("example-parking-fines-algorithm"))
    #expect(FileTree.kind(of: repository.path + "/.cases/index.bin") == .file, "replaced by a real index")
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func parallelAddsOfOneTitleEachGetANumber() throws {
    let repository = FixtureRepository()
    let add =
      #""$CASES" add --title "Example council's housing chatbot" --summary "A fictional council answered housing questions with a chatbot; residents were not asked." --topic housing --body "Example Council" --country GB --source-url https://example.org/chatbot --source-title "The chatbot" --licence CC0-1.0 >/dev/null 2>>errors.txt"#
    let script = "for i in 1 2 3 4 5 6 7 8 9 10; do " + add + " & done; wait; " + add + "; echo $?"
    let result = try BinaryTests.runShell(script, in: repository.path)
    #expect(result.stdout == "0\n")
    // Warnings (each title is nearly another's), but no error.
    #expect(!(repository.folder.read("errors.txt") ?? "").contains("error"))
    let added = repository.folder.list("casestudies").filter { $0.hasPrefix("example-councils-housing-chatbot") }
    #expect(added.count == 11, "\(added)")
    #expect(Set(added).contains("example-councils-housing-chatbot-11.json"))
    #expect(!repository.folder.list("casestudies").contains { $0.contains(".tmp-") })
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func temporaryFilesOfInterruptedWritesAreIgnoredByGit() throws {
    let folder = TemporaryDirectory()
    let created = try BinaryTests.runShell(
      #""$CASES" init repo >/dev/null && cd repo && git init -q && git check-ignore -q casestudies/.x.json.tmp-123-456"#,
      in: folder.path)
    #expect(created.status == 0, "\(created)")
    let own = try BinaryTests.runShell(
      "git check-ignore -q --no-index casestudies/.x.json.tmp-123-456", in: SharedData.packageRoot)
    #expect(own.status == 0, "\(own)")
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func aJekyllExportThatCannotBeWrittenLeavesTheOldPages() throws {
    let repository = FixtureRepository()
    repository.folder.create("site/_cases/old.md", "mine\n")
    // Pages cannot grow past 1 KB: the parking case's cannot be written.
    let result = try BinaryTests.runShell(
      #"ulimit -f 2; trap '' XFSZ; "$CASES" export --format jekyll -o site --force"#, in: repository.path)
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.contains("file too large; site/_cases is unchanged"), "\(result.stderr)")
    #expect(repository.folder.list("site") == ["_cases"], "no temporary folder left")
    #expect(repository.folder.list("site/_cases") == ["old.md"])
    let done = try BinaryTests.runShell(#""$CASES" export --format jekyll -o site --force"#, in: repository.path)
    #expect(done.status == 0)
    #expect(
      repository.folder.list("site/_cases") == [
        "example-engagement-panel.md", "example-minimal-case.md", "example-parking-fines-algorithm.md",
      ])
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func fmtCountsOnlyTheFilesItWrote() throws {
    let folder = TemporaryDirectory()
    folder.create("small.json", "[1]")
    folder.create("large.json", "[" + (0..<2_000).map(String.init).joined(separator: ",") + "]")
    // Files cannot grow past 1 KB: the large one cannot be written.
    let result = try BinaryTests.runShell(
      #"ulimit -f 2; trap '' XFSZ; "$CASES" fmt small.json large.json"#, in: folder.path)
    #expect(result.status == 2)
    #expect(result.stdout == "small.json\n")
    #expect(result.stderr.contains("large.json: error: file too large"))
    #expect(result.stderr.hasSuffix("2 files checked: 1 reformatted, 1 could not be written\n"))
    #expect(folder.read("large.json")?.hasPrefix("[0,1,2") == true, "left as it was")
    #expect(folder.list() == ["large.json", "small.json"], "no temporary file left behind")
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func versionAndUsageErrors() throws {
    let version = try BinaryTests.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    let usage = try BinaryTests.run(["search", "--limit", "many"])
    #expect(usage.status == 64)
    #expect(usage.stdout.isEmpty)
    #expect(usage.stderr.hasPrefix("Error: "))
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func aClosedPipeEndsTheRunQuietly() throws {
    // The schema is about 30 KB: the process is still writing when `head` closes the pipe.
    let folder = TemporaryDirectory()
    let result = try BinaryTests.runShell(
      #"{ "$CASES" schema --json; echo "status $?" >&2; } | head -n 1"#, in: folder.path)
    #expect(result.stdout == "{\n")
    #expect(result.stderr == "status 0\n")
  }

  @Test(.enabled(if: executable != nil, "skipped: build the cases executable first (swift build)"))
  func searchAndValidateAsProcesses() throws {
    let repository = FixtureRepository()
    let found = try BinaryTests.run(["search", "tribunal", "--repo", repository.path])
    #expect(found.status == 0)
    #expect(found.stdout.contains("example-parking-fines-algorithm"))
    #expect(found.stderr.contains("note: there is no search index yet; built it (3 case studies)"))
    let none = try BinaryTests.run(["search", "zeppelin", "--repo", repository.path])
    #expect(none.status == 1)
    #expect(none.stderr.contains("no case study matches"))
    let valid = try BinaryTests.run(["validate", "--format", "json", "--repo", repository.path])
    #expect(valid.status == 0)
    #expect(valid.stdout.contains("\"invalid\":0"))
  }
}
