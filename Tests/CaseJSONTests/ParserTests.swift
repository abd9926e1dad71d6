import CaseJSON
import CaseTestSupport
import Testing

@Suite("Parsing valid JSON")
struct ParserTests {
  @Test func scalarsAtTopLevel() throws {
    #expect(try JSONDocument(parsing: "null").root.value == .null)
    #expect(try JSONDocument(parsing: " true ").root.value == true)
    #expect(try JSONDocument(parsing: "false").root.value == false)
    #expect(try JSONDocument(parsing: "\"hi\"").root.value == "hi")
    #expect(try JSONDocument(parsing: "-12.5e3").root.numberValue?.lexeme == "-12.5e3")
    #expect(try JSONDocument(parsing: "0").root.value == 0)
  }

  @Test func nestedStructureMaterializesInOrder() throws {
    let document = try JSONDocument(parsing: #"{"b": [1, {"c": null}], "a": "x", "e": {}, "f": []}"#)
    let value = document.root.value
    #expect(value.objectValue?.keys == ["b", "a", "e", "f"])
    #expect(value["b"] == [1, ["c": nil]])
    #expect(value["e"] == .object(JSONObject()))
    #expect(value["f"] == [])
    #expect(document.root.count == 4)
    #expect(document.root["b"]?.count == 2)
    #expect(document.root["b"]?[1]?["c"]?.kind == .null)
    #expect(document.root["missing"] == nil)
    #expect(document.root["b"]?[2] == nil)
  }

  @Test func escapesAreDecoded() throws {
    let text = #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u4e2d", "\ud83d\ude00", "\u0000", "plain é 中 😀"]"#
    let elements = try JSONDocument(parsing: text).root.elements.map { $0.stringValue }
    #expect(elements == ["a\"b\\c/d\u{8}\u{c}\n\r\t", "é中", "😀", "\u{0}", "plain é 中 😀"])
  }

  @Test func escapedAndPlainKeysAreTheSameKey() throws {
    let document = try JSONDocument(parsing: #"{"\u0061b": 1}"#)
    #expect(document.root["ab"]?.value == 1)
  }

  @Test func everyValueAndKeyKnowsItsPosition() throws {
    let marked = MarkedText(
      """
      1️⃣{
        2️⃣"name": 3️⃣"é",
        4️⃣"list": 5️⃣[6️⃣1, 7️⃣{8️⃣"deep": 9️⃣true}]
      }
      """)
    let document = try JSONDocument(parsing: marked.text)
    #expect(document.root.location == marked["1️⃣"])
    let members = Array(document.root.members)
    #expect(members[0].key.location == marked["2️⃣"])
    #expect(members[0].value.location == marked["3️⃣"])
    #expect(members[1].key.location == marked["4️⃣"])
    #expect(members[1].value.location == marked["5️⃣"])
    let list = Array(members[1].value.elements)
    #expect(list[0].location == marked["6️⃣"])
    #expect(list[1].location == marked["7️⃣"])
    let deep = Array(list[1].members)[0]
    #expect(deep.key.location == marked["8️⃣"])
    #expect(deep.value.location == marked["9️⃣"])
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let marked = MarkedText(#"{"éé中😀": 1️⃣1}"#)
    let document = try JSONDocument(parsing: marked.text)
    let location = try #require(document.root["éé中😀"]).location
    #expect(location == marked["1️⃣"])
    #expect(location.column == 10)
    #expect(location.offset == 16)
  }

  @Test func crlfLineEndsCountOnce() throws {
    let document = try JSONDocument(parsing: "{\r\n\"a\":\r\n  1}")
    #expect(try #require(document.root["a"]).location == SourceLocation(offset: 11, line: 3, column: 3))
  }

  @Test func longStringsWithAndWithoutEscapes() throws {
    let long = String(repeating: "abcdefgh", count: 10_000)
    #expect(try JSONDocument(parsing: "\"\(long)\"").root.stringValue == long)
    let escaped = String(repeating: "ab\\ncd", count: 1_000)
    #expect(try JSONDocument(parsing: "\"\(escaped)\"").root.stringValue == String(repeating: "ab\ncd", count: 1_000))
  }

  @Test func duplicateKeysCanBeAllowedExplicitly() throws {
    let options = JSONParseOptions(allowsDuplicateKeys: true)
    let document = try JSONDocument(parsing: #"{"a": 1, "b": 2, "a": 3}"#, options: options)
    #expect(document.hasDuplicateKeys)
    #expect(document.root.value == ["a": 3, "b": 2])
  }

  @Test func depthUpToTheLimitIsAccepted() throws {
    let depth = JSONParseOptions.defaultMaximumDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(try JSONDocument(parsing: text).nodeCount == depth)
  }
}
