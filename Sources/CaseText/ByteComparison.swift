/// Byte-for-byte equality of two buffers (UTF-8 text, keys), eight bytes at a time: the generic
/// `elementsEqual` walks element by element through protocol witnesses, and `memcmp` would tie
/// the modules that compare bytes (JSON, the search index) to the C library.
@inlinable
public func bytesEqual(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
  guard first.count == second.count else { return false }
  guard let a = first.baseAddress, let b = second.baseAddress else { return true }
  let (left, right) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
  var offset = 0
  while offset + 8 <= first.count {
    guard
      left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    else { return false }
    offset += 8
  }
  while offset < first.count {
    if a[offset] != b[offset] { return false }
    offset += 1
  }
  return true
}
