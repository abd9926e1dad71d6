import CaseRegex
import Testing

@Suite struct SyntaxFeatureTests {
  @Test func literalsAndSearch() {
    #expect(matches("abc", "xxabcxx"))
    #expect(!matches("abc", "abx"))
    #expect(matches("", "anything"))
    #expect(matches("a+", "xxaayy"))
    #expect(matches("é", "café"))
  }

  @Test func anchors() {
    #expect(matches("^abc$", "abc"))
    #expect(!matches("^abc$", "abc\n"))
    #expect(!matches("^abc$", "xabc"))
    #expect(matches("^$", ""))
    #expect(!matches("^$", "\n"))
    #expect(matches("a$|^b", "xa"))
    #expect(matches("a$|^b", "bx"))
    #expect(!matches("a$|^b", "xbx"))
    #expect(!matches("a^", "a"))
  }

  @Test func alternationAndGroups() {
    #expect(matches("^(cat|dog)s?$", "dogs"))
    #expect(!matches("^(cat|dog)s?$", "cow"))
    #expect(matches("^(?:a|b)+c$", "ababc"))
    #expect(matches("^(?<word>[a-z]+)-\\d$", "abc-1"))
    #expect(matches("^(|a)$", ""))
    #expect(matches("^a||b$", "zzz"))
  }

  @Test func quantifiers() {
    #expect(matches("^a*$", ""))
    #expect(matches("^a+$", "aaa"))
    #expect(!matches("^a+$", ""))
    #expect(matches("^ab?c$", "ac"))
    #expect(matches("^a{3}$", "aaa"))
    #expect(!matches("^a{3}$", "aaaa"))
    #expect(matches("^a{2,}$", "aaaaa"))
    #expect(!matches("^a{2,}$", "a"))
    #expect(matches("^a{2,3}$", "aaa"))
    #expect(!matches("^a{2,3}$", "aaaa"))
    #expect(matches("^(ab){2}$", "abab"))
    #expect(matches("^(ab){1,2}c$", "ababc"))
    #expect(!matches("^(ab){1,2}c$", "abababc"))
    #expect(matches("^a{0}$", ""))
    #expect(matches("^a*?b$", "aab"))
    #expect(matches("^a+?$", "aaa"))
    #expect(matches("^(a|ab)(c|bcd)(d*)$", "abcd"))
    #expect(matches("^a??b$", "ab"))
    #expect(matches("^(?:a{1,2}?)b$", "aab"))
    #expect(matches("^(a*)*$", "aaa"))
    #expect(matches("^(a*)+b$", "aab"))
    #expect(matches("^(?:a?)*?$", "aa"))
    #expect(matches("^x{1,3}?y$", "xxxy"))
  }

  @Test func dot() {
    #expect(matches("^.$", "a"))
    #expect(matches("^.$", "🐲"))
    #expect(!matches("^.$", "\n"))
    #expect(!matches("^.$", "\r"))
    #expect(!matches("^.$", "\u{2028}"))
    #expect(!matches("^.$", "\u{2029}"))
    #expect(matches("^.$", "\u{85}"))
    #expect(matches("^...$", "a🐲é"))
  }

  @Test func nonBMP() {
    #expect(matches("^🐲*$", "🐲🐲"))
    #expect(matches("^🐲*$", ""))
    #expect(!matches("^🐲*$", "🐉"))
    #expect(matches("^[🐲🐉]+$", "🐉🐲"))
    #expect(matches("^[😀-😏]$", "😃"))
    #expect(!matches("^[😀-😏]$", "😐"))
    #expect(matches("^\\uD83D\\uDE00$", "😀"))
    #expect(matches("^\\u{1F600}$", "😀"))
    #expect(matches("^[\\uD83D\\uDE00-\\uD83D\\uDE0F]$", "😃"))
    #expect(!matches("^\\uD83D$", "😀"))
    #expect(matches("^[^a]$", "😀"))
    #expect(matches("^\\S$", "😀"))
  }

