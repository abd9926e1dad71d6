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
    var found: [String] = []
    try collect(directory, suffix: suffix, into: &found, isTop: true)
    return found.sorted()
  }

  private static func collect(_ directory: String, suffix: String, into found: inout [String], isTop: Bool)
    throws(FileError)
  {
    guard let stream = opendir(directory) else {
      let error = FileError(path: directory, errno: errno)
      if isTop { throw error }
      return  // an unreadable subfolder is skipped, as find(1) would report and go on
    }
    defer { closedir(stream) }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var subdirectories: [String] = []
    while let entry = readdir(stream) {
      let name = entryName(entry)
      if name.hasPrefix(".") { continue }
      let path = prefix + name
      var type = entry.pointee.d_type
      if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
        switch kind(of: path) {
        case .directory: type = UInt8(DT_DIR)
        case .file: type = UInt8(DT_REG)
        default: continue
        }
      }
      if type == UInt8(DT_DIR) {
        subdirectories.append(path)
      } else if type == UInt8(DT_REG) && name.hasSuffix(suffix) {
        found.append(path)
      }
    }
    for subdirectory in subdirectories {
      try collect(subdirectory, suffix: suffix, into: &found, isTop: false)
    }
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
