import CaseIO

/// A file mapped into memory read-only, so reading an index touches only the pages a query
/// needs.
final class MappedFile: @unchecked Sendable {
  let bytes: UnsafeRawBufferPointer
  private let address: UnsafeMutableRawPointer?

  init(path: String) throws(IndexError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT { throw IndexError.missing }
      throw IndexError.io("cannot open the search index \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw IndexError.io("cannot read the search index \(path)") }
    let size = Int(status.st_size)
    guard size > 0 else {
      address = nil
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
    guard let mapped, mapped != MAP_FAILED else { throw IndexError.io("cannot map the search index \(path)") }
    address = mapped
    bytes = UnsafeRawBufferPointer(start: mapped, count: size)
  }

  deinit {
    if let address { munmap(address, bytes.count) }
  }
}