  @Test func classes() {
    #expect(matches("^[a-z0-9-]+$", "abc-123"))
    #expect(!matches("^[a-z0-9-]+$", "abc_123"))
    #expect(matches("^[^abc]$", "d"))
    #expect(!matches("^[^abc]$", "a"))
    #expect(!matches("[]", "a"))
    #expect(matches("^[^]$", "\n"))
    #expect(matches("^[-a]$", "-"))
    #expect(matches("^[a-]$", "-"))
    #expect(matches("^[\\-]$", "-"))
    #expect(matches("^[\\]]$", "]"))
    #expect(matches("^[\\b]$", "\u{8}"))
    #expect(matches("^[\\d\\s]+$", "1 2"))
    #expect(matches("^[^\\d]+$", "ab"))
    #expect(matches("^[\\D]+$", "ab"))
    #expect(!matches("^[\\D]+$", "a1"))
    #expect(matches("^[\\w.]+@[\\w.]+$", "a.b@c.d"))
    #expect(matches("^[.]$", "."))
    #expect(!matches("^[.]$", "a"))
    #expect(matches("^[--0]$", "."))
    #expect(matches("^[a-c-e]$", "-"))
    #expect(matches("^[\\0]$", "\u{0}"))
  }

  @Test func classEscapes() {
    #expect(matches("^\\d$", "0"))
    #expect(!matches("^\\d$", "\u{07C0}"))
    #expect(matches("^\\D$", "\u{07C0}"))
    #expect(matches("^\\w$", "_"))
    #expect(!matches("^\\w$", "é"))
    #expect(matches("^\\W$", "é"))
    for space in [
      " ", "\t", "\u{B}", "\u{C}", "\u{A0}", "\u{FEFF}", "\n", "\r", "\u{2028}", "\u{2029}",
      "\u{2003}", "\u{1680}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}",
    ] {
      #expect(matches("^\\s$", space), "\\s should match U+\(String(space.unicodeScalars.first!.value, radix: 16))")
      #expect(!matches("^\\S$", space))
    }
    #expect(!matches("^\\s$", "\u{1}"))
    #expect(!matches("^\\s$", "\u{2013}"))
    #expect(!matches("^\\s$", "\u{180E}"))
    #expect(matches("^\\S$", "\u{2013}"))
  }

  @Test func characterEscapes() {
    #expect(matches("^\\t\\n\\v\\f\\r$", "\t\n\u{B}\u{C}\r"))
    #expect(matches("^\\0$", "\u{0}"))
    #expect(matches("^\\cC$", "\u{3}"))
    #expect(matches("^\\cc$", "\u{3}"))
    #expect(!matches("^\\cC$", "\\cC"))
    #expect(matches("^\\x41$", "A"))
    #expect(matches("^\\u0041$", "A"))
    #expect(matches("^\\u{41}$", "A"))
    #expect(matches("^\\u{0000000041}$", "A"))
    #expect(matches("^\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/$", "^$\\.*+?()[]{}|/"))
    #expect(matches("^/$", "/"))
  }

  @Test func wordBoundaries() {
    #expect(matches("\\bfoo\\b", "a foo b"))
    #expect(!matches("\\bfoo\\b", "afoob"))
    #expect(matches("\\Boo\\B", "afoob"))
    #expect(matches("^\\b", "a"))
    #expect(!matches("^\\b", " "))
    #expect(!matches("é\\b", "é"))
    #expect(!matches("a\\Bé", "aé"))
  }

  @Test func lookahead() {
    #expect(matches("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abc123"))
    #expect(!matches("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abcdef"))
    #expect(matches("^(?!foo)\\w+$", "bar"))
    #expect(!matches("^(?!foo)\\w+$", "foobar"))
    #expect(matches("a(?=b)", "ab"))
    #expect(!matches("a(?=b)", "ac"))
    #expect(matches("^(?=(a+))a*b$", "aab"))
  }

  @Test func lookbehind() {
    #expect(matches("(?<=\\$)\\d+", "cost: $42"))
    #expect(!matches("(?<=\\$)\\d+", "cost: 42"))
    #expect(matches("(?<!\\$)\\b\\d+", "cost: 42"))
    #expect(!matches("^.*(?<!\\$)\\b\\d+$", "$42"))
    #expect(matches("(?<=a+)b", "aaab"))
    #expect(matches("(?<=^a*)b", "aab"))
    #expect(!matches("(?<=^a*)b", "acb"))
    #expect(matches("(?<=🐲)x", "🐲x"))
    #expect(matches("(?<=[🐲🐉].)x", "🐉ax"))
    #expect(matches("(?<=(?=ab)a)b", "ab"))
    #expect(matches("(?<=ab|cde)f", "cdef"))
    #expect(!matches("(?<=ab|cde)f", "def"))
    #expect(matches("(?<=a{2})b", "aab"))
    #expect(!matches("(?<=a{2})b", "ab"))
    #expect(matches("x(?<=[a-z]x)", "ax"))
  }

