import CaseIO

/// Where exports go: one file written atomically, or a folder of files whose subfolders
/// (a Jekyll collection's `_cases/`) are replaced whole in one step. Nothing is replaced, and no
/// folder written into that is not empty, without `force`.
public enum ExportWriter {
  /// Why an export could not be written.
  public enum Failure: Error, Sendable, Equatable {
    /// The file exists (and `force` was not given).
    case exists(String)
    /// The path is a file, not a folder.
    case notAFolder(String)
    /// The folder has files (and `force` was not given); `replacedWhole` when `force` would
    /// replace it whole rather than write into it.
    case notEmpty(String, replacedWhole: Bool)
    /// A folder could not be created.
    case cannotCreate(FileError)
    /// A file could not be written; `unchanged` is the folder left as it was.
    case cannotWrite(FileError, unchanged: String?)
  }

  /// Writes `bytes` to `path`, atomically.
  ///
  /// - Throws: ``Failure``.
  public static func write(_ bytes: [UInt8], to path: String, force: Bool) throws(Failure) {
    do {
      try AtomicFile.write(bytes, to: path, existing: force ? .replace : .fail)
    } catch  where error.reason == .alreadyExists {
      throw .exists(path)
    } catch {
      throw .cannotWrite(error, unchanged: nil)
    }
  }

  /// Writes `files` under `folder`. Files in a subfolder (`DIR/_cases/…`) replace that
  /// subfolder as a whole, in one step; files at the top are each written atomically.
  ///
  /// - Throws: ``Failure``.
  public static func writeFolder(_ files: [ExportFormat.File], to folder: String, force: Bool) throws(Failure) {
    guard [.missing, .directory].contains(FileTree.kind(of: folder)) else { throw .notAFolder(folder) }
    let grouped = Dictionary(grouping: files) { file in
      file.path.split(separator: "/").count > 1 ? String(file.path.split(separator: "/")[0]) : ""
    }
    if grouped[""] != nil, !force, !((try? FileTree.names(in: folder)) ?? []).isEmpty {
      throw .notEmpty(folder, replacedWhole: false)
    }
    do {
      try FileTree.createDirectories(folder)
    } catch {
      throw .cannotCreate(error)
    }
    for (subfolder, members) in grouped.sorted(by: { $0.key < $1.key }) {
      guard !subfolder.isEmpty else {
        for file in members { try write(file.bytes, to: folder + "/" + file.path, force: force) }
        continue
      }
      let target = folder + "/" + subfolder
      do {
        try AtomicFolder.write(
          members.map { (String($0.path.dropFirst(subfolder.count + 1)), $0.bytes) }, to: target, replacing: force)
      } catch  where error.reason == .alreadyExists {
        throw .notEmpty(target, replacedWhole: true)
      } catch {
        throw .cannotWrite(error, unchanged: target)
      }
    }
  }
}
