extension JSONParserState {
  /// Parses a number at `-` or a digit and appends its node; the lexeme is kept as written.
  mutating func parseNumber(_ reader: inout ByteReader) throws(JSONParseError) {
    let input = reader.input
    let start = reader.position
    var position = start
    if input[position] == UInt8(ascii: "-") {
      position += 1
      guard position < input.count, isDigit(input[position]) else {
        if position < input.count, input[position] == UInt8(ascii: "I") {
          let word = readWord(input, from: position)
          if word == "Infinity" { throw reader.error(.nonFiniteNumber("-Infinity"), at: start) }
        }
        throw reader.error(.invalidNumber("expected a digit after '-'"), at: position)
      }
    }
    if input[position] == UInt8(ascii: "0") {
      position += 1
      if position < input.count, isDigit(input[position]) { throw reader.error(.leadingZero, at: start) }
    } else {
      position = skipDigits(input, from: position)
    }
    if position < input.count, input[position] == UInt8(ascii: ".") {
      position += 1
      guard position < input.count, isDigit(input[position]) else {
        throw reader.error(.invalidNumber("expected a digit after the decimal point"), at: position)
      }
      position = skipDigits(input, from: position)
    }
    if position < input.count, input[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < input.count, input[position] == UInt8(ascii: "+") || input[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard position < input.count, isDigit(input[position]) else {
        throw reader.error(.invalidNumber("expected a digit in the exponent"), at: position)
      }
      position = skipDigits(input, from: position)
    }
    nodes.append(
      JSONTapeNode(
        kind: .number, offset: start, a: UInt32(truncatingIfNeeded: start),
        b: UInt32(truncatingIfNeeded: position - start)))
    reader.position = position
  }

  /// Parses `true`, `false` or `null`, or reports what stands where a value should be.
  mutating func parseLiteral(_ reader: inout ByteReader) throws(JSONParseError) {
    let input = reader.input
    let start = reader.position
    let byte = input[start]
    let literal: (text: StaticString, kind: JSONTapeKind)?
    switch byte {
    case UInt8(ascii: "t"): literal = ("true", .true)
    case UInt8(ascii: "f"): literal = ("false", .false)
    case UInt8(ascii: "n"): literal = ("null", .null)
    default: literal = nil
    }
    if let literal {
      let length = literal.text.utf8CodeUnitCount
      let matched = literal.text.withUTF8Buffer { text in
        input.count - start >= length && input[start..<start + length].elementsEqual(text)
          && (start + length == input.count || !isWordByte(input[start + length]))
      }
      if matched {
        nodes.append(JSONTapeNode(kind: literal.kind, offset: start))
        reader.position = start + length
        return
      }
    }
    switch byte {
    case UInt8(ascii: "'"): throw reader.error(.singleQuotes, at: start)
    case UInt8(ascii: "/"): throw reader.error(.comment, at: start)
    case UInt8(ascii: "+"): throw reader.error(.invalidNumber("a number cannot start with '+'"), at: start)
    case UInt8(ascii: "."):
      throw reader.error(.invalidNumber("a number needs a digit before the decimal point"), at: start)
    default: break
    }
    if isWordByte(byte) {
      let word = readWord(input, from: start)
      if word == "NaN" || word == "Infinity" { throw reader.error(.nonFiniteNumber(word), at: start) }
      throw reader.error(.unknownWord(word), at: start)
    }
    if byte >= 0x80 && reader.validUTF8Length(at: start) == 0 {
      throw reader.error(.invalidUTF8(reader.invalidSequence(at: start)), at: start)
    }
    throw reader.error(.expectedValue(found: reader.describeCurrent()), at: start)
  }
}

@inline(__always)
private func isDigit(_ byte: UInt8) -> Bool {
  byte &- UInt8(ascii: "0") < 10
}

@inline(__always)
private func skipDigits(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
  var position = start
  while position < input.count, isDigit(input[position]) { position += 1 }
  return position
}

/// ASCII letters, digits and `_`: the bytes of a bare word such as `True` or `undefined`.
private func isWordByte(_ byte: UInt8) -> Bool {
  let lower = byte | 0x20
  return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || isDigit(byte) || byte == UInt8(ascii: "_")
}

/// The bare word at `start`, at most 40 characters, for error messages.
private func readWord(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
  var end = start
  while end < input.count, end - start < 40, isWordByte(input[end]) { end += 1 }
  return String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
}
