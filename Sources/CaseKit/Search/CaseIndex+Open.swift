import CaseIO
import CaseSearch

extension CaseIndex {
  /// An index ready to search, and whether it had to be rebuilt first.
  public struct Opened: Sendable {
    public var reader: IndexReader
    public var rebuilt: Rebuilt?
  }

  /// A rebuild done before searching: why, what it indexed, and whether it was saved.
  public struct Rebuilt: Sendable {
    public var reason: Staleness
    public var report: BuildReport
    /// Why the rebuilt index could not be saved (it is then used from memory this once).
    public var saveError: IndexError?
  }

  /// The repository's index, rebuilt first when it is missing, damaged, of another format or
  /// out of date with the case files. `repository` is called only to rebuild (opening a
  /// repository compiles its schema, which an up-to-date index does not need).
  ///
  /// - Throws: what `repository` throws, or ``FileError`` when the case files cannot be listed.
  public static func open(
    _ location: RepositoryLocation, threads: Int? = nil, repository: () throws -> CaseRepository
  ) throws -> Opened {
    let reason: Staleness
    do {
      let reader = try IndexReader(path: path(location))
      let staleness = staleness(reader, location)
      if staleness == .fresh { return Opened(reader: reader, rebuilt: nil) }
      reason = staleness
    } catch .missing {
      reason = .missing
    } catch {
      reason = .unusable(error)
    }
    return try rebuild(location, reason: reason, threads: threads, repository: repository)
  }

  /// Rebuilds the index (saving it when possible) and opens the new one.
  ///
  /// - Throws: what `repository` throws, or ``FileError`` when the case files cannot be listed.
  public static func rebuild(
    _ location: RepositoryLocation, reason: Staleness, threads: Int? = nil,
    repository: () throws -> CaseRepository
  ) throws -> Opened {
    let start = MonotonicClock.now()
    var (built, report) = try make(try repository(), threads: threads ?? Parallel.processorCount)
    var saveError: IndexError?
    do {
      try save(built, location: location)
    } catch {
      saveError = error
    }
    report.seconds = MonotonicClock.seconds(since: start)
    // The saved file, mapped; the bytes in memory when it could not be saved.
    let reader = try saveError == nil ? IndexReader(path: path(location)) : IndexReader(bytes: built.bytes)
    return Opened(reader: reader, rebuilt: Rebuilt(reason: reason, report: report, saveError: saveError))
  }
}
