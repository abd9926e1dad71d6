/// The working state of one Porter2 stemming run: the word's UTF-8 bytes,
/// its current length and the R1/R2 region starts.
///
/// Every step of the algorithm only shortens the word or rewrites it within
/// its original length, so the buffer never needs to grow. Positions are byte
/// offsets that always sit on scalar boundaries; bytes of non-ASCII scalars
/// are never vowels, and the helpers that move by one character step over a
/// whole scalar so counts match the Unicode-based reference implementation.
struct Porter2Word {
  let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Current length in bytes.
  var count: Int
  /// Start of region R1 (`count` when empty).
  var p1 = 0
  /// Start of region R2 (`count` when empty).
  var p2 = 0

  init(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
    self.bytes = bytes
    count = bytes.count
  }

  // MARK: Character classes

  /// `v`: a e i o u y.
  @inline(__always)
  static func isVowel(_ b: UInt8) -> Bool {
    switch b {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true
    default: false
    }
  }

  /// Outside `v_WXY` (a e i o u y w x Y).
  @inline(__always)
  static func isNonVowelWXY(_ b: UInt8) -> Bool {
    switch b {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x77, 0x78, 0x59: false
    default: true
    }
  }

  /// `valid_LI`: c d e g h k m n r t.
  @inline(__always)
  static func isValidLI(_ b: UInt8) -> Bool {
    switch b {
    case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: true
    default: false
    }
  }

  // MARK: Navigation

  /// Start of the character that ends at `i` (requires `i > 0`).
  @inline(__always)
  func characterStart(before i: Int) -> Int {
    var j = i - 1
    while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
    return j
  }

  /// End of the character that starts at `i` (requires `i < count`).
  @inline(__always)
  func characterEnd(after i: Int) -> Int {
    var j = i + 1
    while j < count && bytes[j] & 0xC0 == 0x80 { j += 1 }
    return j
  }

  /// Whether `bytes[0..<end]` holds a vowel.
  @inline(__always)
  func hasVowel(before end: Int) -> Bool {
    var i = 0
    while i < end {
      if Self.isVowel(bytes[i]) { return true }
      i += 1
    }
    return false
  }

  /// Number of characters (Unicode scalars) in the word.
  func characterCount() -> Int {
    var n = 0
    for i in 0..<count where bytes[i] & 0xC0 != 0x80 { n += 1 }
    return n
  }

  // MARK: Matching and editing

  /// Whether the word ends with `suffix` (ASCII).
  @inline(__always)
  func ends(with suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    return n <= count && matches(suffix, at: count - n)
  }

  /// Whether `bytes[start..<start + text.count]` equals `text` (ASCII), which must fit.
  @inline(__always)
  func matches(_ text: StaticString, at start: Int) -> Bool {
    let p = text.utf8Start
    for k in 0..<text.utf8CodeUnitCount where bytes[start + k] != p[k] { return false }
    return true
  }

  /// Whether the whole word is `text`.
  @inline(__always)
  func equals(_ text: StaticString) -> Bool {
    count == text.utf8CodeUnitCount && matches(text, at: 0)
  }

  /// Whether the first `length` bytes are exactly `text`.
  @inline(__always)
  func prefix(_ length: Int, is text: StaticString) -> Bool {
    length == text.utf8CodeUnitCount && matches(text, at: 0)
  }

  /// Replaces `bytes[start..<count]` with `text` (never longer than the original word).
  @inline(__always)
  mutating func replace(from start: Int, with text: StaticString) {
    let p = text.utf8Start
    let n = text.utf8CodeUnitCount
    for k in 0..<n { bytes[start + k] = p[k] }
    count = start + n
  }

  /// Removes the last `n` bytes.
  @inline(__always)
  mutating func drop(_ n: Int) {
    count -= n
  }

  // MARK: Conditions

  /// `shortv`, read backwards from `end`: the word part before `end` ends in a
  /// vowel followed by a non-vowel other than w, x or Y, with a non-vowel before
  /// the vowel or the vowel first; or it ends in "past".
  func endsWithShortSyllable(at end: Int) -> Bool {
    if end >= 2 {
      let last = characterStart(before: end)
      if last > 0 && Self.isVowel(bytes[last - 1]) {
        let vowel = last - 1
        if Self.isNonVowelWXY(bytes[last]) && vowel > 0
          && !Self.isVowel(bytes[characterStart(before: vowel)])
        {
          return true
        }
        if !Self.isVowel(bytes[last]) && vowel == 0 { return true }
      }
    }
    return end >= 4 && matches("past", at: end - 4)
  }
}
