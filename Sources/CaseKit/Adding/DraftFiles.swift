import CaseIO

/// The drafts `cases add --edit` keeps in the repository's `.cases/drafts/` (which git ignores),
/// named after their titles, so that an edit given up can be taken up again.
public struct DraftFiles: Sendable {
  public let location: RepositoryLocation

  public init(location: RepositoryLocation) {
    self.location = location
  }

  /// A new draft file's path, named after `title` (or `draft`), never an existing one's.
  ///
  /// - Throws: ``FileError`` when the drafts folder cannot be created.
  public func newPath(title: String?) throws(FileError) -> String {
    let folder = try location.makeDataFolder("drafts")
    let slug = CaseID.slug(title ?? "")
    let base = slug.isEmpty ? "draft" : slug
    let name = CaseID.unused(base) { FileTree.exists("\(folder)/\($0).json") }
    return "\(folder)/\(name).json"
  }

  /// Writes a draft, atomically.
  ///
  /// - Throws: ``FileError``.
  public func save(_ bytes: [UInt8], to path: String) throws(FileError) {
    try AtomicFile.write(bytes, to: path)
  }

  /// Removes a draft whose case was added.
  public func remove(_ path: String) {
    FileTree.removeTree(path)
  }
}
