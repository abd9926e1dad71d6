/// A compiled ECMA-262 regular expression, always with `u` flag semantics (matching on code points).
///
/// Compile once and share: a value is immutable and can be used from several threads at once; each match
/// keeps its scratch memory to itself.
public struct ECMARegex: Sendable {
  /// The original pattern text.
  public let pattern: String
  private let program: Program

  /// Compiles an ECMA-262 pattern (always with the `u` flag semantics: matching on Unicode code points).
  public init(_ pattern: String) throws(RegexSyntaxError) {
    var parser = Parser(pattern)
    let node = try parser.parse()
    let code = try Compiler.compile(node, parser: parser)
    self.pattern = pattern
    program = Program(pattern: pattern, node: node, code: code)
  }

  /// Unanchored search (like JS `RegExp.prototype.test`): does the pattern match anywhere in the input?
  public func matches(_ input: String) throws(RegexMatchError) -> Bool {
    var text = input
    let result = text.withUTF8 { bytes in
      Result { () throws(RegexMatchError) -> Bool in try matches(utf8: bytes) }
    }
    return try result.get()
  }

  /// Same, over UTF-8 bytes (the caller guarantees valid UTF-8).
  public func matches(utf8 input: UnsafeBufferPointer<UInt8>) throws(RegexMatchError) -> Bool {
    if let literal = program.literal { return literal.matches(input) }
    return try withUnsafeTemporaryAllocation(of: Frame.self, capacity: 40) { scratch throws(RegexMatchError) in
      var matcher = Matcher(program: program, input: input, scratch: scratch)
      return try matcher.search()
    }
  }
}
