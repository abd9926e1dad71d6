#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds files: the JSON files under a folder, in a stable order.
public enum FileTree {
  /// What a path names.
  public enum Kind: Sendable, Equatable {
    case file, directory, other, missing
  }

  /// The kind of thing at `path` (following symbolic links).
  public static func kind(of path: String) -> Kind {
    var status = stat()
    guard stat(path, &status) == 0 else { return .missing }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// The files under `directory` whose names end in `suffix`, recursively, sorted by path.
  /// Folders whose names start with `.` (such as `.git` and `.build`) are skipped.
  ///
  /// - Throws: ``FileError`` when `directory` cannot be listed.
  public static func files(under directory: String, suffix: String = ".json") throws(FileError) -> [String] {
    try walk(directory, suffix: suffix).files
  }

  /// What a walk found: the regular files to read, and the paths it left out, each with why.
  public struct Walk: Sendable, Equatable {
    /// Regular files (or links to them) whose names end in the suffix, sorted by path.
    public var files: [String] = []
    /// Paths named like files to read that were not listed, sorted by path.
    public var skipped: [Skipped] = []
  }

  /// A path that looks like a file to read (its name ends in the suffix) but was left out.
  public struct Skipped: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
      /// A symbolic link to a path that does not exist.
      case brokenLink(target: String)
      /// A named pipe, socket or device ("a named pipe"), or a link to one.
      case notRegularFile(kind: String)
      /// A folder (or a link to one).
      case folder
      /// A file in a subfolder of a walk that reads one folder only.
      case inSubfolder
      /// A symbolic link that leads outside the folder the walk is confined to.
      case outside(target: String)
      /// A subfolder that could not be listed.
      case unreadable(FileError)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
      self.path = path
      self.reason = reason
    }
  }

  /// Walks `directory` for files whose names end in `suffix`. Names starting with `.` are
  /// skipped (`.git`, and the temporary files of ``AtomicFile``); links to folders are not
  /// followed. `recursive: false` reads `directory` alone and reports files in its subfolders
  /// as skipped; `confinedTo` reports links leading outside that folder as skipped, unread.
  ///
  /// - Throws: ``FileError`` when `directory` cannot be listed.
  public static func walk(
    _ directory: String, suffix: String = ".json", recursive: Bool = true, confinedTo root: String? = nil
  ) throws(FileError) -> Walk {
    var walker = Walker(suffix: suffix, recursive: recursive, root: root.flatMap(resolvedPath))
    // The folder itself may be a link out of the confining folder (`casestudies -> /etc`).
    if let confined = walker.root, let resolved = resolvedPath(directory), !isWithin(resolved, confined) {
      return Walk(files: [], skipped: [Skipped(path: directory, reason: .outside(target: resolved))])
    }
    try walker.collect(directory, depth: 0)
    walker.walk.files.sort()
    walker.walk.skipped.sort { $0.path < $1.path }
    return walker.walk
  }

  private struct Walker {
    let suffix: String
    let recursive: Bool
    /// The confining folder, resolved.
    let root: String?
    var walk = Walk()

    mutating func collect(_ directory: String, depth: Int) throws(FileError) {
      guard let stream = opendir(directory) else {
        let error = FileError(path: directory, errno: errno)
        if depth == 0 { throw error }
        walk.skipped.append(Skipped(path: directory, reason: .unreadable(error)))
        return
      }
      defer { closedir(stream) }
      let prefix = directory.hasSuffix("/") ? directory : directory + "/"
      var subdirectories: [String] = []
      while let entry = readdir(stream) {
        let name = entryName(entry)
        if name.hasPrefix(".") { continue }
        let path = prefix + name
        let wanted = name.hasSuffix(suffix)
        var status = stat()
        var type: mode_t
        switch Int32(entry.pointee.d_type) {
        case Int32(DT_REG): type = S_IFREG
        case Int32(DT_DIR): type = S_IFDIR
        default:
          guard lstat(path, &status) == 0 else { continue }  // gone meanwhile
          type = status.st_mode & S_IFMT
        }
        if type == S_IFLNK {
          guard wanted else { continue }  // links to folders are not followed
          guard let target = resolvedPath(path) else {
            walk.skipped.append(Skipped(path: path, reason: .brokenLink(target: linkTarget(path) ?? "")))
            continue
          }
          if let root, !isWithin(target, root) {
            walk.skipped.append(Skipped(path: path, reason: .outside(target: target)))
            continue
          }
          guard stat(path, &status) == 0 else { continue }
          type = status.st_mode & S_IFMT
          if type == S_IFDIR {
            walk.skipped.append(Skipped(path: path, reason: .folder))
            continue
          }
        }
        switch type {
        case S_IFDIR:
          if wanted && !recursive { walk.skipped.append(Skipped(path: path, reason: .folder)) }
          subdirectories.append(path)
        case S_IFREG:
          guard wanted else { continue }
          if depth > 0 && !recursive {
            walk.skipped.append(Skipped(path: path, reason: .inSubfolder))
          } else {
            walk.files.append(path)
          }
        default:
          if wanted { walk.skipped.append(Skipped(path: path, reason: .notRegularFile(kind: kindName(type)))) }
        }
      }
      for subdirectory in subdirectories {
        try collect(subdirectory, depth: depth + 1)
      }
    }
  }

  /// What the thing at `path` is called in messages ("a named pipe"), following links.
  public static func kindName(of path: String) -> String {
    var status = stat()
    guard stat(path, &status) == 0 else { return "missing" }
    return kindName(status.st_mode & S_IFMT)
  }

  /// What a file type is called in messages.
  static func kindName(_ type: mode_t) -> String {
    switch type {
    case S_IFIFO: return "a named pipe"
    case S_IFSOCK: return "a socket"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFDIR: return "a folder"
    default: return "not a regular file"
    }
  }

  /// Whether `path` is `folder` or inside it (both absolute and normalised; `folder` may be `/`).
  public static func isWithin(_ path: String, _ folder: String) -> Bool {
    path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
  }

  /// `path` made absolute against `directory` and with `.` and `..` parts resolved by name
  /// alone, links not followed (`/a/./b/../c` is `/a/c`).
  public static func lexicallyNormalized(_ path: String, in directory: String = "/") -> String {
    var parts: [Substring] = []
    let full = path.hasPrefix("/") ? path : directory + "/" + path
    for part in full.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Whether something is at `path`, a link leading nowhere included.
  public static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// The absolute path `path` leads to, with every link followed; nil when it leads nowhere.
  public static func resolvedPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The target a symbolic link names, as written; nil when `path` is not a link.
  public static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The names in `directory`, hidden ones too (without `.` and `..`), unsorted.
  ///
  /// - Throws: ``FileError`` when `directory` cannot be listed.
  public static func names(in directory: String) throws(FileError) -> [String] {
    guard let stream = opendir(directory) else { throw FileError(path: directory, errno: errno) }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = entryName(entry)
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
    withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self) }
  }

  /// Removes `path` and, if it is a folder, everything in it, as `rm -rf` does; links are
  /// removed, never followed (folders are opened with `O_NOFOLLOW`, entries removed relative
  /// to them). Best effort: what cannot be removed stays.
  public static func removeTree(_ path: String) {
    if unlink(path) == 0 || (errno != EISDIR && errno != EPERM) { return }
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    removeContents(of: descriptor)
    close(descriptor)
    rmdir(path)
  }

  /// Removes everything in the open folder `descriptor`, relative to it.
  private static func removeContents(of descriptor: Int32) {
    let copy = dup(descriptor)
    guard copy >= 0, let stream = fdopendir(copy) else { return }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = entryName(entry)
      if name != "." && name != ".." { names.append(name) }
    }
    for name in names {
      if unlinkat(descriptor, name, 0) == 0 { continue }
      let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard child >= 0 else { continue }
      removeContents(of: child)
      close(child)
      unlinkat(descriptor, name, AT_REMOVEDIR)
    }
  }

  /// Creates `directory` and the missing folders above it, as `mkdir -p` does.
  ///
  /// - Throws: ``FileError`` when a folder cannot be created, or a part of the path is a file.
  public static func createDirectories(_ directory: String) throws(FileError) {
    var path = directory.hasPrefix("/") ? "" : "."
    for part in directory.split(separator: "/") {
      path += "/" + part
      switch kind(of: path) {
      case .directory: continue
      case .missing:
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileError(path: path, errno: errno) }
      default: throw FileError(path: path, reason: .notADirectory)
      }
    }
  }
}
