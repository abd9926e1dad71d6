/// The output of `Compiler`.
struct CompiledCode {
  var instructions: [Instruction] = []
  var sets: [CharClass] = []
  var repeats: [RepeatOne] = []
  var lookarounds: [Lookaround] = []
  var captureSlots = 0
  var registerCount = 0
  var memoPoints = 0
}

/// Turns a syntax tree into instructions for the backtracking machine.
///
/// Captures are only compiled when the pattern has backreferences: otherwise they cannot change whether
/// the pattern matches, and leaving them out makes every state depend only on (instruction, position),
/// which is what makes memoisation sound.
struct Compiler {
  /// Largest program accepted (large counted repeats of groups are expanded).
  static let maxInstructions = 100_000

  private var code = CompiledCode()
  private let capturing: Bool
  private let groupNames: [String: Int]

  private init(capturing: Bool, groupNames: [String: Int]) {
    self.capturing = capturing
    self.groupNames = groupNames
  }

  /// Compiles a parsed pattern; `parser` supplies the group count and names.
  static func compile(_ node: Node, parser: Parser) throws(RegexSyntaxError) -> CompiledCode {
    var compiler = Compiler(capturing: parser.hasBackreferences, groupNames: parser.groupNames)
    if compiler.capturing { compiler.code.captureSlots = 2 * (parser.captureCount + 1) }
    try compiler.emit(node, backward: false)
    compiler.code.instructions.append(.accept)
    compiler.markPossessiveRepeats()
    return compiler.code
  }

  private mutating func emit(_ node: Node, backward: Bool) throws(RegexSyntaxError) {
    guard code.instructions.count <= Compiler.maxInstructions else {
      throw RegexSyntaxError(message: "pattern too large", offset: 0)
    }
    switch node {
    case .empty:
      break
    case .char(let value):
      append(backward ? .charBack(value) : .char(value))
    case .any:
      append(backward ? .anyBack : .any)
    case .set(let set):
      let index = addSet(set)
      append(backward ? .setBack(index) : .set(index))
    case .sequence(let items):
      for item in backward ? items.reversed() : items { try emit(item, backward: backward) }
    case .alternation(let alternatives):
      try emitAlternation(alternatives, backward: backward)
    case .capture(let body, let number):
      if capturing { append(.save(backward ? 2 * number + 1 : 2 * number)) }
      try emit(body, backward: backward)
      if capturing { append(.save(backward ? 2 * number : 2 * number + 1)) }
    case .look(let body, let behind, let negated):
      let index = code.lookarounds.count
      code.lookarounds.append(Lookaround(body: code.instructions.count + 1, next: 0, behind: behind, negated: negated))
      append(.look(index))
      try emit(body, backward: behind)
      append(.accept)
      code.lookarounds[index].next = code.instructions.count
    case .quantified(let body, let min, let max, let greedy, let captures):
      try emitQuantified(body, min: min, max: max, greedy: greedy, captures: captures, backward: backward)
    case .start:
      append(.start)
    case .end:
      append(.end)
    case .wordBoundary(let negated):
      append(.boundary(negated: negated))
    case .backreference(let number):
      append(.backreference(number, backward: backward))
    case .namedBackreference(let name):
      append(.backreference(groupNames[name] ?? 0, backward: backward))
    }
  }

  private mutating func emitAlternation(_ alternatives: [Node], backward: Bool) throws(RegexSyntaxError) {
    var exits: [Int] = []
    for alternative in alternatives.dropLast() {
      let split = placeholder()
      try emit(alternative, backward: backward)
      exits.append(placeholder())
      code.instructions[split] = .split(split + 1, code.instructions.count, memo: newMemoPoint())
    }
    if let last = alternatives.last { try emit(last, backward: backward) }
    for exit in exits { code.instructions[exit] = .jump(code.instructions.count) }
  }

