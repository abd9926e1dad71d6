import CaseSystem

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a folder of files so that readers see either the old folder or the new one, never
/// a mix: the files go into a temporary folder beside it (named as ``AtomicFile``'s temporary
/// files are), which then takes the folder's place in one step, and the old folder is removed.
public enum AtomicFolder {
  /// Writes `files` (paths relative to `folder`, with subfolders created as needed) as the
  /// whole content of `folder`. An existing folder is replaced, files it had that `files` lacks
  /// included, only when `replacing`; otherwise it must be empty.
  ///
  /// - Throws: ``FileError`` when a file cannot be written (the folder is then untouched), or
  ///   ``FileError/Reason/alreadyExists`` when the folder has files and `replacing` is false.
  public static func write(_ files: [(path: String, bytes: [UInt8])], to folder: String, replacing: Bool)
    throws(FileError)
  {
    let (parent, name) = AtomicFile.split(folder)
    let existing = FileTree.kind(of: folder)
    guard existing == .missing || existing == .directory else { throw FileError(path: folder, reason: .notADirectory) }
    if existing == .directory && !replacing && !((try? FileTree.names(in: folder)) ?? []).isEmpty {
      throw FileError(path: folder, reason: .alreadyExists)
    }
    let temporary = "\(parent)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard mkdir(temporary, 0o755) == 0 else { throw FileError(path: folder, errno: errno) }
    do throws(FileError) {
      for file in files {
        let path = temporary + "/" + file.path
        try FileTree.createDirectories(AtomicFile.split(path).directory)
        try AtomicFile.writeNew(file.bytes, to: path, shownAs: folder + "/" + file.path)
      }
      AtomicFile.syncDirectory(temporary)
      if existing == .missing {
        guard rename(temporary, folder) == 0 else { throw FileError(path: folder, errno: errno) }
      } else if case_system_exchange(temporary, folder) != 0 {
        // No atomic exchange here: move the old folder aside, then the new one in.
        let aside = "\(parent)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard rename(folder, aside) == 0 else { throw FileError(path: folder, errno: errno) }
        guard rename(temporary, folder) == 0 else {
          let error = FileError(path: folder, errno: errno)
          rename(aside, folder)
          throw error
        }
        FileTree.removeTree(aside)
      }
    } catch {
      FileTree.removeTree(temporary)
      throw error
    }
    // After an exchange the temporary name holds the old folder.
    FileTree.removeTree(temporary)
    AtomicFile.syncDirectory(parent)
    AtomicFile.removeStaleTemporaryFiles(in: parent)
  }
}
