/// A pattern that is not valid ECMA-262 syntax (with the `u` flag), or that this engine cannot compile.
public struct RegexSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, lowercase and without a trailing period, e.g. "unterminated character class".
  public var message: String
  /// Offset, in Unicode scalars, into the pattern where the problem was found.
  public var offset: Int

  /// Creates an error with a message and a Unicode scalar offset into the pattern.
  public init(message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }

  /// The message followed by its offset, e.g. "nothing to repeat at offset 0".
  public var description: String { "\(message) at offset \(offset)" }
}

/// A failure while matching a compiled pattern against an input.
public enum RegexMatchError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The match used up its step budget (typically a pattern with backreferences that backtracks exponentially).
  case tooComplex(pattern: String)

  /// A sentence naming the pattern and the problem.
  public var description: String {
    switch self {
    case .tooComplex(let pattern):
      "pattern \(pattern) is too complex to match in reasonable time"
    }
  }
}
