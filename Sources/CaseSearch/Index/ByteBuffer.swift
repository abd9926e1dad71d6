/// Appends little-endian integers, variable-length integers and strings to a byte array.
struct ByteWriter {
  var bytes: [UInt8] = []

  var count: Int { bytes.count }

  mutating func u8(_ value: UInt8) { bytes.append(value) }

  mutating func u16(_ value: UInt16) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
  }

  mutating func u32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  mutating func u64(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  /// LEB128: 7 bits a byte, low bits first.
  @inline(__always)
  mutating func varint(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  mutating func varint(_ value: Int) { varint(UInt64(value)) }

  /// A length-prefixed UTF-8 string.
  mutating func string(_ text: String) {
    let utf8 = Array(text.utf8)
    varint(utf8.count)
    bytes.append(contentsOf: utf8)
  }

  mutating func align(to boundary: Int) {
    while bytes.count % boundary != 0 { bytes.append(0) }
  }
}

/// Reads what ``ByteWriter`` wrote, from memory it does not own (a mapped index file); every
/// read is bounds-checked and a read past the end fails instead of trapping.
struct ByteCursor {
  let base: UnsafeRawBufferPointer
  var position: Int

  init(_ base: UnsafeRawBufferPointer, at position: Int = 0) {
    self.base = base
    self.position = position
  }

  var isAtEnd: Bool { position >= base.count }

  mutating func u16() throws(IndexError) -> UInt16 {
    guard position + 2 <= base.count else { throw IndexError.corrupt("a record runs past the end of its section") }
    defer { position += 2 }
    return base.loadUnaligned(fromByteOffset: position, as: UInt16.self).littleEndian
  }

  mutating func u32() throws(IndexError) -> UInt32 {
    guard position + 4 <= base.count else { throw IndexError.corrupt("a record runs past the end of its section") }
    defer { position += 4 }
    return base.loadUnaligned(fromByteOffset: position, as: UInt32.self).littleEndian
  }

  mutating func u64() throws(IndexError) -> UInt64 {
    guard position + 8 <= base.count else { throw IndexError.corrupt("a record runs past the end of its section") }
    defer { position += 8 }
    return base.loadUnaligned(fromByteOffset: position, as: UInt64.self).littleEndian
  }

  @inline(__always)
  mutating func varint() throws(IndexError) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while position < base.count {
      let byte = base[position]
      position += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return result }
      shift += 7
      if shift > 63 { break }
    }
    throw IndexError.corrupt("a number is malformed or runs past the end of its section")
  }

  mutating func int() throws(IndexError) -> Int { Int(truncatingIfNeeded: try varint()) }

  /// A varint that must be at most `limit` (a count, a length or a delta), so that arithmetic
  /// on it cannot overflow whatever the file holds.
  mutating func int(atMost limit: Int) throws(IndexError) -> Int {
    let value = try varint()
    guard value <= UInt64(max(limit, 0)) else { throw IndexError.corrupt("a number is out of range") }
    return Int(value)
  }

  /// A u64 offset or length, which must be below 2⁴⁸ (far beyond any index) so that sums of
  /// two cannot overflow.
  mutating func size() throws(IndexError) -> Int {
    let value = try u64()
    guard value < 1 << 48 else { throw IndexError.corrupt("an offset or length is out of range") }
    return Int(value)
  }

  mutating func string() throws(IndexError) -> String {
    let length = try int(atMost: base.count - position)
    defer { position += length }
    return String(decoding: UnsafeRawBufferPointer(rebasing: base[position..<position + length]), as: UTF8.self)
  }
}
