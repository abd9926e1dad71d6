/// One step of the backtracking machine. Positions are UTF-8 byte offsets into the input.
enum Instruction: Sendable {
  /// Consume one code point equal to the value (forward, or backward inside a lookbehind).
  case char(UInt32)
  case charBack(UInt32)
  /// Consume one code point in `Program.sets[index]`.
  case set(Int)
  case setBack(Int)
  /// Consume one code point that is not a line terminator.
  case any, anyBack
  /// A quantified single-code-point matcher, `Program.repeats[index]`.
  case repeatOne(Int)
  /// Continue at the first target; on failure, retry at the second. `memo` is a memoisation point or -1.
  case split(Int, Int, memo: Int)
  case jump(Int)
  /// Record the position in a capture slot.
  case save(Int)
  /// Reset capture slots at the start of a quantifier iteration.
  case clear(Range<Int>)
  /// Record the position in a register (start of a possibly empty iteration).
  case mark(Int)
  /// Fail if the position equals the register (an empty iteration).
  case progress(Int)
  case start, end
  case boundary(negated: Bool)
  /// Run `Program.lookarounds[index]`.
  case look(Int)
  /// Match the text of a group again.
  case backreference(Int, backward: Bool)
  /// The pattern (or a lookaround body) matched.
  case accept
}

/// What a quantified single-code-point atom matches.
enum CharMatcher: Sendable {
  case char(UInt32)
  case any
  case set(Int)
}

/// A quantifier applied to one code point matcher, run without a frame per iteration.
struct RepeatOne: Sendable {
  var matcher: CharMatcher
  var min: Int
  var max: Int
  var greedy: Bool
  var backward: Bool
  /// Giving back code points can never help the continuation, so no backtracking frame is kept.
  var possessive: Bool
  /// Memo point for the continuation after the repeat, or -1.
  var memo: Int
  /// Memo point for the loop itself (unbounded repeats only: then the state after the minimum depends on
  /// the position alone), or -1.
  var loopMemo: Int
}

/// A lookahead or lookbehind: its body runs from `body` to an `accept`; the match continues at `next`.
struct Lookaround: Sendable {
  var body: Int
  var next: Int
  var behind: Bool
  var negated: Bool
}

/// A compiled pattern: immutable, shared by every match.
///
/// The tables the matcher reads on every step live in buffers allocated once here, so that matching does
/// no reference counting on them; they are never written after `init`, which makes sharing across threads safe.
final class Program: @unchecked Sendable {
  // @unchecked: its buffers are written in init only (see above).
  let pattern: String
  let instructions: UnsafeMutableBufferPointer<Instruction>
  let repeats: UnsafeMutableBufferPointer<RepeatOne>
  let lookarounds: UnsafeMutableBufferPointer<Lookaround>
  /// ASCII membership of each set: two words per set (code points 0-63, then 64-127).
  let asciiSets: UnsafeMutableBufferPointer<UInt64>
  /// The sets themselves, for non-ASCII code points.
  let sets: [CharClass]
  /// Two slots per group (including group 0) when the pattern has backreferences, else 0.
  let captureSlots: Int
  let registerCount: Int
  /// Number of memoisation points; 0 when memoisation is unsound (backreferences).
  let memoPoints: Int
  /// The pattern can only match at position 0.
  let anchored: Bool
  /// Bytes that can start a match, when the pattern cannot match the empty string.
  let firstBytes: ByteSet?
  /// Set when the whole pattern is a literal, matched without the machine.
  let literal: LiteralPattern?

  init(pattern: String, node: Node, code: CompiledCode) {
    self.pattern = pattern
    instructions = .allocate(copying: code.instructions)
    repeats = .allocate(copying: code.repeats)
    lookarounds = .allocate(copying: code.lookarounds)
    asciiSets = .allocate(copying: code.sets.flatMap { [$0.asciiLow, $0.asciiHigh] })
    sets = code.sets
    captureSlots = code.captureSlots
    registerCount = code.registerCount
    memoPoints = code.memoPoints
    anchored = isAnchoredAtStart(node)
    firstBytes = possibleFirstBytes(node)
    literal = LiteralPattern(node)
  }

  deinit {
    instructions.deallocate()
    repeats.deallocate()
    lookarounds.deallocate()
    asciiSets.deallocate()
  }
}

extension UnsafeMutableBufferPointer {
  /// A new buffer holding a copy of `elements`.
  fileprivate static func allocate(copying elements: [Element]) -> Self {
    let buffer = allocate(capacity: elements.count)
    _ = buffer.initialize(from: elements)
    return buffer
  }
}
