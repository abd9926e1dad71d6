import CaseText

/// Splits text into words: runs of letters and digits of any script, folded to lowercase
/// without accents (`Försäkringskassan` → `forsakringskassan`).
///
/// Apostrophes inside a word stay (`people's`, stemmed later to `people`). Hyphens inside a
/// word split it into parts at successive positions and also give the joined word at the first
/// part's position, so `co-design` can be found as `co-design`, `codesign` or `co design`.
///
/// A paragraph separator (U+2029) between the parts of a field (one body's name and the next)
/// leaves a gap of ``partGap`` positions, so that phrases do not match across parts.
enum Tokenizer {
  /// Joins the parts of a field.
  static let partSeparator = "\u{2029}"
  /// The positions skipped at a part separator: more than any phrase spans.
  static let partGap = 100

  /// One word: its folded bytes, its position, and the byte range it came from.
  typealias Emit = (_ word: UnsafeBufferPointer<UInt8>, _ position: Int, _ range: Range<Int>) -> Void

  /// Calls `emit` for each word (and each part and joined form of a hyphenated word) of the
  /// UTF-8 `text`, with positions counting from 0.
  ///
  /// `fastASCII` (on unless a test compares the two paths) reads a word of ASCII letters and
  /// digits ended by plain ASCII without folding it through the general path: the word is the
  /// text itself when it has no capitals.
  static func scan(_ text: UnsafeBufferPointer<UInt8>, fastASCII: Bool = true, _ emit: Emit) {
    var position = 0
    var folded: [UInt8] = []
    folded.reserveCapacity(64)
    // Parts of a hyphenated word: ranges in `folded` and in the source.
    var parts: [(folded: Range<Int>, source: Range<Int>)] = []
    // A capitalised ASCII word, lowercased.
    var lowered = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    var index = 0
    let count = text.count
    while index < count {
      if fastASCII, text[index] < 0x80, asciiWordClass(text[index]) != 0 {
        // Letters and digits up to a byte that ends the word for certain (ASCII, and neither
        // an apostrophe nor a hyphen, which may join it to more).
        var end = index
        var capitals = false
        while end < count {
          let kind = asciiWordClass(text[end])
          if kind == 0 { break }
          capitals = capitals || kind == 2
          end += 1
        }
        let next = end < count ? text[end] : 0x20
        if next < 0x80, next != UInt8(ascii: "'"), next != UInt8(ascii: "-") {
          let length = end - index
          if length <= 64 {
            if capitals {
              withUnsafeMutableBytes(of: &lowered) { raw in
                let buffer = raw.bindMemory(to: UInt8.self)
                for offset in 0..<length {
                  let byte = text[index + offset]
                  buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                emit(UnsafeBufferPointer(rebasing: buffer[0..<length]), position, index..<end)
              }
            } else {
              emit(UnsafeBufferPointer(rebasing: text[index..<end]), position, index..<end)
            }
            position += 1
          }
          index = end
          continue
        }
      }
      let (scalar, length) = decode(text, index)
      guard isWordCharacter(scalar) else {
        if scalar == "\u{2029}" { position += partGap }
        index += length
        continue
      }
      // A word: word characters, joined by single apostrophes and hyphens.
      folded.removeAll(keepingCapacity: true)
      parts.removeAll(keepingCapacity: true)
      var partStart = 0
      var partSource = index
      var end = index
      var cursor = index
      while cursor < count {
        let (current, size) = decode(text, cursor)
        if isWordCharacter(current) {
          appendFolded(current, to: &folded)
          cursor += size
          end = cursor
          continue
        }
        let isApostrophe = current == "'" || current == "\u{2019}" || current == "\u{02BC}"
        let isHyphen = current == "-" || current == "\u{2010}" || current == "\u{2011}"
        guard isApostrophe || isHyphen, cursor + size < count, isWordCharacter(decode(text, cursor + size).0) else {
          break
        }
        if isApostrophe {
          folded.append(UInt8(ascii: "'"))
        } else {
          parts.append((partStart..<folded.count, partSource..<end))
          partStart = folded.count
          partSource = cursor + size
        }
        cursor += size
      }
      index = end
      if folded.count > 64 { continue }  // runs of letters this long are not words
      parts.append((partStart..<folded.count, partSource..<end))
      // A part of combining marks alone folds to nothing: it is not a word.
      parts.removeAll { $0.folded.isEmpty }
      if parts.isEmpty { continue }
      folded.withUnsafeBufferPointer { all in
        guard parts.count > 1 else {
          emit(all, position, parts[0].source.lowerBound..<end)
          position += 1
          return
        }
        // The joined form first, then each part.
        emit(all, position, parts[0].source.lowerBound..<end)
        for (offset, part) in parts.enumerated() {
          emit(UnsafeBufferPointer(rebasing: all[part.folded]), position + offset, part.source)
        }
        position += parts.count
      }
    }
  }

  /// 1 for an ASCII lowercase letter or digit, 2 for a capital, 0 for any other byte.
  @inline(__always)
  static func asciiWordClass(_ byte: UInt8) -> UInt8 {
    if byte &- 0x61 < 26 || byte &- 0x30 < 10 { return 1 }
    return byte &- 0x41 < 26 ? 2 : 0
  }

  /// Decodes the UTF-8 scalar at `index` (the text is valid UTF-8); ASCII is the fast path.
  @inline(__always)
  static func decode(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Unicode.Scalar, Int) {
    let lead = text[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    var value: UInt32
    let length: Int
    if lead >= 0xF0 {
      length = 4
      value = UInt32(lead & 0x07)
    } else if lead >= 0xE0 {
      length = 3
      value = UInt32(lead & 0x0F)
    } else {
      length = 2
      value = UInt32(lead & 0x1F)
    }
    guard index + length <= text.count else { return ("\u{FFFD}", 1) }
    for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Letters and digits of any script, and combining marks (which folding drops).
  @inline(__always)
  static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
    }
    if value == 0x02BC { return false }  // a modifier letter, but written as an apostrophe
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
      .letterNumber, .nonspacingMark, .spacingMark:
      return true
    default:
      return false
    }
  }

  @inline(__always)
  static func appendFolded(_ scalar: Unicode.Scalar, to folded: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      folded.append(value >= 0x41 && value <= 0x5A ? UInt8(value) | 0x20 : UInt8(value))
    } else {
      TextFolding.appendFolded(scalar, to: &folded)
    }
  }
}
