import CaseIO
import CaseJSON
import CaseSearch

/// A repository's search index: building it from the case files, written atomically to
/// `.cases/index.bin`.
public enum CaseIndex {
  /// Where the index lives: `.cases/index.bin` in the repository.
  public static func path(_ location: RepositoryLocation) -> String { location.dataFolder + "/index.bin" }

  /// Whether the repository has an index file (whole or not).
  public static func exists(_ location: RepositoryLocation) -> Bool { FileTree.kind(of: path(location)) == .file }

  /// What building found.
  public struct BuildReport: Sendable {
    public var indexed: Int
    /// Case files left out because they are not valid, and paths that cannot be case files.
    public var skipped: [String]
    public var bytes: Int
    /// How long reading, checking, analysing and writing took.
    public var seconds: Double
  }

  /// Builds the index of every valid case file, on `threads` threads (default: one per
  /// processor), and writes it atomically.
  ///
  /// - Throws: ``FileError`` when the case files cannot be listed; ``IndexError/io(_:)``
  ///   when the index cannot be written.
  public static func build(_ repository: CaseRepository, threads: Int? = nil) throws -> BuildReport {
    let start = MonotonicClock.now()
    var (built, report) = try make(repository, threads: threads ?? Parallel.processorCount)
    try save(built, location: repository.location)
    report.seconds = MonotonicClock.seconds(since: start)
    return report
  }

  /// The bytes of the index of every valid case file: each file read, checked, turned into
  /// an index document and analysed on the same thread, on every processor.
  static func make(_ repository: CaseRepository, threads: Int) throws(FileError) -> (IndexWriter.Built, BuildReport) {
    let location = repository.location
    let folderStamp = fileStamp(location.caseStudiesFolder).modified
    let list = try repository.caseFiles()
    let paths = list.paths
    let schema = repository.schema
    let validators = (0..<max(1, threads)).map { $0 == 0 ? schema.validator : schema.validator.copyForAnotherThread() }
    // Paths that cannot be case files count as left out, as invalid files do.
    let problems = list.problems.map { fileStamp($0.path) }
    let metadata = IndexWriter.Metadata(folderModified: folderStamp, built: now(), otherFiles: problems)
    let built = IndexWriter.build(
      count: paths.count, layout: CaseIndexLayout.layout, metadata: metadata, threads: threads
    ) {
      index, worker in
      let path = paths[index]
      let stamp = fileStamp(path)
      guard let study = CaseRepository.LoadedFile.load(path, validator: validators[worker]).caseStudy else {
        return .notIndexed(stamp)
      }
      let relative = String(path.dropFirst(location.root.count + 1))
      return .document(CaseIndexDocument.make(study, stamp: stamp, relativePath: relative, schema: schema))
    }
    return (
      built,
      BuildReport(
        indexed: built.documentCount, skipped: (built.notIndexed.map(\.path) + problems.map(\.path)).sorted(),
        bytes: built.byteCount, seconds: 0)
    )
  }

  /// Writes an index into `.cases/` (with a `.gitignore` keeping it out of version control).
  static func save(_ built: IndexWriter.Built, location: RepositoryLocation) throws(IndexError) {
    do {
      try location.makeDataFolder()
    } catch {
      throw IndexError.io("cannot create \(error.path): \(error.message)")
    }
    try built.save(to: path(location))
  }

  /// A file's identity now: path, size and modification time (size -1 when it is gone); for
  /// a symbolic link leading nowhere, the link's own.
  static func fileStamp(_ path: String) -> FileStamp {
    guard let status = FileStatus(path) else { return FileStamp(path: path, size: -1, modified: -1) }
    return FileStamp(path: path, size: status.size, modified: status.modified)
  }

  static func now() -> Int64 { WallClock.nanoseconds }
}
