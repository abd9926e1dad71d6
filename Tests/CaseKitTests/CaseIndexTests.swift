import CaseIO
import CaseSearch
import CaseTestSupport
import Testing

@testable import CaseKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The repository's search index: building, noticing added, changed and removed case files,
/// rebuilding when it is missing, damaged or of another layout, and concurrent builds.
@Suite("Case index")
struct CaseIndexTests {
  func location(_ repository: FixtureRepository) -> RepositoryLocation { RepositoryLocation(root: repository.path) }

  func build(_ repository: FixtureRepository) throws -> CaseIndex.BuildReport {
    try CaseIndex.build(try CaseRepository(location: location(repository)), threads: 2)
  }

  func reader(_ repository: FixtureRepository) throws -> IndexReader {
    try IndexReader(path: CaseIndex.path(location(repository)))
  }

  func staleness(_ repository: FixtureRepository) throws -> CaseIndex.Staleness {
    CaseIndex.staleness(try reader(repository), location(repository))
  }

  /// Sets a file's modification time to `seconds` after 2001.
  func touch(_ path: String, seconds: Int) {
    var times = [
      timespec(tv_sec: 1_000_000_000 + seconds, tv_nsec: 0), timespec(tv_sec: 1_000_000_000 + seconds, tv_nsec: 0),
    ]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
  }

  // swift-format-ignore: NeverForceUnwrap
  // The fixture exists in Tests/Fixtures.
  static let newCase = FixtureRepository.fixtureCases["example-minimal-case.json"]!
    .replacing("example-minimal-case", with: "example-new-case")
    .replacing("benefits data-sharing plan", with: "zeppelin registry")

