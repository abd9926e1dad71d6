/// A set of byte values, used to skip start positions that cannot begin a match.
struct ByteSet: Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  mutating func insert(_ byte: UInt8) {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: words.0 |= bit
    case 1: words.1 |= bit
    case 2: words.2 |= bit
    default: words.3 |= bit
    }
  }

  mutating func formUnion(_ other: ByteSet) {
    words = (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2, words.3 | other.words.3)
  }

  @inline(__always)
  func contains(_ byte: UInt8) -> Bool {
    let bit = UInt64(1) << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: return words.0 & bit != 0
    case 1: return words.1 & bit != 0
    case 2: return words.2 & bit != 0
    default: return words.3 & bit != 0
    }
  }

  /// Every UTF-8 lead byte of a non-ASCII code point.
  mutating func insertNonASCIILeadBytes() {
    for byte in UInt8(0xC2)...0xF4 { insert(byte) }
  }
}

/// The first UTF-8 byte of a code point.
func leadByte(_ value: UInt32) -> UInt8 {
  switch value {
  case ..<0x80: UInt8(value)
  case ..<0x800: UInt8(0xC0 | (value >> 6))
  case ..<0x10000: UInt8(0xE0 | (value >> 12))
  default: UInt8(0xF0 | (value >> 18))
  }
}

/// Bytes that can start a match, or nil when the pattern can match the empty string (or it is unknown).
func possibleFirstBytes(_ node: Node) -> ByteSet? {
  let (bytes, nullable) = firstBytes(node)
  return nullable ? nil : bytes
}

private func firstBytes(_ node: Node) -> (ByteSet, nullable: Bool) {
  var bytes = ByteSet()
  switch node {
  case .empty, .start, .end, .wordBoundary, .look, .backreference, .namedBackreference:
    return (bytes, true)
  case .char(let value):
    bytes.insert(leadByte(value))
  case .any:
    for byte in UInt8(0)..<0x80 where byte != 0x0A && byte != 0x0D { bytes.insert(byte) }
    bytes.insertNonASCIILeadBytes()
  case .set(let set):
    for byte in UInt8(0)..<0x80 where set.containsASCII(byte) { bytes.insert(byte) }
    if set.mayContainNonASCII { bytes.insertNonASCIILeadBytes() }
  case .sequence(let items):
    for item in items {
      let (first, nullable) = firstBytes(item)
      bytes.formUnion(first)
      if !nullable { return (bytes, false) }
    }
    return (bytes, true)
  case .alternation(let alternatives):
    var anyNullable = false
    for alternative in alternatives {
      let (first, nullable) = firstBytes(alternative)
      bytes.formUnion(first)
      anyNullable = anyNullable || nullable
    }
    return (bytes, anyNullable)
  case .capture(let body, _):
    return firstBytes(body)
  case .quantified(let body, let min, _, _, _):
    let (first, nullable) = firstBytes(body)
    return (first, nullable || min == 0)
  }
  return (bytes, false)
}

/// Whether every match must start at position 0 (the pattern begins with `^` on every path).
func isAnchoredAtStart(_ node: Node) -> Bool {
  switch node {
  case .start: true
  case .sequence(let items): items.first.map(isAnchoredAtStart) ?? false
  case .alternation(let alternatives): alternatives.allSatisfy(isAnchoredAtStart)
  case .capture(let body, _): isAnchoredAtStart(body)
  default: false
  }
}

/// A pattern that is a plain string, optionally anchored with `^` and `$`, matched by comparing bytes.
struct LiteralPattern: Sendable {
  let bytes: [UInt8]
  let anchoredAtStart: Bool
  let anchoredAtEnd: Bool

  /// Nil unless the pattern is a literal.
  init?(_ node: Node) {
    var items: ArraySlice<Node>
    switch node {
    case .sequence(let sequence): items = sequence[...]
    case .empty: items = []
    default: items = [node]
    }
    anchoredAtStart = items.first.map { if case .start = $0 { true } else { false } } ?? false
    if anchoredAtStart { items = items.dropFirst() }
    anchoredAtEnd = items.last.map { if case .end = $0 { true } else { false } } ?? false
    if anchoredAtEnd { items = items.dropLast() }
    var text = String.UnicodeScalarView()
    for item in items {
      guard case .char(let value) = item, let scalar = Unicode.Scalar(value) else { return nil }
      text.append(scalar)
    }
    bytes = Array(String(text).utf8)
  }

  func matches(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = input.count
    let length = bytes.count
    guard length <= count else { return false }
    switch (anchoredAtStart, anchoredAtEnd) {
    case (true, true): return length == count && hasBytes(input, at: 0)
    case (true, false): return hasBytes(input, at: 0)
    case (false, true): return hasBytes(input, at: count - length)
    case (false, false):
      guard let first = bytes.first else { return true }
      var position = 0
      while position <= count - length {
        if input[position] == first && hasBytes(input, at: position) { return true }
        position += 1
      }
      return false
    }
  }

  private func hasBytes(_ input: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
    for offset in 0..<bytes.count where input[position + offset] != bytes[offset] { return false }
    return true
  }
}
