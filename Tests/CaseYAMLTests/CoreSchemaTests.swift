import CaseJSON
import CaseYAML
import Testing

/// Conversion to JSON: the YAML 1.2 core schema for plain scalars, strings for everything else.
@Suite("Core schema")
struct CoreSchemaTests {
  /// The JSON value of the plain scalar `text`.
  func plain(_ text: String) -> JSONValue {
    YAMLScalar(text: text, style: .plain, location: .init(offset: 0, line: 1, column: 1)).jsonValue
  }

  @Test func nulls() {
    for text in ["", "~", "null", "Null", "NULL"] { #expect(plain(text) == .null, "\(text)") }
    for text in ["nULL", "none", "nil", "~~"] { #expect(plain(text) == .string(text), "\(text)") }
  }

  @Test func booleans() {
    for text in ["true", "True", "TRUE"] { #expect(plain(text) == true, "\(text)") }
    for text in ["false", "False", "FALSE"] { #expect(plain(text) == false, "\(text)") }
    // YAML 1.1's other booleans are strings in YAML 1.2.
    for text in ["tRUE", "yes", "no", "on", "off", "y", "n"] { #expect(plain(text) == .string(text), "\(text)") }
  }

  @Test func integers() {
    #expect(plain("0") == 0)
    #expect(plain("-0") == 0)
    #expect(plain("-0").numberValue?.lexeme == "-0")
    #expect(plain("2021") == 2021)
    #expect(plain("+12").numberValue?.lexeme == "12")
    #expect(plain("007").numberValue?.lexeme == "7")
    #expect(plain("-0042").numberValue?.lexeme == "-42")
    #expect(plain("0o17") == 15)
    #expect(plain("0x1F") == 31)
    #expect(plain("0xffffffffffffffff").numberValue?.lexeme == "18446744073709551615")
    #expect(plain("123456789012345678901234567890").numberValue?.lexeme == "123456789012345678901234567890")
  }

  @Test func floats() {
    #expect(plain("1.5").numberValue?.lexeme == "1.5")
    #expect(plain("+1.50").numberValue?.lexeme == "1.50")
    #expect(plain("1.") == 1)
    #expect(plain(".5").numberValue?.lexeme == "0.5")
    #expect(plain("-.5e-3").numberValue?.lexeme == "-0.5e-3")
    #expect(plain("1e3") == 1000)
    #expect(plain("1.0e+20").numberValue?.lexeme == "1.0e+20")
    #expect(plain("2E2") == 200)
    #expect(plain("1e999999999999999").numberValue?.lexeme == "1e999999999999999")
  }

  @Test func infinityAndNaNStayStrings() {
    for text in [".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN"] {
      #expect(plain(text) == .string(text), "\(text)")
    }
  }

  @Test func otherTextIsAString() {
    let texts = [
      "1_000", "0b101", "1:20", "12e", "e3", "1.2.3", "--1", "inf", "NaN", "0x", "0o8", "-0x1", "0x1G", ".", "-",
      "+", "1e", "1e+", "0x10000000000000000", "1e9999999999999999", "2021-01-05", "9ab0cd12ef34a567",
    ]
    for text in texts { #expect(plain(text) == .string(text), "\(text)") }
  }

  @Test func quotedAndBlockScalarsAreStrings() throws {
    let yaml = """
      a: "null"
      b: 'true'
      c: "42"
      d: |-
        42
      e: >-
        ~
      f: ''
      """
    #expect(try json(yaml) == ["a": "null", "b": "true", "c": "42", "d": "42", "e": "~", "f": ""])
  }

  @Test func keysBecomeStrings() throws {
    #expect(
      try json("1: a\ntrue: b\n~: c\nnull: d\n1.5: e") == ["1": "a", "true": "b", "~": "c", "null": "d", "1.5": "e"])
    let object = try #require(try json("b: 1\na: 2\nc: 3").objectValue)
    #expect(object.keys == ["b", "a", "c"])
  }

  @Test func nestedValues() throws {
    let onePointFive = try #require(JSONNumber("1.5"))
    #expect(
      try json("a: [1, true, null, x, '2']\nb: {c: 1.5}") == [
        "a": [1, true, nil, "x", "2"], "b": ["c": .number(onePointFive)],
      ])
  }
}
