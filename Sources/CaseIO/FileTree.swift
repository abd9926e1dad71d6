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

  /// Creates the folder at `path` and any missing folders above it (`mkdir -p`).
  ///
  /// - Throws: ``FileError`` when a folder cannot be created or a file is in the way.
  public static func createDirectories(_ path: String) throws(FileError) {
    guard kind(of: path) != .directory else { return }
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      try createDirectories(String(path[..<slash]))
    }
    if mkdir(path, 0o755) != 0 && !(errno == EEXIST && kind(of: path) == .directory) {
      throw FileError(path: path, errno: errno)
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
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
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
}
