/// Valid UTF-8 input, read one code point at a time in either direction.
struct Input {
  let bytes: UnsafeBufferPointer<UInt8>
  let count: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    count = bytes.count
  }

  /// The code point starting at `position` (which must be < count) and its length in bytes.
  @inline(__always)
  func scalar(at position: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[position])
    if lead < 0x80 { return (lead, 1) }
    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard position + length <= count else { return (0xFFFD, count - position) }
    var value = lead & (0x7F >> UInt32(length))
    for offset in 1..<length { value = value << 6 | UInt32(bytes[position + offset] & 0x3F) }
    return (value, length)
  }

  /// The code point ending at `position` (which must be > 0) and its length in bytes.
  @inline(__always)
  func scalar(before position: Int) -> (value: UInt32, length: Int) {
    var start = position - 1
    while start > 0 && position - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return (scalar(at: start).value, position - start)
  }

  /// Whether the byte is part of `\w` (ASCII letters, digits and underscore).
  @inline(__always)
  func isWordByte(at position: Int) -> Bool {
    guard position >= 0 && position < count else { return false }
    let byte = bytes[position]
    return (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
  }

  /// Whether `length` bytes at `first` equal those at `second`.
  func equalBytes(_ first: Int, _ second: Int, length: Int) -> Bool {
    for offset in 0..<length where bytes[first + offset] != bytes[second + offset] { return false }
    return true
  }
}
