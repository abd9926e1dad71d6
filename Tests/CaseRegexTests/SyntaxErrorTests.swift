import CaseRegex
import Testing

@Suite struct SyntaxErrorTests {
  /// Pattern, expected message, expected Unicode scalar offset.
  static let cases: [(String, String, Int)] = [
    ("(abc", "unterminated group", 0),
    ("a(b(c)", "unterminated group", 1),
    ("abc)", "unmatched ')'", 3),
    ("*a", "nothing to repeat", 0),
    ("a|+", "nothing to repeat", 2),
    ("a**", "nothing to repeat", 2),
    ("^*", "nothing to repeat", 1),
    ("(?=a)+", "nothing to repeat", 5),
    ("(?<=a)?", "nothing to repeat", 6),
    ("\\b+", "nothing to repeat", 2),
    ("{1}", "nothing to repeat", 0),
    ("a{", "incomplete quantifier", 1),
    ("a{1", "incomplete quantifier", 1),
    ("a{,5}", "incomplete quantifier", 1),
    ("{", "lone quantifier brackets", 0),
    ("a}", "lone quantifier brackets", 1),
    ("a]", "lone quantifier brackets", 1),
    ("a{3,2}", "numbers out of order in {} quantifier", 1),
    ("[abc", "unterminated character class", 0),
    ("[a\\]", "unterminated character class", 0),
    ("[z-a]", "range out of order in character class", 1),
    ("[\\d-z]", "invalid character class", 1),
    ("[a-\\w]", "invalid character class", 1),
    ("\\a", "invalid escape", 0),
    ("\\-", "invalid escape", 0),
    ("x\\e", "invalid escape", 1),
    ("[\\a]", "invalid escape", 1),
    ("\\c1", "invalid control escape", 0),
    ("\\x4", "invalid hexadecimal escape", 0),
    ("\\u12", "invalid unicode escape", 0),
    ("\\u{110000}", "invalid unicode escape", 0),
    ("\\u{}", "invalid unicode escape", 0),
    ("\\01", "invalid decimal escape", 0),
    ("[\\1]", "invalid class escape", 1),
    ("\\", "\\ at end of pattern", 0),
    ("(?i)abc", "invalid group", 0),
    ("(?P<name>x)", "invalid group", 0),
    ("(?#comment)a", "invalid group", 0),
    ("(?<1a>x)", "invalid capture group name", 3),
    ("(?<>x)", "invalid capture group name", 3),
    ("(?<a>x)(?<a>y)", "duplicate capture group name", 10),
    ("\\k<a>", "invalid named reference", 0),
    ("(?<b>x)\\k<a>", "invalid named reference", 7),
    ("\\k", "invalid named reference", 0),
    ("(a)\\2", "invalid backreference", 3),
    ("\\1", "invalid backreference", 0),
    ("\\p{Foo}", "invalid property name", 0),
    ("\\p{L", "invalid property name", 0),
    ("\\p", "invalid property name", 0),
    ("\\p{gc=Foo}", "invalid property name", 0),
    ("\\p{Script=Latin}", "unsupported unicode property", 0),
    ("\\p{scx=Grek}", "unsupported unicode property", 0),
    ("é(", "unterminated group", 1),
    ("🐲🐲)", "unmatched ')'", 2),
  ]

  @Test(arguments: cases)
  func rejects(pattern: String, message: String, offset: Int) {
    let error = syntaxError(pattern)
    #expect(error == RegexSyntaxError(message: message, offset: offset), "pattern \(pattern)")
  }

  @Test(arguments: [
    "(?<name>x)", "(?<n>a)\\k<n>", "(?<=a+)b", "[]", "[^]", "\\cA", "a{1,}", "(?:)", "()", "a|", "|",
    "[\\-\\]\\\\]", "\\/", "(?<$_a1>x)", "(?<\\u0061>x)\\k<a>", "[\\s\\S]", "\\u{10FFFF}", "(a)(b)\\2\\1",
    "a{2147483648}", "\\0", "[\\0]", "x{0,0}",
  ])
  func accepts(pattern: String) {
    #expect(syntaxError(pattern) == nil, "pattern \(pattern)")
  }

  @Test func errorDescription() {
    #expect(syntaxError("[")?.description == "unterminated character class at offset 0")
    #expect(RegexMatchError.tooComplex(pattern: "x").description.contains("too complex"))
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let pattern = String(repeating: "(", count: 10_000) + String(repeating: ")", count: 10_000)
    #expect(syntaxError(pattern)?.message == "pattern nested too deeply")
  }

  @Test func hugeExpansionIsRejected() {
    #expect(syntaxError("(ab){1000000}")?.message == "pattern too large")
  }
}
