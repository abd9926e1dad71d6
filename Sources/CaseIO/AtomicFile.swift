import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see either the old content or the new, never a mix: the bytes
/// go to a temporary file in the same directory (`.NAME.tmp-PID-RANDOM`, hidden, and ignored
/// by git through the `.gitignore` pattern ``ignorePattern``), are flushed to disk, and the
/// temporary file is renamed over the target. Temporary files that a killed process left
/// behind are removed by the next write into their folder.
public enum AtomicFile {
  /// The `.gitignore` line that keeps temporary files out of version control.
  public static let ignorePattern = ".*.tmp-*"
  /// What to do when the target already exists.
  public enum ExistingFile: Sendable {
    /// Replace it, keeping its permission bits.
    case replace
    /// Fail with ``FileError/Reason/alreadyExists``; the check and the write are one atomic step.
    case fail
  }

  /// Writes `bytes` to `path` atomically.
  ///
  /// - Throws: ``FileError`` when the directory is not writable, the target exists and
  ///   `existing` is `.fail`, or the disk is full. The target is untouched on failure.
  public static func write(_ bytes: [UInt8], to path: String, existing: ExistingFile = .replace) throws(FileError) {
    try write(chunks: [bytes], to: path, existing: existing)
  }

  /// Writes `chunks`, one after another, to `path` atomically. `durable` flushes the file
  /// and the rename to disk before returning; files that can be rebuilt and that check their
  /// own integrity (a search index) can skip that.
  ///
  /// - Throws: as ``write(_:to:existing:)``.
  public static func write(
    chunks: [[UInt8]], to path: String, existing: ExistingFile = .replace, durable: Bool = true
  ) throws(FileError) {
    let (directory, name) = split(path)
    var status = stat()
    let targetExists = stat(path, &status) == 0
    if targetExists && status.st_mode & S_IFMT == S_IFDIR { throw FileError(path: path, reason: .isDirectory) }
    if targetExists && existing == .fail { throw FileError(path: path, reason: .alreadyExists) }

    let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw FileError(path: path, errno: errno) }
    var failure: FileError?
    if targetExists && fchmod(descriptor, status.st_mode & 0o7777) != 0 {
      failure = FileError(path: path, errno: errno)
    }
    for chunk in chunks where failure == nil { failure = writeAll(chunk, to: descriptor, path: path) }
    if failure == nil && durable && fsync(descriptor) != 0 { failure = FileError(path: path, errno: errno) }
    if close(descriptor) != 0 && failure == nil { failure = FileError(path: path, errno: errno) }
    if failure == nil {
      switch existing {
      case .replace:
        if rename(temporary, path) != 0 { failure = FileError(path: path, errno: errno) }
      case .fail:
        // link(2) refuses to replace an existing name, so a file created meanwhile is kept.
        if link(temporary, path) != 0 { failure = FileError(path: path, errno: errno) }
        unlink(temporary)
      }
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
    if durable { syncDirectory(directory) }
    removeStaleTemporaryFiles(in: directory)
  }

  /// The folders already cleared of stale temporary files by this process.
  private static let cleared = Mutex<Set<String>>([])

  /// Removes, once per folder and process, the temporary files (and folders, of
  /// ``AtomicFolder``) that writes left behind: those more than ten minutes old whose process is
  /// gone (killed mid-write), and any more than a day old. The age keeps a write under way in
  /// another PID namespace (a container, another host on a shared disk) safe.
  static func removeStaleTemporaryFiles(in directory: String) {
    guard cleared.withLock({ $0.insert(directory).inserted }) else { return }
    guard let names = try? FileTree.names(in: directory) else { return }
    let now = time(nil)
    for name in names where name.hasPrefix(".") {
      guard let marker = name.ranges(of: ".tmp-").last else { continue }
      let parts = name[marker.upperBound...].split(separator: "-")
      guard parts.count == 2, let pid = Int32(parts[0]), UInt32(parts[1]) != nil, pid != getpid() else { continue }
      let path = directory + "/" + name
      var status = stat()
      guard lstat(path, &status) == 0, [S_IFREG, S_IFDIR].contains(status.st_mode & S_IFMT) else { continue }
      let age = Int(now) - Int(FileStatus(status).modified / 1_000_000_000)
      let gone = kill(pid, 0) != 0 && errno == ESRCH
      if (gone && age > 600) || age > 86_400 { FileTree.removeTree(path) }
    }
  }

  /// Creates the file `path` (which must not exist) with `bytes`, flushed to disk; errors name
  /// the file as `shownAs`. On failure the file is removed.
  static func writeNew(_ bytes: [UInt8], to path: String, shownAs: String) throws(FileError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw FileError(path: shownAs, errno: errno) }
    var failure = writeAll(bytes, to: descriptor, path: shownAs)
    if failure == nil && fsync(descriptor) != 0 { failure = FileError(path: shownAs, errno: errno) }
    if close(descriptor) != 0 && failure == nil { failure = FileError(path: shownAs, errno: errno) }
    if let failure {
      unlink(path)
      throw failure
    }
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) -> FileError? {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        // swift-format-ignore: NeverForceUnwrap
        // The array has bytes left to write, so it has a base address.
        systemWrite(descriptor, buffer.baseAddress! + written, bytes.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        return FileError(path: path, errno: errno)
      }
      written += result
    }
    return nil
  }

  /// Flushes the directory entry of a rename to disk (best effort).
  static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// The directory part and the file name of `path`.
  public static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let directory = String(path[..<slash])
    return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
  }
}
