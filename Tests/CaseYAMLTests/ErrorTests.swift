import CaseJSON
import CaseTestSupport
import CaseYAML
import Testing

/// Malformed and refused input: each problem, where it is reported, and what the message says.
@Suite("Errors")
struct ErrorTests {
  @Test func unterminatedQuotes() {
    expectError(#"k: 1️⃣"abc"#, .unterminatedQuotedScalar(doubleQuoted: true))
    expectError("k: 1️⃣'abc\n  def", .unterminatedQuotedScalar(doubleQuoted: false))
    expectError(#"1️⃣"abc\"#, .unterminatedQuotedScalar(doubleQuoted: true))
    expectError("k: [1️⃣'a]", .unterminatedQuotedScalar(doubleQuoted: false))
  }

  @Test func unterminatedFlowCollections() {
    expectError("k: 1️⃣[a, b", .unterminatedFlowCollection(mapping: false))
    expectError("k: 1️⃣{a: [b]\n", .unterminatedFlowCollection(mapping: true))
    expectError("k: {a: [b]\n1️⃣c: d}", .expectedFlowSeparator(mapping: true, found: "'c'"))
    expectError("k: [a, 1️⃣{b: c\n", .unterminatedFlowCollection(mapping: true))
    expectError("1️⃣[", .unterminatedFlowCollection(mapping: false))
  }

  @Test func malformedFlowCollections() {
    expectError(#"["a" 1️⃣b]"#, .expectedFlowSeparator(mapping: false, found: "'b'"))
    expectError("{a: 1 1️⃣]", .expectedFlowSeparator(mapping: true, found: "']'"))
    expectError("[a, 1️⃣,]", .expectedFlowValue(found: "','"))
    expectError("[1️⃣,]", .expectedFlowValue(found: "','"))
    expectError("{1️⃣,}", .expectedFlowValue(found: "','"))
    expectError(#"{"a" 1️⃣b}"#, .expectedFlowColon(found: "'b'"))
    expectError("[a1️⃣: b]", .pairInFlowSequence)
    expectError("{1️⃣: b}", .emptyKey)
    expectError("[a,1️⃣#c\n]", .commentWithoutSpace)
    expectError("[1️⃣- a]", .cannotStartPlain("-"))
    expectError("[1️⃣|]", .cannotStartPlain("|"))
    expectError("k: [a,\n1️⃣...\n]", .documentMarkerInside(flowCollection: true))
    expectError("{1️⃣[a]: b}", .nonScalarKey)
  }

  @Test func badIndentation() {
    expectError("a:\n    b: 1\n  1️⃣c: 2", .unexpectedIndentation(found: 2, expected: 0))
    expectError("a: \"x\"\n  1️⃣b: 1", .unexpectedIndentation(found: 2, expected: 0))
    expectError("- \"x\"\n  1️⃣- y", .unexpectedIndentation(found: 2, expected: 0))
    expectError("a: 1\n1️⃣b\n", .missingColon)
    expectError("a: 1\n1️⃣b # comment\n", .missingColon)
    expectError("a: 1\n1️⃣|\n", .missingColon)
    expectError("a: 1\n1️⃣- b", .sequenceItemInMapping)
    expectError("- a\n1️⃣b: 1", .missingSequenceIndicator)
    expectError("a: 1️⃣b: c", .mappingOnKeyLine)
    expectError("a: 1️⃣- b", .sequenceOnKeyLine)
    expectError("--- 1️⃣a: b", .mappingOnKeyLine)
    expectError("a: b\n  c1️⃣: d", .colonInPlainScalar)
    expectError("a:\n  b\n  c1️⃣: d", .colonInPlainScalar)
    expectError("1️⃣\"a\n b\": c", .multilineKey)
    expectError("1️⃣: x", .emptyKey)
    expectError("\"a\"\n1️⃣b", .contentAfterDocument)
    expectError("  a: 1\n1️⃣b: 2", .contentAfterDocument)
  }

  @Test func tabs() throws {
    expectError("a:\n1️⃣\tb: 1", .tabIndentation)
    expectError("a:\n  1️⃣\tb: 1", .tabIndentation)
    expectError("-\t1️⃣- x", .tabIndentation)
    expectError("-\t1️⃣a: b", .tabIndentation)
    // Tabs inside values, around indicators, in comment lines and in blank lines are fine.
    #expect(try json("a:\tb\nc: d\te\n\t# comment\n \t\ne: \"\tf\"") == ["a": "b", "c": "d\te", "e": "\tf"])
    #expect(try json("-\tx\n-\t[y]") == ["x", ["y"]])
  }

  @Test func duplicateKeys() {
    let marked = MarkedText("1️⃣a: 1\nb: 2\n2️⃣a: 3")
    do {
      _ = try YAMLDocument(parsing: marked.text)
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .duplicateKey("a", first: marked["1️⃣"]))
      #expect(error.location == marked["2️⃣"])
      #expect(error.message == "duplicate key \"a\" (first defined at 1:1)")
    }
    expectError("{a: 1, 1️⃣a: 2}", .duplicateKey("a", first: .init(offset: 1, line: 1, column: 2)))
    expectError("x:\n  1: a\n  1️⃣\"1\": b", .duplicateKey("1", first: .init(offset: 5, line: 2, column: 3)))
    expectError("- a: 1\n  1️⃣a: 2", .duplicateKey("a", first: .init(offset: 2, line: 1, column: 3)))
  }

  @Test func refusedFeatures() {
    expectError("a: 1️⃣&x 1", .anchor)
    expectError("b: 1️⃣*x", .alias)
    expectError("1️⃣&a k: v", .anchor)
    expectError("[1️⃣&a x]", .anchor)
    expectError("{a: 1️⃣*b}", .alias)
    expectError("a: 1️⃣!!str 1", .tag)
    expectError("a: 1️⃣!foo x", .tag)
    expectError("- 1️⃣!!int 1", .tag)
    expectError("1️⃣%YAML 1.2\n---\na: 1", .directive)
    expectError("1️⃣%TAG ! tag:example.com,2000:\n---\na: 1", .directive)
    expectError("a: 1\n1️⃣---\nb: 2", .multipleDocuments)
    expectError("a: 1\n...\n1️⃣b: 2", .multipleDocuments)
    expectError("---\n1️⃣---\n", .multipleDocuments)
    expectError("1️⃣? a\n: b", .complexKey)
    expectError("{1️⃣? a : b}", .complexKey)
    expectError("1️⃣[a]: b", .nonScalarKey)
    expectError("1️⃣{a: b}: c", .nonScalarKey)
    expectError("a: 1\n1️⃣[b]: c", .nonScalarKey)
    expectError("a: 1️⃣@x", .cannotStartPlain("@"))
    expectError("a: 1️⃣`x`", .cannotStartPlain("`"))
    expectError("a: 1️⃣%x", .cannotStartPlain("%"))
    expectError("a: 1️⃣]", .cannotStartPlain("]"))
  }

  @Test func textAfterValues() {
    expectError("a: \"x\"1️⃣#c", .commentWithoutSpace)
    expectError("a: \"x\" 1️⃣y", .trailingContent(found: "'y'"))
    expectError("a: [1] 1️⃣b", .trailingContent(found: "'b'"))
    expectError("... 1️⃣x", .trailingContent(found: "'x'"))
  }

  @Test func invalidEscapes() {
    expectError(#"k: "a1️⃣\q""#, .invalidEscape("q"))
    expectError(#"k: "1️⃣\é""#, .invalidEscape("é"))
    expectError(#"k: "1️⃣\x4""#, .invalidHexEscape(letter: "x", digits: 2))
    expectError(#"k: "1️⃣\u12G4""#, .invalidHexEscape(letter: "u", digits: 4))
    expectError(#"k: "1️⃣\U0011000""#, .invalidHexEscape(letter: "U", digits: 8))
    expectError(#"k: "1️⃣\U00110000""#, .invalidCodePoint(0x110000))
    expectError(#"k: "1️⃣\ud800""#, .loneSurrogate(0xD800))
    expectError(#"k: "1️⃣\ud800\u0041""#, .loneSurrogate(0xD800))
    expectError(#"k: "1️⃣\udc00\udc00""#, .loneSurrogate(0xDC00))
    expectError(#"k: "\ud8001️⃣\u12""#, .invalidHexEscape(letter: "u", digits: 4))
  }

  @Test func invalidBlockScalars() {
    expectError("k: |1️⃣x\n  a", .invalidBlockScalarHeader(found: "'x'"))
    expectError("k: |1️⃣0\n  a", .invalidBlockScalarHeader(found: "'0'"))
    expectError("k: |-1️⃣-\n  a", .invalidBlockScalarHeader(found: "'-'"))
    expectError("k: |1️⃣#c\n  a", .invalidBlockScalarHeader(found: "'#'"))
    expectError("k: |\n1️⃣     \n  a\n", .blockScalarLeadingSpaces)
  }

  @Test func documentMarkersInsideQuotes() {
    expectError("k: \"a\n1️⃣---\nb\"", .documentMarkerInside(flowCollection: false))
    expectError("k: 'a\n\n1️⃣... b'", .documentMarkerInside(flowCollection: false))
  }

  @Test func invalidUTF8() {
    expectError(
      bytes: Array("k: ".utf8) + [0xC3, 0x28], .invalidUTF8([0xC3]), at: .init(offset: 3, line: 1, column: 4))
    expectError(bytes: Array("a: 1\nb: ".utf8) + [0xFF], .invalidUTF8([0xFF]), at: .init(offset: 8, line: 2, column: 4))
    expectError(
      bytes: Array("é: ".utf8) + [0xC0, 0x80], .invalidUTF8([0xC0, 0x80]), at: .init(offset: 4, line: 1, column: 4))
    expectError(
      bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], .invalidUTF8([0xED, 0xA0, 0x80]), at: .init(offset: 1, line: 1, column: 2))
    expectError(
      bytes: Array("k: x".utf8) + [0xE2, 0x82], .invalidUTF8([0xE2, 0x82]), at: .init(offset: 4, line: 1, column: 5))
    let error = YAMLParseError(kind: .invalidUTF8([0xC3, 0x28]), location: .init(offset: 0, line: 1, column: 1))
    #expect(error.message == "invalid UTF-8 byte sequence 0xC3 0x28; save the file as UTF-8")
  }

  @Test func disallowedCharacters() {
    expectError("a: 1️⃣\u{7}", .disallowedCharacter(0x07))
    expectError("a: \"1️⃣\u{0}\"", .disallowedCharacter(0x00))
    expectError("a: x1️⃣\u{7F}", .disallowedCharacter(0x7F))
    expectError("a: 1️⃣\u{80}", .disallowedCharacter(0x80))
    expectError("a: 1️⃣\u{FFFE}", .disallowedCharacter(0xFFFE))
    expectError("a: 11️⃣\rb: 2", .loneCarriageReturn)
    #expect(YAMLParseError.Kind.disallowedCharacter(0x07).message.hasPrefix("control character U+0007 is not allowed"))
  }

  @Test func messagesSayWhatToDo() {
    #expect(YAMLParseError.Kind.tabIndentation.message == "a tab cannot indent YAML; use spaces")
    #expect(YAMLParseError.Kind.alias.message == "aliases ('*name') are not supported; write the value out in full")
    #expect(
      YAMLParseError.Kind.unexpectedIndentation(found: 1, expected: 0).message
        == "unexpected indentation: this line is indented 1 space, but the entries it follows are indented 0; "
        + "line up the entries of one mapping or sequence")
    #expect(
      YAMLParseError.Kind.unterminatedQuotedScalar(doubleQuoted: true).message
        == "unterminated double-quoted scalar: no closing '\"' before the end of input")
  }
}