  private mutating func emitQuantified(
    _ body: Node, min: Int, max: Int?, greedy: Bool, captures: Range<Int>, backward: Bool
  ) throws(RegexSyntaxError) {
    if let matcher = singleCodePointMatcher(body) {
      let repeatOne = RepeatOne(
        matcher: matcher, min: min, max: max ?? Int.max, greedy: greedy, backward: backward,
        possessive: false, memo: newMemoPoint(), loopMemo: max == nil ? newMemoPoint() : -1)
      code.repeats.append(repeatOne)
      append(.repeatOne(code.repeats.count - 1))
      return
    }
    let slots = capturing && !captures.isEmpty ? (2 * captures.lowerBound)..<(2 * captures.upperBound) : nil
    for _ in 0..<min {
      if let slots { append(.clear(slots)) }
      try emit(body, backward: backward)
    }
    if max == min { return }
    let register = body.isNullable ? newRegister() : nil
    if let max {
      var splits: [Int] = []
      for _ in min..<max {
        splits.append(placeholder())
        try emitIteration(body, slots: slots, register: register, backward: backward)
      }
      let exit = code.instructions.count
      for split in splits {
        code.instructions[split] =
          greedy
          ? .split(split + 1, exit, memo: newMemoPoint()) : .split(exit, split + 1, memo: newMemoPoint())
      }
    } else {
      let loop = placeholder()
      try emitIteration(body, slots: slots, register: register, backward: backward)
      append(.jump(loop))
      let exit = code.instructions.count
      code.instructions[loop] =
        greedy
        ? .split(loop + 1, exit, memo: newMemoPoint()) : .split(exit, loop + 1, memo: newMemoPoint())
    }
  }

  /// One optional iteration: ECMA-262 resets inner captures and rejects iterations that match the empty string.
  private mutating func emitIteration(
    _ body: Node, slots: Range<Int>?, register: Int?, backward: Bool
  ) throws(RegexSyntaxError) {
    if let register { append(.mark(register)) }
    if let slots { append(.clear(slots)) }
    try emit(body, backward: backward)
    if let register { append(.progress(register)) }
  }

  private mutating func singleCodePointMatcher(_ node: Node) -> CharMatcher? {
    switch node {
    case .char(let value): .char(value)
    case .any: .any
    case .set(let set): .set(addSet(set))
    case .capture(let body, _) where !capturing: singleCodePointMatcher(body)
    default: nil
    }
  }

  /// A forward greedy repeat needs no backtracking frame when giving back a code point cannot satisfy the
  /// next instruction: `$` right after it, or a literal code point the repeat cannot match.
  private mutating func markPossessiveRepeats() {
    for (pc, instruction) in code.instructions.enumerated() {
      guard case .repeatOne(let index) = instruction else { continue }
      let repeatOne = code.repeats[index]
      guard repeatOne.greedy, !repeatOne.backward else { continue }
      switch code.instructions[pc + 1] {
      case .end:
        code.repeats[index].possessive = true
      case .char(let value):
        code.repeats[index].possessive = !matches(repeatOne.matcher, value)
      default:
        break
      }
    }
  }

  private func matches(_ matcher: CharMatcher, _ value: UInt32) -> Bool {
    switch matcher {
    case .char(let expected): expected == value
    case .any: !isLineTerminator(value)
    case .set(let index): code.sets[index].contains(value)
    }
  }

  private mutating func append(_ instruction: Instruction) {
    code.instructions.append(instruction)
  }

  private mutating func placeholder() -> Int {
    append(.jump(-1))
    return code.instructions.count - 1
  }

  private mutating func addSet(_ set: CharClass) -> Int {
    code.sets.append(set)
    return code.sets.count - 1
  }

  private mutating func newMemoPoint() -> Int {
    guard !capturing else { return -1 }
    code.memoPoints += 1
    return code.memoPoints - 1
  }

  private mutating func newRegister() -> Int {
    code.registerCount += 1
    return code.registerCount - 1
  }
}

/// `\n`, `\r`, U+2028 and U+2029, which `.` does not match.
@inline(__always)
func isLineTerminator(_ value: UInt32) -> Bool {
  value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029
}
