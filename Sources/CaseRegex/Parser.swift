/// Recursive-descent parser for ECMA-262 patterns with the `u` flag.
struct Parser {
  /// Deepest group nesting accepted, so that parsing and compiling cannot exhaust the call stack.
  static let maxDepth = 256

  let scalars: [Unicode.Scalar]
  var index = 0
  private var depth = 0
  /// Number of capturing groups seen so far (all of them once `parse()` returns).
  private(set) var captureCount = 0
  /// Group names and their numbers.
  private(set) var groupNames: [String: Int] = [:]
  var namedReferences: [(name: String, offset: Int)] = []
  var numberedReferences: [(number: Int, offset: Int)] = []

  init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
  }

  /// Whether the pattern uses `\1` or `\k<name>`.
  var hasBackreferences: Bool {
    !namedReferences.isEmpty || !numberedReferences.isEmpty
  }

  /// Parses the whole pattern and checks its backreferences.
  mutating func parse() throws(RegexSyntaxError) -> Node {
    let node = try parseDisjunction()
    if index < scalars.count { throw error("unmatched ')'") }
    for reference in numberedReferences where reference.number > captureCount {
      throw error("invalid backreference", at: reference.offset)
    }
    for reference in namedReferences where groupNames[reference.name] == nil {
      throw error("invalid named reference", at: reference.offset)
    }
    return node
  }

  func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    let position = index + ahead
    return position < scalars.count ? scalars[position] : nil
  }

  mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
    guard peek() == scalar else { return false }
    index += 1
    return true
  }

  func error(_ message: String, at offset: Int? = nil) -> RegexSyntaxError {
    RegexSyntaxError(message: message, offset: offset ?? index)
  }

  private mutating func parseDisjunction() throws(RegexSyntaxError) -> Node {
    var alternatives = [try parseAlternative()]
    while consume("|") { alternatives.append(try parseAlternative()) }
    return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
  }

  private mutating func parseAlternative() throws(RegexSyntaxError) -> Node {
    var terms: [Node] = []
    while let scalar = peek(), scalar != "|", scalar != ")" {
      terms.append(try parseTerm())
    }
    switch terms.count {
    case 0: return .empty
    case 1: return terms[0]
    default: return .sequence(terms)
    }
  }

  private mutating func parseTerm() throws(RegexSyntaxError) -> Node {
    let start = index
    switch peek() {
    case "^":
      index += 1
      return .start
    case "$":
      index += 1
      return .end
    case "\\" where peek(1) == "b" || peek(1) == "B":
      let negated = peek(1) == "B"
      index += 2
      return .wordBoundary(negated: negated)
    case "(" where isLookaroundOpening:
      let behind = peek(2) == "<"
      let negated = peek(behind ? 3 : 2) == "!"
      index += behind ? 4 : 3
      let body = try parseGroupBody(openedAt: start)
      return .look(body, behind: behind, negated: negated)
    default:
      let capturesBefore = captureCount
      let atom = try parseAtom()
      return try parseQuantifier(on: atom, capturesBefore: capturesBefore)
    }
  }

  private var isLookaroundOpening: Bool {
    guard peek(1) == "?" else { return false }
    switch peek(2) {
    case "=", "!": return true
    case "<": return peek(3) == "=" || peek(3) == "!"
    default: return false
    }
  }

  private mutating func parseAtom() throws(RegexSyntaxError) -> Node {
    let scalar = scalars[index]
    switch scalar {
    case ".":
      index += 1
      return .any
    case "(":
      return try parseGroup()
    case "[":
      return .set(try parseClass())
    case "\\":
      return try parseAtomEscape()
    case "*", "+", "?":
      throw error("nothing to repeat")
    case "{":
      throw error(scanBraces() == nil ? "lone quantifier brackets" : "nothing to repeat")
    case "}", "]":
      throw error("lone quantifier brackets")
    default:
      index += 1
      return .char(scalar.value)
    }
  }

  private mutating func parseGroup() throws(RegexSyntaxError) -> Node {
    let start = index
    index += 1
    if consume("?") {
      if consume(":") { return try parseGroupBody(openedAt: start) }
      guard consume("<") else { throw error("invalid group", at: start) }
      let nameOffset = index
      let name = try parseGroupName()
      guard groupNames[name] == nil else { throw error("duplicate capture group name", at: nameOffset) }
      captureCount += 1
      let number = captureCount
      groupNames[name] = number
      return .capture(try parseGroupBody(openedAt: start), index: number)
    }
    captureCount += 1
    let number = captureCount
    return .capture(try parseGroupBody(openedAt: start), index: number)
  }

  /// Parses a group's disjunction and its closing parenthesis.
  private mutating func parseGroupBody(openedAt start: Int) throws(RegexSyntaxError) -> Node {
    depth += 1
    guard depth <= Parser.maxDepth else { throw error("pattern nested too deeply", at: start) }
    let body = try parseDisjunction()
    guard consume(")") else { throw error("unterminated group", at: start) }
    depth -= 1
    return body
  }

  private mutating func parseQuantifier(on atom: Node, capturesBefore: Int) throws(RegexSyntaxError) -> Node {
    let start = index
    let min: Int
    let max: Int?
    switch peek() {
    case "*": (min, max) = (0, nil)
    case "+": (min, max) = (1, nil)
    case "?": (min, max) = (0, 1)
    case "{":
      guard let braces = scanBraces() else { throw error("incomplete quantifier") }
      if let upper = braces.max, upper < braces.min {
        throw error("numbers out of order in {} quantifier", at: start)
      }
      (min, max) = (braces.min, braces.max)
      index = braces.end - 1
    default:
      return atom
    }
    index += 1
    let greedy = !consume("?")
    let captures = (capturesBefore + 1)..<(captureCount + 1)
    return .quantified(atom, min: min, max: max, greedy: greedy, captures: captures)
  }

  /// Reads `{n}`, `{n,}` or `{n,m}` at the current index without consuming it; `end` is just past the `}`.
  private func scanBraces() -> (min: Int, max: Int?, end: Int)? {
    guard let (min, afterMin) = scanDigits(from: index + 1) else { return nil }
    var position = afterMin
    var max: Int? = min
    if position < scalars.count && scalars[position] == "," {
      position += 1
      if let (upper, afterMax) = scanDigits(from: position) {
        max = upper
        position = afterMax
      } else {
        max = nil
      }
    }
    guard position < scalars.count && scalars[position] == "}" else { return nil }
    return (min, max, position + 1)
  }

  /// Reads decimal digits, saturating at `Int32.max`.
  func scanDigits(from start: Int) -> (value: Int, end: Int)? {
    var position = start
    var value = 0
    while position < scalars.count, let digit = decimalValue(scalars[position]) {
      value = Swift.min(value * 10 + digit, Int(Int32.max))
      position += 1
    }
    return position == start ? nil : (value, position)
  }
}

/// The value of an ASCII decimal digit.
func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
  ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : nil
}

/// The value of an ASCII hexadecimal digit.
func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
  switch scalar {
  case "0"..."9": scalar.value - 0x30
  case "a"..."f": scalar.value - 0x61 + 10
  case "A"..."F": scalar.value - 0x41 + 10
  default: nil
  }
}
