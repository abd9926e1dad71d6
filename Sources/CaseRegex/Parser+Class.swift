extension Parser {
  /// One member of a character class before ranges are formed.
  private enum ClassAtom {
    case char(UInt32)
    case set(CharClass)
  }

  /// Parses `[...]` or `[^...]`; the index is at the `[`.
  mutating func parseClass() throws(RegexSyntaxError) -> CharClass {
    let start = index
    index += 1
    var result = CharClass()
    result.negated = consume("^")
    while true {
      guard let scalar = peek() else { throw error("unterminated character class", at: start) }
      if scalar == "]" {
        index += 1
        break
      }
      let atomStart = index
      let first = try parseClassAtom()
      if peek() == "-", let next = peek(1), next != "]" {
        index += 1
        let second = try parseClassAtom()
        guard case .char(let low) = first, case .char(let high) = second else {
          throw error("invalid character class", at: atomStart)
        }
        guard low <= high else { throw error("range out of order in character class", at: atomStart) }
        result.add(low...high)
      } else {
        switch first {
        case .char(let code): result.add(code...code)
        case .set(let set): result.formUnion(set)
        }
      }
    }
    result.finalize()
    return result
  }

  private mutating func parseClassAtom() throws(RegexSyntaxError) -> ClassAtom {
    let scalar = scalars[index]
    guard scalar == "\\" else {
      index += 1
      return .char(scalar.value)
    }
    let escapeStart = index
    index += 1
    guard let escaped = peek() else { throw error("\\ at end of pattern", at: escapeStart) }
    if escaped == "b" {
      index += 1
      return .char(0x08)
    }
    if let set = try parseClassEscape() { return .set(set) }
    if decimalValue(escaped).map({ $0 > 0 }) == true || escaped == "k" {
      throw error("invalid class escape", at: escapeStart)
    }
    return .char(try parseCharacterEscape(escapeStart: escapeStart, inClass: true))
  }
}
