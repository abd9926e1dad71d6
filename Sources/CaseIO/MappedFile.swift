#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of a file mapped into memory read-only, so that reading touches only the pages
/// used; or a copy in memory, for bytes that are not in a file.
public final class MappedFile: @unchecked Sendable {
  // @unchecked: read-only memory (a PROT_READ mapping, or a copy never written after init).
  public let bytes: UnsafeRawBufferPointer
  private let release: () -> Void

  /// Maps the regular file at `path`. It is opened without blocking: a named pipe put in its
  /// place would otherwise wait for a writer forever.
  ///
  /// - Throws: ``FileError`` (``FileError/Reason/notRegularFile`` for a pipe, device or folder).
  public init(path: String) throws(FileError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw FileError(path: path, errno: errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileError(path: path, errno: errno) }
    guard status.st_mode & S_IFMT == S_IFREG else { throw FileError(path: path, reason: .notRegularFile) }
    let size = Int(status.st_size)
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      release = {}
      return
    }
    let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
    // MAP_FAILED is (void *)-1, which Darwin's headers do not give Swift.
    guard let mapped, mapped != UnsafeMutableRawPointer(bitPattern: -1) else {
      throw FileError(path: path, errno: errno)
    }
    bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    release = { munmap(mapped, size) }
  }

  /// A copy of `source` in memory.
  public init(copying source: [UInt8]) {
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
    source.withUnsafeBytes { copy.copyMemory(from: $0) }
    bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<source.count])
    release = { copy.deallocate() }
  }

  deinit { release() }
}
