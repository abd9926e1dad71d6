import CaseIO

/// Byte-for-byte equality of two buffers, with `memcmp` (the generic `elementsEqual` walks
/// element by element through protocol witnesses).
@inlinable
public func bytesEqual(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
  guard first.count == second.count else { return false }
  guard let a = first.baseAddress, let b = second.baseAddress else { return true }
  return memcmp(a, b, first.count) == 0
}
