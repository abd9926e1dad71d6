import CaseJSON
import Testing

@Suite("Writing JSON")
struct WriterTests {
  let pretty = JSONWriter()
  let compact = JSONWriter(style: .compact)

  @Test func canonicalPrettyForm() throws {
    let value = try JSONDocument(parsing: #"{"b":[1,2.50,{"c":null}],"a":"x","e":{},"f":[],"g":true}"#).root.value
    #expect(
      pretty.string(value) == """
        {
          "b": [
            1,
            2.50,
            {
              "c": null
            }
          ],
          "a": "x",
          "e": {},
          "f": [],
          "g": true
        }

        """)
  }

  @Test func compactForm() {
    let value: JSONValue = ["a": [1, "two", nil, false], "b": [:]]
    #expect(compact.string(value) == #"{"a":[1,"two",null,false],"b":{}}"#)
  }

  @Test func sortedKeys() {
    let value: JSONValue = ["b": 1, "a": ["d": 1, "c": 2], "é": 3, "Z": 4]
    #expect(JSONWriter(style: .compact, sortsKeys: true).string(value) == #"{"Z":4,"a":{"c":2,"d":1},"b":1,"é":3}"#)
  }

  @Test func minimalEscaping() {
    let text = "quote \" backslash \\ slash / tab \t nl \n cr \r bs \u{8} ff \u{c} nul \u{0} us \u{1f} é 中 😀 \u{2028}"
    #expect(
      compact.string(.string(text))
        == #""quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f nul \u0000 us \u001f é 中 😀 "#
        + "\u{2028}\"")
  }

  @Test(arguments: [
    #"{"a":1}"#, "[]", "{}", "[1.0e+2,-0,1E400]", #"{"k":"\u00e9\/\ud83d\ude00"}"#, "\"x\"", "null",
    #"{"nested":{"deeper":[[[{"x":[]}]]]},"z":[{},{}]}"#, "  [ 1 ,\n 2 ]  ",
  ])
  func writingIsIdempotent(_ text: String) throws {
    let once = pretty.bytes(try JSONDocument(parsing: text).root.value)
    let twice = pretty.bytes(try JSONDocument(parsing: once).root.value)
    #expect(once == twice)
    #expect(try JSONDocument(parsing: once).root.value == JSONDocument(parsing: text).root.value)
    let compactOnce = compact.bytes(try JSONDocument(parsing: text).root.value)
    #expect(compact.bytes(try JSONDocument(parsing: compactOnce).root.value) == compactOnce)
  }

  @Test func numbersAreWrittenAsTheirLexeme() throws {
    let value = try JSONDocument(parsing: "[1.50, 1E+2, -0.0, 12345678901234567890123]").root.value
    #expect(compact.string(value) == "[1.50,1E+2,-0.0,12345678901234567890123]")
  }

  @Test func objectEqualityIgnoresOrder() {
    let first: JSONValue = ["a": 1, "b": [1, 2]]
    let second: JSONValue = ["b": [1, 2], "a": .number(JSONNumber("1.0")!)]
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    #expect(JSONValue.array([1, 2]) != [2, 1])
  }

  @Test func reorderingKeys() {
    let object = JSONObject([("c", 3), ("a", 1), ("x", 9), ("b", 2)])
    #expect(object.reordered(by: ["a", "b", "c"]).keys == ["a", "b", "c", "x"])
  }
}
