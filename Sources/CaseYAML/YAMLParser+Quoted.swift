extension YAMLParser {
  /// Reads a single- or double-quoted scalar starting at its opening quote, and leaves
  /// `position` just after the closing quote.
  ///
  /// Line breaks fold as in plain scalars: spaces around a break are dropped, one break becomes
  /// a space and each empty line a `\n`. In single quotes `''` is a quote; in double quotes
  /// backslash escapes apply, and a backslash at the end of a line joins the lines with nothing
  /// between them (PyYAML writes long strings this way, with `\ ` for a space that starts a line).
  mutating func scanQuoted() throws(YAMLParseError) -> YAMLScalar {
    let quote = input[position]
    let isDouble = quote == UInt8(ascii: "\"")
    let location = location(position)
    var text: [UInt8] = []
    position += 1
    while true {
      let runStart = position
      while position < end {
        let byte = input[position]
        if byte == quote || isBlank(byte) || isBreak(byte) || (isDouble && byte == UInt8(ascii: "\\")) { break }
        position += 1
      }
      text.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<position]))
      guard position < end else {
        throw YAMLParseError(kind: .unterminatedQuotedScalar(doubleQuoted: isDouble), location: location)
      }
      let byte = input[position]
      if byte == quote {
        position += 1
        guard !isDouble && position < end && input[position] == quote else { break }
        text.append(quote)
        position += 1
      } else if byte == UInt8(ascii: "\\") {
        try scanEscape(into: &text)
      } else {
        let blanksStart = position
        skipBlanks()
        if position < end && isBreak(input[position]) {
          appendFolded(breaks: try skipQuotedBreaks(), to: &text)
        } else {
          text.append(contentsOf: UnsafeBufferPointer(rebasing: input[blanksStart..<position]))
        }
      }
    }
    return YAMLScalar(
      text: String(decoding: text, as: UTF8.self), style: isDouble ? .doubleQuoted : .singleQuoted,
      location: location)
  }

  /// Skips the line breaks at `position` and the blanks starting each following line; returns
  /// the number of breaks.
  private mutating func skipQuotedBreaks() throws(YAMLParseError) -> Int {
    var breaks = 0
    while position < end && isBreak(input[position]) {
      consumeBreak()
      breaks += 1
      if documentMarker() != nil { throw error(.documentMarkerInside(flowCollection: false), at: position) }
      skipBlanks()
    }
    return breaks
  }

  /// Appends what `breaks` folded line breaks become: a space for one, else a `\n` for each
  /// empty line.
  private func appendFolded(breaks: Int, to text: inout [UInt8]) {
    if breaks == 1 {
      text.append(UInt8(ascii: " "))
    } else {
      text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks - 1))
    }
  }

  /// Reads the escape at the backslash at `position` and appends what it stands for. At the end
  /// of the text it reads nothing, so that the caller reports the missing closing quote.
  private mutating func scanEscape(into text: inout [UInt8]) throws(YAMLParseError) {
    let backslash = position
    position += 1
    guard position < end else { return }
    let letter = input[position]
    position += 1
    switch letter {
    case UInt8(ascii: "0"): text.append(0x00)
    case UInt8(ascii: "a"): text.append(0x07)
    case UInt8(ascii: "b"): text.append(0x08)
    case UInt8(ascii: "t"), UInt8(ascii: "\t"): text.append(0x09)
    case UInt8(ascii: "n"): text.append(0x0A)
    case UInt8(ascii: "v"): text.append(0x0B)
    case UInt8(ascii: "f"): text.append(0x0C)
    case UInt8(ascii: "r"): text.append(0x0D)
    case UInt8(ascii: "e"): text.append(0x1B)
    case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"): text.append(letter)
    case UInt8(ascii: "N"): appendUTF8("\u{85}", to: &text)
    case UInt8(ascii: "_"): appendUTF8("\u{A0}", to: &text)
    case UInt8(ascii: "L"): appendUTF8("\u{2028}", to: &text)
    case UInt8(ascii: "P"): appendUTF8("\u{2029}", to: &text)
    case UInt8(ascii: "x"):
      // Two hexadecimal digits are always a Unicode scalar value.
      let value = try scanHexDigits(2, letter: "x", backslash: backslash)
      appendUTF8(Unicode.Scalar(UInt8(value)), to: &text)
    case UInt8(ascii: "u"):
      appendUTF8(try scanUTF16Escape(backslash: backslash), to: &text)
    case UInt8(ascii: "U"):
      let value = try scanHexDigits(8, letter: "U", backslash: backslash)
      guard let scalar = Unicode.Scalar(value) else { throw error(.invalidCodePoint(value), at: backslash) }
      appendUTF8(scalar, to: &text)
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
      // An escaped line break: the lines join with nothing between them, but each empty line
      // after the break still stands for a `\n`.
      position -= 1
      let breaks = try skipQuotedBreaks()
      text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks - 1))
    default:
      var next = position
      while next < end && input[next] & 0xC0 == 0x80 { next += 1 }
      let escape = String(decoding: UnsafeBufferPointer(rebasing: input[position - 1..<next]), as: UTF8.self)
      throw error(.invalidEscape(escape), at: backslash)
    }
  }

  /// Reads a `\u` escape's four digits, and a second `\u` escape when the first is the high half
  /// of a UTF-16 surrogate pair (as JSON writers produce for characters beyond U+FFFF).
  private mutating func scanUTF16Escape(backslash: Int) throws(YAMLParseError) -> Unicode.Scalar {
    let unit = try scanHexDigits(4, letter: "u", backslash: backslash)
    if let scalar = Unicode.Scalar(unit) { return scalar }
    let lowStart = position
    guard unit < 0xDC00, position + 1 < end, input[position] == UInt8(ascii: "\\"),
      input[position + 1] == UInt8(ascii: "u")
    else { throw error(.loneSurrogate(unit), at: backslash) }
    position += 2
    let low = try scanHexDigits(4, letter: "u", backslash: lowStart)
    guard (0xDC00...0xDFFF).contains(low), let scalar = Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00))
    else { throw error(.loneSurrogate(unit), at: backslash) }
    return scalar
  }

  /// Reads exactly `count` hexadecimal digits.
  private mutating func scanHexDigits(_ count: Int, letter: Character, backslash: Int) throws(YAMLParseError) -> UInt32
  {
    var value: UInt32 = 0
    for _ in 0..<count {
      guard position < end, let digit = hexValue(input[position]) else {
        throw error(.invalidHexEscape(letter: letter, digits: count), at: backslash)
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }
}

/// The value of a hexadecimal digit, or nil.
private func hexValue(_ byte: UInt8) -> UInt32? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
  default: return nil
  }
}