  @Test func buildingIndexesEveryValidCase() throws {
    let repository = FixtureRepository()
    let report = try build(repository)
    #expect(report.indexed == 3)
    #expect(report.skipped.isEmpty)
    let reader = try reader(repository)
    #expect(report.bytes == reader.fileSize)
    try reader.verify()
    #expect(reader.documentCount == 3)
    #expect(reader.layout == CaseIndexLayout.layout)
    #expect(
      try (0..<3).map { try reader.key($0) } == [
        "example-engagement-panel", "example-minimal-case", "example-parking-fines-algorithm",
      ])
    #expect(repository.folder.list(".cases") == [".gitignore", "index.bin"])
    #expect(repository.folder.read(".cases/.gitignore")?.contains("*") == true)
    // Stored values: title, year, topics and countries (as JSON arrays), path.
    #expect(
      try reader.storedValues(2) == [
        "Example Borough's fictional parking-fine algorithm", "2019", #"["local","policing"]"#, #"["GB","IE"]"#,
        "casestudies/example-parking-fines-algorithm.json",
      ])
  }

  @Test func storedListsKeepAnyTextWhole() {
    let values = ["a,b", "c\"d", "", "é\u{1F}f"]
    #expect(CaseIndexLayout.list(stored: CaseIndexLayout.storedList(values)) == values)
    #expect(CaseIndexLayout.list(stored: "local,policing").isEmpty, "not a list: nothing, never a wrong split")
  }

  @Test func theIndexIsFreshRightAfterBuilding() throws {
    let repository = FixtureRepository()
    _ = try build(repository)
    #expect(try staleness(repository) == .fresh)
  }

  @Test func anAddedFile() throws {
    let repository = FixtureRepository()
    _ = try build(repository)
    repository.write("example-new-case.json", CaseIndexTests.newCase)
    #expect(try staleness(repository) == .changed(added: 1, changed: 0, removed: 0))
  }

  @Test func aChangedFileOfTheSameSize() throws {
    let repository = FixtureRepository()
    let path = repository.path + "/casestudies/example-minimal-case.json"
    touch(path, seconds: 0)
    _ = try build(repository)
    // Same length, different text, a later modification time.
    repository.write(
      "example-minimal-case.json", repository.fixture("example-minimal-case.json", replacing: [("minimal", "minimum")]))
    touch(path, seconds: 60)
    #expect(try staleness(repository) == .changed(added: 0, changed: 1, removed: 0))
  }

  @Test func aFileTouchedWithoutChangingIsStillChanged() throws {
    // Size and modification time are what is compared.
    let repository = FixtureRepository()
    _ = try build(repository)
    touch(repository.path + "/casestudies/example-engagement-panel.json", seconds: 5)
    #expect(try staleness(repository) == .changed(added: 0, changed: 1, removed: 0))
  }

  @Test func aRemovedFile() throws {
    let repository = FixtureRepository()
    _ = try build(repository)
    unlink(repository.path + "/casestudies/example-engagement-panel.json")
    #expect(try staleness(repository) == .changed(added: 0, changed: 0, removed: 1))
  }

  @Test func addedChangedAndRemovedTogether() throws {
    let repository = FixtureRepository()
    _ = try build(repository)
    repository.write("example-new-case.json", CaseIndexTests.newCase)
    repository.write(
      "example-minimal-case.json", repository.fixture("example-minimal-case.json", replacing: [("only", "just")]))
    unlink(repository.path + "/casestudies/example-engagement-panel.json")
    #expect(try staleness(repository) == .changed(added: 1, changed: 1, removed: 1))
  }

  @Test func invalidFilesAreRememberedNotTakenForNewOnes() throws {
    let repository = FixtureRepository()
    repository.write("broken.json", "{ not json")
    repository.write("invalid.json", "{\"id\": \"invalid\"}")
    let report = try build(repository)
    #expect(report.indexed == 3)
    #expect(
      report.skipped.map { $0.split(separator: "/").last.map(String.init) ?? "" }.sorted() == [
        "broken.json", "invalid.json",
      ])
    #expect(try staleness(repository) == .fresh)
    // Fixing an invalid file is a change.
    repository.write("broken.json", CaseIndexTests.newCase.replacing("example-new-case", with: "broken"))
    #expect(try staleness(repository) == .changed(added: 0, changed: 1, removed: 0))
  }

  @Test func filesThatAreNotCaseFilesAreIgnored() throws {
    let repository = FixtureRepository()
    _ = try build(repository)
    repository.write("README.md", "notes")
    repository.write(".hidden.json", "{}")
    repository.write(".example-new-case.json.tmp-123-456", CaseIndexTests.newCase)
    #expect(try staleness(repository) == .fresh)
    // A JSON file in a subfolder is not indexed, but is counted as left out, as `validate` reports it.
    repository.write("drafts/example-new-case.json", CaseIndexTests.newCase)
    #expect(try staleness(repository) == .changed(added: 1, changed: 0, removed: 0))
    let report = try build(repository)
    #expect(report.indexed == 3)
    #expect(report.skipped.map { $0.hasSuffix("/casestudies/drafts/example-new-case.json") } == [true])
    #expect(try staleness(repository) == .fresh)
  }

  @Test func anIndexOfAnotherLayoutIsDetectedAndRebuilt() throws {
    let repository = FixtureRepository()
    let other = IndexLayout(fields: [.init("title", weight: 1)], facets: ["topic"], stored: ["title"])
    let document = IndexDocument(
      key: "x", fields: ["X"], facets: [["t"]], years: nil, stored: ["X"],
      stamp: FileStamp(path: "/x", size: 1, modified: 1))
    try IndexWriter.build([document], layout: other, metadata: .init(folderModified: 0, built: 0))
      .save(to: CaseIndex.path(location(repository)))
    #expect(try staleness(repository) == .layoutChanged)
    var calls = 0
    let opened = try CaseIndex.open(location(repository), threads: 2) {
      calls += 1
      return try CaseRepository(location: location(repository))
    }
    #expect(calls == 1)
    #expect(opened.rebuilt?.reason == .layoutChanged)
    #expect(opened.reader.layout == CaseIndexLayout.layout)
    #expect(try staleness(repository) == .fresh)
  }

  @Test func openingBuildsAMissingIndexOnceAndThenReusesIt() throws {
    let repository = FixtureRepository()
    var calls = 0
    let make = {
      calls += 1
      return try CaseRepository(location: location(repository))
    }
    let first = try CaseIndex.open(location(repository), threads: 2, repository: make)
    #expect(first.rebuilt?.reason == .missing)
    #expect(first.rebuilt?.report.indexed == 3)
    #expect(first.rebuilt?.saveError == nil)
    #expect(first.reader.documentCount == 3)
    #expect(calls == 1)
    let second = try CaseIndex.open(location(repository), threads: 2, repository: make)
    #expect(second.rebuilt == nil)
    #expect(calls == 1, "a fresh index does not open the repository")
    // A change: rebuilt, with the reason.
    repository.write("example-new-case.json", CaseIndexTests.newCase)
    let third = try CaseIndex.open(location(repository), threads: 2, repository: make)
    #expect(third.rebuilt?.reason == .changed(added: 1, changed: 0, removed: 0))
    #expect(third.reader.documentCount == 4)
    #expect(calls == 2)
  }

  @Test func openingRebuildsADamagedIndex() throws {
    let repository = FixtureRepository()
    repository.folder.create(
      ".cases/index.bin", "garbage that is not an index at all, but long enough to have a footer")
    let opened = try CaseIndex.open(location(repository), threads: 2) {
      try CaseRepository(location: location(repository))
    }
    guard case .unusable(.corrupt) = opened.rebuilt?.reason else {
      Issue.record("rebuilt for \(String(describing: opened.rebuilt?.reason))")
      return
    }
    #expect(opened.reader.documentCount == 3)
    try reader(repository).verify()
  }

  @Test func openingRebuildsAnIndexOfANewerFormat() throws {
    let repository = FixtureRepository()
    _ = try build(repository)
    var bytes = try FileReader.read(CaseIndex.path(location(repository)))
    bytes[8] = 9
    try AtomicFile.write(bytes, to: CaseIndex.path(location(repository)))
    let opened = try CaseIndex.open(location(repository), threads: 2) {
      try CaseRepository(location: location(repository))
    }
    #expect(opened.rebuilt?.reason == .unusable(.formatTooNew(found: 9, newest: 3)))
    #expect(try staleness(repository) == .fresh)
  }

  @Test func anIndexThatCannotBeSavedIsUsedFromMemory() throws {
    let repository = FixtureRepository()
    repository.folder.create(".cases/index.bin/blocker", "")
    let opened = try CaseIndex.open(location(repository), threads: 2) {
      try CaseRepository(location: location(repository))
    }
    #expect(opened.rebuilt != nil)
    #expect(opened.rebuilt?.saveError != nil)
    #expect(opened.reader.documentCount == 3)
    #expect(
      try Searcher(reader: opened.reader).search(SearchRequest(query: Query(parsing: "tribunal"))).keys == [
        "example-parking-fines-algorithm"
      ])
  }

  @Test func concurrentBuildsLeaveOneWholeIndex() throws {
    let repository = FixtureRepository()
    let caseRepository = try CaseRepository(location: location(repository))
    let reports = Parallel.map(count: 4, threads: 4) { _, _ in try? CaseIndex.build(caseRepository, threads: 1) }
    #expect(reports.allSatisfy { $0?.indexed == 3 })
    let reader = try reader(repository)
    try reader.verify()
    #expect(reader.documentCount == 3)
    #expect(try staleness(repository) == .fresh)
    #expect(repository.folder.list(".cases") == [".gitignore", "index.bin"], "no temporary files are left behind")
  }

  @Test func searchingTheBuiltIndex() throws {
    let repository = FixtureRepository()
    _ = try build(repository)
    let searcher = Searcher(reader: try reader(repository))
    func keys(_ text: String) throws -> [String] {
      try searcher.search(SearchRequest(query: Query(parsing: text))).keys
    }
    #expect(try keys("tribunal") == ["example-parking-fines-algorithm"])
    #expect(try keys("title:panel") == ["example-engagement-panel"])
    #expect(try keys("\"data-sharing plan\"") == ["example-minimal-case"])
    #expect(try keys("jurors").isEmpty == false)
    #expect(
      try keys("Example Analytics").first == "example-parking-fines-algorithm", "suppliers are in the systems field")
  }
}

extension SearchResult {
  var keys: [String] { hits.map(\.key) }
}