  @Test func backreferences() {
    #expect(matches("^(a+)b\\1$", "aabaa"))
    #expect(!matches("^(a+)b\\1$", "aaba"))
    #expect(matches("^(?<q>['\"]).*\\k<q>$", "'hi'"))
    #expect(!matches("^(?<q>['\"]).*\\k<q>$", "'hi\""))
    #expect(matches("^\\k<x>(?<x>a)$", "a"))
    #expect(matches("^(a)|\\1b$", "b"))
    #expect(matches("^(?:(a)|b)\\1$", "b"))
    #expect(matches("^(?:(a)|b)*\\1$", "ab"))
    #expect(matches("^(🐲)\\1$", "🐲🐲"))
    #expect(matches("(?<=\\1(a))b", "aab"))
    #expect(!matches("(?<=\\1(a))b", "cab"))
    #expect(matches("^(?=(a+))\\1b$", "aab"))
    #expect(!matches("^(?=(a+?))\\1b$", "aab"))
    #expect(matches("^(?!(a))\\1b$", "b"))
    #expect(matches("^(a)?(?:\\1b)$", "b"))
    // Each iteration resets the captures inside it, so after "b" group 1 is unset and \1 matches empty.
    #expect(!matches("^(?:(a)|(b))+\\1$", "aba"))
    #expect(matches("^(?:(a)|(b))+\\1$", "abb"))
    #expect(matches("^(?:(a)|(b))+\\1$", "aa"))
  }

  @Test func unicodeProperties() {
    #expect(matches("^\\p{L}+$", "Héllo"))
    #expect(matches("^\\p{Letter}+$", "π"))
    #expect(!matches("^\\p{Letter}+$", "123"))
    #expect(matches("^\\p{Lu}$", "É"))
    #expect(!matches("^\\p{Uppercase_Letter}$", "é"))
    #expect(matches("^\\p{gc=Nd}+$", "৪২"))
    #expect(matches("^\\p{General_Category=Decimal_Number}$", "5"))
    #expect(matches("^\\p{digit}+$", "42"))
    #expect(matches("^\\P{L}+$", "123"))
    #expect(matches("^[\\p{L}\\p{Nd}]+$", "a1ß"))
    #expect(matches("^[^\\p{L}]+$", "12"))
    #expect(matches("^[\\P{L}]$", "1"))
    #expect(!matches("^[\\P{L}]$", "a"))
    #expect(matches("^\\p{Alphabetic}+$", "abc"))
    #expect(matches("^\\p{White_Space}$", "\u{3000}"))
    #expect(matches("^\\p{ASCII}+$", "abc"))
    #expect(!matches("^\\p{ASCII}$", "é"))
    #expect(matches("^\\p{Any}$", "\u{10FFFF}"))
    #expect(matches("^\\p{Emoji}$", "😀"))
    #expect(matches("^\\p{RI}{2}$", "🇫🇷"))
    #expect(matches("^\\p{ASCII_Hex_Digit}+$", "c0ffee"))
    #expect(!matches("^\\p{Assigned}$", "\u{378}"))
    #expect(matches("^\\p{Cn}$", "\u{378}"))
    #expect(matches("^\\p{Lowercase}$", "a"))
    #expect(matches("^\\P{Any}?$", ""))
  }
}

@Suite struct APITests {
  @Test func utf8Entry() throws {
    let regex = try ECMARegex("^[a-zé]+$")
    let bytes = Array("café".utf8)
    #expect(try bytes.withUnsafeBufferPointer { try regex.matches(utf8: $0) })
    #expect(try !regex.matches(utf8: UnsafeBufferPointer(start: nil, count: 0)))
    #expect(try ECMARegex("^$").matches(utf8: UnsafeBufferPointer(start: nil, count: 0)))
    #expect(try ECMARegex("a?").matches(utf8: UnsafeBufferPointer(start: nil, count: 0)))
  }

  @Test func patternIsKept() throws {
    #expect(try ECMARegex("^a+$").pattern == "^a+$")
  }

  @Test func literalFastPaths() throws {
    #expect(try ECMARegex("^abc$").matches("abc"))
    #expect(try !ECMARegex("^abc$").matches("abcd"))
    #expect(try ECMARegex("^ab").matches("abc"))
    #expect(try ECMARegex("bc$").matches("abc"))
    #expect(try !ECMARegex("bc$").matches("c"))
    #expect(try ECMARegex("é🐲").matches("xé🐲y"))
    #expect(try ECMARegex("^").matches(""))
    #expect(try !ECMARegex("^\\uD83D").matches("😀"))
  }
}
