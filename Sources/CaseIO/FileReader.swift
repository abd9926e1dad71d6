/// Reads whole files into memory with plain system calls: no Foundation start-up cost, one
/// allocation per file, and errors that say what the path is (a directory, missing, forbidden).
public enum FileReader {
  /// The bytes of the file at `path`.
  ///
  /// - Throws: ``FileError`` when the path is missing, a directory, or unreadable.
  public static func read(_ path: String) throws(FileError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileError(path: path, errno: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileError(path: path, errno: errno) }
    if status.st_mode & S_IFMT == S_IFDIR { throw FileError(path: path, reason: .isDirectory) }
    return try readAll(descriptor, path: path, sizeHint: Int(status.st_size))
  }

  /// Everything readable from `descriptor` until end of file (for pipes and standard input too).
  public static func readAll(_ descriptor: Int32, path: String, sizeHint: Int = 0) throws(FileError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 65_536))) }
      let capacity = bytes.count - count
      let received = bytes.withUnsafeMutableBytes { buffer in
        // swift-format-ignore: NeverForceUnwrap
        // The array is never empty here, so it has a base address.
        systemRead(descriptor, buffer.baseAddress! + count, capacity)
      }
      if received < 0 {
        if errno == EINTR { continue }
        throw FileError(path: path, errno: errno)
      }
      if received == 0 { break }
      count += received
    }
    bytes.removeSubrange(count...)
    return bytes
  }
}
