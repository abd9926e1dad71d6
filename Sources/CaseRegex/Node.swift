/// The syntax tree of a parsed pattern.
indirect enum Node: Sendable {
  /// Matches the empty string.
  case empty
  /// One code point.
  case char(UInt32)
  /// `.`: any code point except a line terminator.
  case any
  /// A character class or class escape.
  case set(CharClass)
  /// Terms matched one after the other.
  case sequence([Node])
  /// Alternatives tried in order.
  case alternation([Node])
  /// A capturing group with its 1-based number.
  case capture(Node, index: Int)
  /// A lookahead or lookbehind assertion.
  case look(Node, behind: Bool, negated: Bool)
  /// A quantified atom; `captures` are the group numbers inside it, reset on each iteration.
  case quantified(Node, min: Int, max: Int?, greedy: Bool, captures: Range<Int>)
  /// `^` (no multiline flag: start of input only).
  case start
  /// `$` (no multiline flag: end of input only).
  case end
  /// `\b` or `\B`.
  case wordBoundary(negated: Bool)
  /// `\1`, `\2`, ...
  case backreference(Int)
  /// `\k<name>`.
  case namedBackreference(String)

  /// Whether the node can match without consuming input.
  var isNullable: Bool {
    switch self {
    case .char, .any, .set:
      false
    case .sequence(let items):
      items.allSatisfy(\.isNullable)
    case .alternation(let alternatives):
      alternatives.contains(where: \.isNullable)
    case .capture(let body, _):
      body.isNullable
    case .quantified(let body, let min, _, _, _):
      min == 0 || body.isNullable
    case .empty, .look, .start, .end, .wordBoundary, .backreference, .namedBackreference:
      true
    }
  }
}
