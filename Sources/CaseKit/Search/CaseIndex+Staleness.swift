import CaseIO
import CaseSearch

extension CaseIndex {
  /// Repositories with more case files than this are checked for changes by their folder's
  /// modification time only (which notices files added, removed or renamed, but not a file
  /// edited in place), so a search never has to look at every file.
  public static let fullCheckLimit = 2_000

  /// Whether an index can be used as it is, and if not, why.
  public enum Staleness: Sendable, Equatable {
    case fresh
    case missing
    /// Damaged, or of another format version.
    case unusable(IndexError)
    /// Built by a version of `cases` that indexed case studies differently.
    case layoutChanged
    case changed(added: Int, changed: Int, removed: Int)
    /// The folder changed; its files were not compared (more than ``fullCheckLimit``).
    case folderChanged
  }

  /// Whether `reader`'s index still matches the case files of `location`.
  public static func staleness(_ reader: IndexReader, _ location: RepositoryLocation) -> Staleness {
    guard reader.layout == CaseIndexLayout.layout else { return .layoutChanged }
    let folder = location.caseStudiesFolder
    let known = reader.documentCount + reader.metadata.otherFiles.count
    if known > fullCheckLimit {
      return fileStamp(folder).modified == reader.metadata.folderModified ? .fresh : .folderChanged
    }
    let indexed: [FileStamp]
    do {
      indexed = try reader.stamps()
    } catch {
      return .unusable(error)
    }
    var expected: [String: FileStamp] = [:]
    for stamp in indexed + reader.metadata.otherFiles { expected[stamp.path] = stamp }
    let list = try? CaseRepository.caseFiles(in: location)
    let current = (list?.paths ?? []) + (list?.problems.map(\.path) ?? [])
    var added = 0
    var changed = 0
    for path in current {
      guard let stamp = expected.removeValue(forKey: path) else {
        added += 1
        continue
      }
      if fileStamp(path) != stamp { changed += 1 }
    }
    let removed = expected.count
    return added + changed + removed == 0 ? .fresh : .changed(added: added, changed: changed, removed: removed)
  }
}

extension CaseIndex {
  /// What `cases index --check` finds.
  public enum Check: Sendable, Equatable {
    /// There is no index yet.
    case missing
    /// Damaged, or of another format version (with why).
    case damaged(String)
    /// Whole, but out of date with the case files.
    case stale(Staleness)
    /// Whole and up to date.
    case whole(documents: Int, terms: Int, bytes: Int)
  }

  /// Checks every byte of the index of `location` and whether the case files changed since.
  ///
  /// - Throws: ``FileError``-like failures to read the index, as text.
  public static func check(_ location: RepositoryLocation) throws(RepositorySearchError) -> Check {
    let reader: IndexReader
    do {
      reader = try IndexReader(path: path(location))
      try reader.verify()
    } catch .missing {
      return .missing
    } catch .io(let reason) {
      throw .cannotRead(reason)
    } catch {
      return .damaged(error.description)
    }
    let staleness = staleness(reader, location)
    guard staleness == .fresh else { return .stale(staleness) }
    return .whole(documents: reader.documentCount, terms: reader.termCount, bytes: reader.fileSize)
  }
}
