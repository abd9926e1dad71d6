import CaseIO

/// The bytes of an index: a file mapped into memory read-only, so reading an index touches
/// only the pages a query needs; or a copy in memory, for an index that could not be saved.
final class MappedFile: @unchecked Sendable {
  // @unchecked: read-only memory (a PROT_READ mapping, or a copy never written after init).
  let bytes: UnsafeRawBufferPointer
  private let release: () -> Void

  init(path: String) throws(IndexError) {
    // Without blocking: a named pipe put where the index belongs would wait for a writer forever.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      if errno == ENOENT { throw IndexError.missing }
      throw IndexError.io("cannot open the search index \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw IndexError.io("cannot read the search index \(path)") }
    guard status.st_mode & S_IFMT == S_IFREG else { throw IndexError.corrupt("\(path) is not a file") }
    let size = Int(status.st_size)
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      release = {}
      return
    }
    let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
    guard let mapped, mapped != MAP_FAILED else { throw IndexError.io("cannot map the search index \(path)") }
    bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    release = { munmap(mapped, size) }
  }

  init(copying source: [UInt8]) {
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
    source.withUnsafeBytes { copy.copyMemory(from: $0) }
    bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<source.count])
    release = { copy.deallocate() }
  }

  deinit { release() }
}
