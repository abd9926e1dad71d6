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

/// `cases index` and `cases index --check`.
@Suite("cases index")
struct IndexCommandTests {
  @Test func buildingTheIndex() {
    let repository = FixtureRepository()
    let result = runCases(["index"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.hasPrefix("Indexed 3 case studies into .cases/index.bin ("))
    #expect(result.stdout.hasSuffix(")\n"))
    #expect(result.stderr == "")
    #expect(repository.folder.list(".cases") == [".gitignore", "index.bin"])
    // Again: the same, replacing the index.
    let again = runCases(["index", "--jobs", "1"], in: repository.path)
    #expect(again.status.rawValue == 0)
    #expect(again.stdout.hasPrefix("Indexed 3 case studies into .cases/index.bin ("))
    #expect(repository.folder.list(".cases") == [".gitignore", "index.bin"])
  }

  @Test func invalidFilesAreLeftOutWithANote() {
    let repository = FixtureRepository()
    repository.write("broken.json", "{")
    let result = runCases(["index"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.hasPrefix("Indexed 3 case studies into"))
    #expect(result.stderr == "note: 1 case file is not valid and left out; `cases validate` shows why\n")
  }

  @Test func anEmptyRepository() {
    let repository = FixtureRepository(including: [])
    let result = runCases(["index"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.hasPrefix("Indexed 0 case studies into"))
    #expect(runCases(["index", "--check"], in: repository.path).status.rawValue == 0)
    let search = runCases(["search", "anything"], in: repository.path)
    #expect(search.status.rawValue == 1)
  }

  @Test func checkAFreshIndex() {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout.hasPrefix(".cases/index.bin: whole and up to date (3 case studies, "))
    #expect(result.stderr == "")
  }

  @Test func checkAMissingIndex() {
    let repository = FixtureRepository()
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr == ".cases/index.bin: there is no search index yet; run `cases index` to build it\n")
    #expect(result.stdout == "")
    #expect(repository.folder.list(".cases").isEmpty, "checking builds nothing")
  }

  @Test func checkAStaleIndex() {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    unlink(repository.path + "/casestudies/example-minimal-case.json")
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.hasPrefix(".cases/index.bin: "))
    #expect(result.stderr.contains("removed since the search index was built; run `cases index` to rebuild it"))
    // Rebuilding makes it fresh again.
    _ = runCases(["index"], in: repository.path)
    #expect(runCases(["index", "--check"], in: repository.path).status.rawValue == 0)
  }

  @Test func checkAnEditedFile() {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    repository.write(
      "example-minimal-case.json", repository.fixture("example-minimal-case.json", replacing: [("only", "just")]))
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stderr
        == ".cases/index.bin: a case file was changed since the search index was built; run `cases index` to rebuild it\n"
    )
  }

  @Test func checkACorruptIndex() throws {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    // A byte in the middle: opening may not notice, the check's checksums do.
    var bytes = try FileReader.read(repository.indexPath)
    bytes[bytes.count / 2] ^= 0x20
    try AtomicFile.write(bytes, to: repository.indexPath)
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.hasPrefix(".cases/index.bin: the search index is damaged ("))
    #expect(result.stderr.hasSuffix("; run `cases index` to rebuild it\n"))
  }

  @Test func checkDamagedPostings() throws {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    try repository.damagePostings(of: "tribun")
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.contains("damaged"))
  }

  @Test func checkAGarbageIndex() {
    let repository = FixtureRepository()
    repository.folder.create(".cases/index.bin", "garbage")
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.contains("damaged"))
  }

  @Test func checkAnIndexOfANewerFormat() throws {
    let repository = FixtureRepository()
    _ = runCases(["index"], in: repository.path)
    var bytes = try FileReader.read(repository.indexPath)
    bytes[8] = 7
    try AtomicFile.write(bytes, to: repository.indexPath)
    let result = runCases(["index", "--check"], in: repository.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stderr.contains("format 7, written by a newer cases"))
    // Searching rebuilds it.
    let search = runCases(["search", "tribunal"], in: repository.path)
    #expect(search.status.rawValue == 0)
    #expect(search.notes.first?.contains("format 7") == true)
    #expect(runCases(["index", "--check"], in: repository.path).status.rawValue == 0)
  }

  @Test func badJobs() {
    let repository = FixtureRepository()
    #expect(runCases(["index", "--jobs", "0"], in: repository.path).status.rawValue == 64)
  }
}
