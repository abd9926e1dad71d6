extension JSONParserState {
  /// Parses a string at the opening quote and appends its node.
  ///
  /// Strings without escapes (almost all of them) stay in the source bytes; a string with
  /// escapes is decoded into ``decoded``. Either way the content is checked to be valid UTF-8
  /// with no raw control characters.
  mutating func parseString(_ reader: inout ByteReader) throws(JSONParseError) {
    let quote = reader.position
    let contentStart = quote + 1
    var position = scanPlain(reader.input, from: contentStart)
    while position < reader.input.count {
      let byte = reader.input[position]
      if byte == UInt8(ascii: "\"") {
        nodes.append(
          JSONTapeNode(
            kind: .string, offset: quote, a: UInt32(truncatingIfNeeded: contentStart),
            b: UInt32(truncatingIfNeeded: position - contentStart)))
        reader.position = position + 1
        return
      }
      if byte == UInt8(ascii: "\\") {
        reader.position = position
        try parseEscapedString(&reader, quote: quote, plainEnd: position)
        return
      }
      position += try plainCharacterLength(reader, at: position)
      position = scanPlain(reader.input, from: position)
    }
    throw reader.error(.unterminatedString, at: quote)
  }

  /// The length of the character at `offset`, which is neither a quote nor a backslash, or an
  /// error if it is a control character or invalid UTF-8.
  @inline(__always)
  private func plainCharacterLength(_ reader: ByteReader, at offset: Int) throws(JSONParseError) -> Int {
    let byte = reader.input[offset]
    if byte < 0x20 { throw reader.error(.controlCharacter(byte), at: offset) }
    let length = reader.validUTF8Length(at: offset)
    if length == 0 { throw reader.error(.invalidUTF8(reader.invalidSequence(at: offset)), at: offset) }
    return length
  }

  /// Decodes a string that contains escapes, from the first backslash at `reader.position`.
  private mutating func parseEscapedString(_ reader: inout ByteReader, quote: Int, plainEnd: Int) throws(JSONParseError)
  {
    let start = decoded.count
    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: reader.input[(quote + 1)..<plainEnd]))
    var position = plainEnd
    let input = reader.input
    while position < input.count {
      let byte = input[position]
      if byte == UInt8(ascii: "\"") {
        nodes.append(
          JSONTapeNode(
            kind: .string, offset: quote, a: UInt32(truncatingIfNeeded: start),
            b: UInt32(truncatingIfNeeded: decoded.count - start), escaped: true))
        reader.position = position + 1
        return
      }
      if byte == UInt8(ascii: "\\") {
        guard position + 1 < input.count else { break }
        position = try decodeEscape(reader, at: position)
        continue
      }
      let plainStart = position
      position = scanPlain(input, from: position)
      if position == plainStart { position += try plainCharacterLength(reader, at: position) }
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: input[plainStart..<position]))
    }
    throw reader.error(.unterminatedString, at: quote)
  }

  /// Decodes the escape at `offset` (a backslash) into ``decoded``; returns the offset after it.
  private mutating func decodeEscape(_ reader: ByteReader, at offset: Int) throws(JSONParseError) -> Int {
    let input = reader.input
    let escaped = input[offset + 1]
    switch escaped {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escaped)
    case UInt8(ascii: "b"): decoded.append(0x08)
    case UInt8(ascii: "f"): decoded.append(0x0C)
    case UInt8(ascii: "n"): decoded.append(0x0A)
    case UInt8(ascii: "r"): decoded.append(0x0D)
    case UInt8(ascii: "t"): decoded.append(0x09)
    case UInt8(ascii: "u"):
      return try decodeUnicodeEscape(reader, at: offset)
    default:
      let shown: String
      if escaped >= 0x21 && escaped < 0x7F {
        shown = String(Character(Unicode.Scalar(escaped)))
      } else if let (scalar, _) = reader.decodeScalar(at: offset + 1), escaped >= 0x80 {
        shown = String(Character(scalar))
      } else {
        shown = unicodeName(UInt32(escaped))
      }
      throw reader.error(.invalidEscape(shown), at: offset)
    }
    return offset + 2
  }

  /// Decodes `\uXXXX` (and a following low surrogate escape) at `offset`.
  private mutating func decodeUnicodeEscape(_ reader: ByteReader, at offset: Int) throws(JSONParseError) -> Int {
    guard let unit = hexQuad(reader.input, at: offset + 2) else {
      throw reader.error(.invalidUnicodeEscape, at: offset)
    }
    var scalarValue = UInt32(unit)
    var next = offset + 6
    if (0xDC00...0xDFFF).contains(unit) { throw reader.error(.loneSurrogate(unit), at: offset) }
    if (0xD800...0xDBFF).contains(unit) {
      let input = reader.input
      guard next + 1 < input.count, input[next] == UInt8(ascii: "\\"), input[next + 1] == UInt8(ascii: "u"),
        let low = hexQuad(input, at: next + 2), (0xDC00...0xDFFF).contains(low)
      else { throw reader.error(.loneSurrogate(unit), at: offset) }
      scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      next += 6
    }
    // swift-format-ignore: NeverForceUnwrap
    // Surrogates were excluded above, so every remaining value is a scalar.
    let scalar = Unicode.Scalar(scalarValue)!
    // swift-format-ignore: NeverForceUnwrap
    // Every Unicode scalar has a UTF-8 encoding.
    decoded.append(contentsOf: UTF8.encode(scalar)!)
    return next
  }

  private func hexQuad(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt16? {
    guard offset + 4 <= input.count else { return nil }
    var value: UInt16 = 0
    for index in offset..<offset + 4 {
      let byte = input[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt16(digit)
    }
    return value
  }
}

/// Skips printable ASCII that needs no attention inside a string (anything but `"`, `\`,
/// control characters and non-ASCII), eight bytes at a time; returns the first offset that
/// needs a closer look.
@inline(__always)
func scanPlain(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
  var position = start
  guard let base = input.baseAddress else { return position }
  let raw = UnsafeRawPointer(base)
  let ones: UInt64 = 0x0101_0101_0101_0101
  let highs: UInt64 = 0x8080_8080_8080_8080
  while position + 8 <= input.count {
    let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
    let quotes = word ^ (ones &* 0x22)
    let backslashes = word ^ (ones &* 0x5C)
    // A byte is flagged when it is zero after the XOR (a quote or backslash), below 0x20, or
    // has its high bit set. False positives only send us to the byte loop below.
    let flagged =
      ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word) | word
    if flagged & highs != 0 { break }
    position += 8
  }
  while position < input.count {
    let byte = input[position]
    if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
    position += 1
  }
  return position
}
