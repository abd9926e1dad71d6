import CaseJSON
import CaseTestSupport
import Testing

/// Every class of syntax error, with its exact message and position.
@Suite("Parse errors")
struct ParseErrorTests {
  /// Parses `marked` (with a `1️⃣` marker where the error must be reported) and checks the message.
  func expectError(_ marked: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let text = MarkedText(marked)
    do {
      _ = try JSONDocument(parsing: text.text)
      Issue.record("expected an error for \(marked)", sourceLocation: sourceLocation)
    } catch {
      #expect(error.message == message, sourceLocation: sourceLocation)
      #expect(error.location == text["1️⃣"], sourceLocation: sourceLocation)
    }
  }

  func expectError(
    bytes: [UInt8], at location: CaseJSON.SourceLocation, _ message: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    do {
      _ = try JSONDocument(parsing: bytes)
      Issue.record("expected an error", sourceLocation: sourceLocation)
    } catch {
      #expect(error.message == message, sourceLocation: sourceLocation)
      #expect(error.location == location, sourceLocation: sourceLocation)
    }
  }

  @Test func emptyAndBlankDocuments() {
    expectError("1️⃣", "empty document: expected a JSON value")
    expectError("  \n\t 1️⃣", "empty document: expected a JSON value")
  }

  @Test func truncatedInput() {
    expectError(#"{"a": 1️⃣"#, "unexpected end of input; expected a value")
    expectError(#"{"a": 1, "b": [1, 21️⃣"#, "unexpected end of input; expected ',' or ']'")
    expectError(#"{"a": 11️⃣"#, "unexpected end of input; expected ',' or '}'")
    expectError(#"{1️⃣"#, "unexpected end of input; expected an object key")
    expectError(#"{"a"1️⃣"#, "unexpected end of input; expected ':'")
    expectError(#"[1️⃣"hello"#, #"unterminated string: no closing '"' before the end of input"#)
    expectError(#"1️⃣"abc\"#, #"unterminated string: no closing '"' before the end of input"#)
    expectError("[1️⃣tru", "unexpected word 'tru'; JSON's only bare words are true, false and null")
  }

  @Test func missingSeparators() {
    expectError(
      """
      {
        "a": 1
        1️⃣"b": 2
      }
      """, "expected ',' or '}' after object member")
    expectError("[1 1️⃣2]", "expected ',' or ']' after array element")
    expectError(#"{"a" 1️⃣1}"#, "expected ':' after object key, found '1'")
    expectError(#"{1️⃣a: 1}"#, "expected an object key in double quotes, found 'a'")
    expectError(#"{"a": 1️⃣}"#, "expected a value, found '}'")
    expectError("[1️⃣,1]", "expected a value, found ','")
  }

  @Test func trailingCommas() {
    expectError(#"{"a": 11️⃣,}"#, "trailing comma after the last object member")
    expectError("[1, 21️⃣, ]", "trailing comma after the last array element")
  }

  @Test func singleQuotesAndComments() {
    expectError("1️⃣'a'", "strings must be in double quotes, not single quotes")
    expectError("{1️⃣'a': 1}", "strings must be in double quotes, not single quotes")
    expectError("[1, 1️⃣// note\n2]", "comments are not allowed in JSON")
    expectError("{1️⃣/* c */}", "comments are not allowed in JSON")
  }

  @Test func controlCharactersInStrings() {
    expectError("[\"a1️⃣\nb\"]", "unescaped control character U+000A in string; write it as \\n")
    expectError("\"a1️⃣\tb\"", "unescaped control character U+0009 in string; write it as \\t")
    expectError("\"1️⃣\u{1}\"", "unescaped control character U+0001 in string; write it as \\u0001")
  }

  @Test func badEscapes() {
    expectError(#""ab1️⃣\x""#, #"invalid escape '\x' in string; JSON allows \" \\ \/ \b \f \n \r \t and \uXXXX"#)
    expectError(#""1️⃣\u12G4""#, #"invalid \u escape: expected four hexadecimal digits"#)
    expectError(#""1️⃣\u12""#, #"invalid \u escape: expected four hexadecimal digits"#)
  }

  @Test func loneSurrogates() {
    let pairing = "UTF-16 surrogate escapes must come in high-low pairs"
    expectError(#""1️⃣\ud800""#, #"lone surrogate \uD800 in string: "# + pairing)
    expectError(#""x1️⃣\ud800\u0041""#, #"lone surrogate \uD800 in string: "# + pairing)
    expectError(#""1️⃣\udc00\ud800""#, #"lone surrogate \uDC00 in string: "# + pairing)
  }

  @Test func invalidUTF8() {
    // A lone continuation byte, an overlong encoding, an encoded surrogate, a truncated sequence.
    expectError(
      bytes: [0x22, 0x61, 0x80, 0x22], at: .init(offset: 2, line: 1, column: 3), "invalid UTF-8 byte sequence 0x80")
    expectError(
      bytes: [0x22, 0xC0, 0xAF, 0x22], at: .init(offset: 1, line: 1, column: 2), "invalid UTF-8 byte sequence 0xC0 0xAF"
    )
    expectError(
      bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], at: .init(offset: 1, line: 1, column: 2),
      "invalid UTF-8 byte sequence 0xED 0xA0 0x80")
    expectError(
      bytes: [0x22, 0xE4, 0xB8], at: .init(offset: 1, line: 1, column: 2), "invalid UTF-8 byte sequence 0xE4 0xB8")
    expectError(
      bytes: [0x5B, 0xFF, 0x5D], at: .init(offset: 1, line: 1, column: 2), "invalid UTF-8 byte sequence 0xFF")
  }

  @Test func byteOrderMarks() {
    expectError(
      bytes: [0xEF, 0xBB, 0xBF, 0x7B, 0x7D], at: .init(offset: 0, line: 1, column: 1),
      "the file starts with a UTF-8 byte-order mark (U+FEFF), which JSON does not allow; save it as UTF-8 without BOM")
    expectError(
      bytes: [0xFF, 0xFE, 0x7B, 0x00], at: .init(offset: 0, line: 1, column: 1),
      "the file starts with a UTF-16 byte-order mark; JSON must be encoded as UTF-8")
  }

  @Test func malformedNumbers() {
    expectError("[1️⃣01]", "leading zeros are not allowed in numbers")
    expectError("1️⃣-00", "leading zeros are not allowed in numbers")
    expectError("-1️⃣a", "invalid number: expected a digit after '-'")
    expectError("1.1️⃣e5", "invalid number: expected a digit after the decimal point")
    expectError("1e+1️⃣", "invalid number: expected a digit in the exponent")
    expectError("1E1️⃣x", "invalid number: expected a digit in the exponent")
    expectError("1️⃣+1", "invalid number: a number cannot start with '+'")
    expectError("1️⃣.5", "invalid number: a number needs a digit before the decimal point")
  }

  @Test func nonFiniteNumbers() {
    expectError("[1️⃣NaN]", "NaN is not a JSON number; use null or a string instead")
    expectError("1️⃣Infinity", "Infinity is not a JSON number; use null or a string instead")
    expectError("[1️⃣-Infinity]", "-Infinity is not a JSON number; use null or a string instead")
  }

  @Test func wrongWords() {
    expectError("1️⃣True", "unexpected word 'True'; did you mean 'true'?")
    expectError("[1️⃣None]", "unexpected word 'None'; JSON's only bare words are true, false and null")
    expectError("[1️⃣nullx]", "unexpected word 'nullx'; JSON's only bare words are true, false and null")
  }

  @Test func trailingGarbage() {
    expectError("{} 1️⃣x", "unexpected 'x' after the end of the JSON value")
    expectError("[1]\n1️⃣]", "unexpected ']' after the end of the JSON value")
    expectError("1 1️⃣2", "unexpected '2' after the end of the JSON value")
  }

  @Test func unexpectedCharacters() {
    expectError("[1️⃣\u{B}]", "expected a value, found U+000B")
    expectError("[1️⃣é]", "expected a value, found 'é' (U+00E9)")
    expectError("1️⃣\u{A0}1", "expected a value, found '\u{A0}' (U+00A0)")
  }

  @Test func duplicateKeysReportBothPositions() {
    let text = MarkedText(
      """
      {
        2️⃣"id": "a",
        "title": "b",
        1️⃣"id": "c"
      }
      """)
    do {
      _ = try JSONDocument(parsing: text.text)
      Issue.record("expected a duplicate-key error")
    } catch {
      #expect(error.kind == .duplicateKey("id", first: text["2️⃣"]))
      #expect(error.location == text["1️⃣"])
      #expect(error.message == #"duplicate key "id" (first defined at 2:3)"#)
    }
  }

  @Test func duplicateKeysInLargeObjects() {
    var members = (0..<100).map { "\"k\($0)\": \($0)" }
    members.append(#""k\u0035": 0"#)  // "k5", spelled with an escape
    do {
      _ = try JSONDocument(parsing: "{" + members.joined(separator: ",") + "}")
      Issue.record("expected a duplicate-key error")
    } catch {
      #expect(error.message.hasPrefix(#"duplicate key "k5" (first defined at 1:"#))
    }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let depth = 100_000
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
      let text = String(repeating: open, count: depth) + String(repeating: close, count: depth)
      do {
        _ = try JSONDocument(parsing: text)
        Issue.record("expected a nesting error")
      } catch {
        #expect(error.message == "arrays and objects are nested more than 512 levels deep")
        #expect(error.location.offset == 512 * open.utf8.count)
      }
    }
  }

  @Test func renderedWithPosition() {
    let error = #expect(throws: JSONParseError.self) {
      try JSONDocument(parsing: "{\n  \"a\": 1\n  \"b\": 2\n}")
    }
    #expect(error?.description == "3:3: error: expected ',' or '}' after object member")
  }
}
