import CaseIO

/// `cases init`: the files of ``RepositoryTemplate`` written into a folder, never over a file
/// of the folder's own (a hosted repository's README and `.gitignore` are built on instead).
public enum RepositoryCreation {
  /// What was written, and what the folder had.
  public struct Report: Sendable {
    /// How many files were written.
    public var written: Int
    /// What was kept or added to (`kept README.md; …`).
    public var notes: [String]
    /// Whether the folder is a git repository already.
    public var hasGit: Bool
  }

  /// Why nothing (or not everything) was written.
  public enum Failure: Error, Sendable {
    /// The path is a file, not a folder.
    case notAFolder
    /// Files of a new repository exist already (their paths); nothing was written.
    case exists([String])
    /// A file could not be written after `written` others were.
    case cannotWrite(path: String, FileError, written: Int)
  }

  /// Writes a new repository into `folder` (created if missing).
  ///
  /// - Throws: ``Failure``.
  public static func create(in folder: String, toolRepository: String?) throws(Failure) -> Report {
    switch FileTree.kind(of: folder) {
    case .file, .other: throw .notAFolder
    case .directory, .missing: break
    }
    let (files, notes) = RepositoryTemplate.files(toolRepository: toolRepository) { path in
      (try? FileReader.read(folder + "/" + path)).map { String(decoding: $0, as: UTF8.self) }
    }
    let existing = files.filter { !$0.replacing }.map { folder + "/" + $0.path }.filter { FileTree.exists($0) }
    guard existing.isEmpty else { throw .exists(existing) }
    var written = 0
    for file in files {
      let path = folder + "/" + file.path
      do {
        try FileTree.createDirectories(AtomicFile.split(path).directory)
        try AtomicFile.write(Array(file.text.utf8), to: path, existing: file.replacing ? .replace : .fail)
        written += 1
      } catch {
        throw .cannotWrite(path: path, error, written: written)
      }
    }
    return Report(written: written, notes: notes, hasGit: FileTree.exists(folder + "/.git"))
  }
}
