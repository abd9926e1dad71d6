/// A set of code points: ranges plus Unicode property tests, optionally negated as a whole (`[^...]`).
struct CharClass: Sendable {
  /// Sorted, non-overlapping, non-adjacent ranges once `finalize()` has run.
  private(set) var ranges: [ClosedRange<UInt32>] = []
  /// Property tests (`\p{...}`, `\P{...}`) in the class.
  private(set) var properties: [PropertyTest] = []
  /// Whether the class is negated (`[^...]`).
  var negated = false
  /// Membership of code points 0-63.
  private(set) var asciiLow: UInt64 = 0
  /// Membership of code points 64-127.
  private(set) var asciiHigh: UInt64 = 0

  init() {}

  init(ranges: [ClosedRange<UInt32>]) {
    self.ranges = ranges
    finalize()
  }

  init(property: PropertyTest) {
    properties = [property]
    finalize()
  }

  /// `\d`.
  static let digit = CharClass(ranges: [0x30...0x39])
  /// `\w` (ASCII only without the `i` flag).
  static let word = CharClass(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
  /// `\s`: ECMA-262 WhiteSpace and LineTerminator.
  static let space = CharClass(ranges: [
    0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
    0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
  ])

  /// Adds a range of code points.
  mutating func add(_ range: ClosedRange<UInt32>) {
    ranges.append(range)
  }

  /// Adds every member of a non-negated class (a class escape such as `\d` or `\p{L}`).
  mutating func formUnion(_ other: CharClass) {
    ranges += other.ranges
    properties += other.properties
  }

  /// The same members' complement, for a class built only of ranges or of one property test.
  func complemented() -> CharClass {
    if properties.count == 1 && ranges.isEmpty {
      var test = properties[0]
      test.negated.toggle()
      return CharClass(property: test)
    }
    var result: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for range in ranges {
      if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
      next = range.upperBound + 1
    }
    if next <= 0x10FFFF { result.append(next...0x10FFFF) }
    return CharClass(ranges: result)
  }

  /// Sorts and merges the ranges and caches ASCII membership; call after the last `add`.
  mutating func finalize() {
    ranges.sort { $0.lowerBound < $1.lowerBound }
    var merged: [ClosedRange<UInt32>] = []
    for range in ranges {
      if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    ranges = merged
    asciiLow = 0
    asciiHigh = 0
    for code in UInt32(0)..<128 where containsIgnoringNegation(code) != negated {
      if code < 64 { asciiLow |= 1 << UInt64(code) } else { asciiHigh |= 1 << UInt64(code - 64) }
    }
  }

  /// Whether an ASCII byte is a member.
  @inline(__always)
  func containsASCII(_ byte: UInt8) -> Bool {
    byte < 64 ? asciiLow & (1 << UInt64(byte)) != 0 : asciiHigh & (1 << UInt64(byte & 63)) != 0
  }

  /// Whether a code point is a member.
  @inline(__always)
  func contains(_ code: UInt32) -> Bool {
    code < 128 ? containsASCII(UInt8(code)) : containsIgnoringNegation(code) != negated
  }

  /// Whether some non-ASCII code point may be a member.
  var mayContainNonASCII: Bool {
    negated || !properties.isEmpty || (ranges.last?.upperBound ?? 0) >= 128
  }

  private func containsIgnoringNegation(_ code: UInt32) -> Bool {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      let range = ranges[middle]
      if code < range.lowerBound {
        high = middle
      } else if code > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    guard !properties.isEmpty, let scalar = Unicode.Scalar(code) else { return false }
    return properties.contains { $0.matches(scalar) }
  }
}

/// `\p{...}` (or `\P{...}` when negated) inside a class.
struct PropertyTest: Sendable {
  var property: UnicodeProperty
  var negated: Bool

  func matches(_ scalar: Unicode.Scalar) -> Bool {
    property.matches(scalar) != negated
  }
}
