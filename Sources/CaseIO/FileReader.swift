#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
    var capacity = max(sizeHint, 0) + 1  // one spare byte shows end of file without a second read
    var bytes: [UInt8] = []
    var failure: Int32 = 0
    while true {
      var received = 0
      // Read straight into the array's spare capacity, without zero-filling it first.
      let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
        while received < capacity {
          // swift-format-ignore: NeverForceUnwrap
          // The capacity is at least one byte, so the buffer has a base address.
          let count = systemRead(descriptor, buffer.baseAddress! + received, capacity - received)
          if count < 0 {
            if errno == EINTR { continue }
            failure = errno
            break
          }
          if count == 0 { break }
          received += count
        }
        initialized = received
      }
      if failure != 0 { throw FileError(path: path, errno: failure) }
      bytes += chunk
      if received < capacity { return bytes }
      capacity = max(capacity, 65_536)
    }
  }
}
