extension Parser {
  /// Parses an escape outside a class; the index is at the backslash.
  mutating func parseAtomEscape() throws(RegexSyntaxError) -> Node {
    let start = index
    index += 1
    guard let scalar = peek() else { throw error("\\ at end of pattern", at: start) }
    if let set = try parseClassEscape() { return .set(set) }
    switch scalar {
    case "k":
      index += 1
      guard consume("<") else { throw error("invalid named reference", at: start) }
      let name = try parseGroupName()
      namedReferences.append((name, start))
      return .namedBackreference(name)
    case "1"..."9":
      guard let (number, end) = scanDigits(from: index) else { throw error("invalid escape", at: start) }
      index = end
      numberedReferences.append((number, start))
      return .backreference(number)
    default:
      return .char(try parseCharacterEscape(escapeStart: start, inClass: false))
    }
  }

  /// Parses `\d \D \s \S \w \W \p{..} \P{..}` with the index just after the backslash; nil for other escapes.
  mutating func parseClassEscape() throws(RegexSyntaxError) -> CharClass? {
    let set: CharClass
    switch peek() {
    case "d": set = .digit
    case "D": set = CharClass.digit.complemented()
    case "s": set = .space
    case "S": set = CharClass.space.complemented()
    case "w": set = .word
    case "W": set = CharClass.word.complemented()
    case "p", "P": return try parsePropertyEscape()
    default: return nil
    }
    index += 1
    return set
  }

  /// Parses `p{...}` or `P{...}` with the index at the `p`.
  private mutating func parsePropertyEscape() throws(RegexSyntaxError) -> CharClass {
    let start = index - 1
    let negated = scalars[index] == "P"
    index += 1
    guard consume("{") else { throw error("invalid property name", at: start) }
    var name = ""
    var value: String?
    while let scalar = peek(), scalar != "}" {
      index += 1
      if scalar == "=" && value == nil {
        value = ""
      } else if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || decimalValue(scalar) != nil
        || scalar == "_"
      {
        // swift-format-ignore: NeverForceUnwrap
        // The other branch handles nil.
        if value == nil { name.unicodeScalars.append(scalar) } else { value!.unicodeScalars.append(scalar) }
      } else {
        throw error("invalid property name", at: start)
      }
    }
    guard consume("}"), !name.isEmpty, value?.isEmpty != true else {
      throw error("invalid property name", at: start)
    }
    switch lookupProperty(name: name, value: value) {
    case .property(let property):
      return CharClass(property: PropertyTest(property: property, negated: negated))
    case .ranges(let ranges):
      let set = CharClass(ranges: ranges)
      return negated ? set.complemented() : set
    case .unsupported:
      throw error("unsupported unicode property", at: start)
    case .unknown:
      throw error("invalid property name", at: start)
    }
  }

  /// Parses a CharacterEscape (shared by atoms and classes) with the index just after the backslash.
  mutating func parseCharacterEscape(escapeStart: Int, inClass: Bool) throws(RegexSyntaxError) -> UInt32 {
    let scalar = scalars[index]
    index += 1
    switch scalar {
    case "t": return 0x09
    case "n": return 0x0A
    case "v": return 0x0B
    case "f": return 0x0C
    case "r": return 0x0D
    case "0":
      if let next = peek(), decimalValue(next) != nil { throw error("invalid decimal escape", at: escapeStart) }
      return 0
    case "c":
      guard let letter = peek(), ("a"..."z").contains(letter) || ("A"..."Z").contains(letter) else {
        throw error("invalid control escape", at: escapeStart)
      }
      index += 1
      return letter.value % 32
    case "x":
      guard let high = peek().flatMap(hexValue), let low = peek(1).flatMap(hexValue) else {
        throw error("invalid hexadecimal escape", at: escapeStart)
      }
      index += 2
      return high * 16 + low
    case "u":
      return try parseUnicodeEscape(escapeStart: escapeStart)
    case "-" where inClass:
      return scalar.value
    case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
      return scalar.value
    default:
      throw error("invalid escape", at: escapeStart)
    }
  }

  /// Parses `XXXX`, `XXXX\uXXXX` (a surrogate pair) or `{X...}` after `\u`.
  mutating func parseUnicodeEscape(escapeStart: Int) throws(RegexSyntaxError) -> UInt32 {
    if consume("{") {
      var value: UInt32 = 0
      var digits = 0
      while let digit = peek().flatMap(hexValue) {
        value = value * 16 + digit
        guard value <= 0x10FFFF else { throw error("invalid unicode escape", at: escapeStart) }
        digits += 1
        index += 1
      }
      guard digits > 0, consume("}") else { throw error("invalid unicode escape", at: escapeStart) }
      return value
    }
    guard let lead = hex4(at: index) else { throw error("invalid unicode escape", at: escapeStart) }
    index += 4
    if (0xD800...0xDBFF).contains(lead), peek() == "\\", peek(1) == "u", let trail = hex4(at: index + 2),
      (0xDC00...0xDFFF).contains(trail)
    {
      index += 6
      return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
    }
    return lead
  }

  private func hex4(at position: Int) -> UInt32? {
    guard position + 4 <= scalars.count else { return nil }
    var value: UInt32 = 0
    for offset in 0..<4 {
      guard let digit = hexValue(scalars[position + offset]) else { return nil }
      value = value * 16 + digit
    }
    return value
  }

  /// Parses a group name up to and including `>`; the index is just after `<`.
  mutating func parseGroupName() throws(RegexSyntaxError) -> String {
    let start = index
    var name = String.UnicodeScalarView()
    while true {
      guard var scalar = peek() else { throw error("invalid capture group name", at: start) }
      let escapeStart = index
      index += 1
      if scalar == ">" { break }
      if scalar == "\\" {
        guard consume("u"), let escaped = Unicode.Scalar(try parseUnicodeEscape(escapeStart: escapeStart)) else {
          throw error("invalid capture group name", at: start)
        }
        scalar = escaped
      }
      let valid =
        name.isEmpty
        ? scalar == "$" || scalar == "_" || scalar.properties.isIDStart
        : scalar == "$" || scalar == "\u{200C}" || scalar == "\u{200D}" || scalar.properties.isIDContinue
      guard valid else { throw error("invalid capture group name", at: start) }
      name.append(scalar)
    }
    guard !name.isEmpty else { throw error("invalid capture group name", at: start) }
    return String(name)
  }
}
