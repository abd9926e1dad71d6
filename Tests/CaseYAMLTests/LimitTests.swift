import CaseJSON
import CaseYAML
import Testing

/// Deep nesting, large input, and the encodings real files come in.
@Suite("Limits and encodings")
struct LimitTests {
  /// The number of collections nested at the start of `node`, following first items and values.
  func depth(_ node: YAMLNode) -> Int {
    var depth = 0
    var node = node
    while true {
      if let first = node.sequence?.items.first {
        node = first
      } else if let first = node.mapping?.entries.first?.value {
        node = first
      } else {
        return depth + (node.scalar == nil ? 1 : 0)
      }
      depth += 1
    }
  }

  /// `levels` nested block mappings `a:`, the innermost holding `x`.
  func nestedMappings(_ levels: Int) -> String {
    var text = ""
    for level in 0..<levels {
      text += String(repeating: " ", count: level) + (level == levels - 1 ? "a: x\n" : "a:\n")
    }
    return text
  }

  @Test func nestingUpToTheLimit() throws {
    let limit = YAMLDocument.maximumDepth
    let flow = try #require(
      try YAMLDocument(parsing: String(repeating: "[", count: limit) + String(repeating: "]", count: limit)).root)
    #expect(depth(flow) == limit)
    let block = try #require(try YAMLDocument(parsing: nestedMappings(limit)).root)
    #expect(depth(block) == limit)
    let sequences = try #require(try YAMLDocument(parsing: String(repeating: "- ", count: limit) + "x").root)
    #expect(depth(sequences) == limit)
    // Converting the deepest trees to JSON does not exhaust the stack either.
    var value = try YAMLDocument(parsing: nestedMappings(limit)).jsonValue
    for _ in 1..<limit { value = try #require(value["a"]) }
    #expect(value == ["a": "x"])
    #expect(flow.jsonValue != block.jsonValue)
  }

  @Test func nestingBeyondTheLimitIsAnError() {
    let limit = YAMLDocument.maximumDepth
    let tooDeep = YAMLParseError.Kind.tooDeep(limit: limit)
    expectError(
      bytes: Array(String(repeating: "[", count: limit + 1).utf8), tooDeep,
      at: .init(offset: limit, line: 1, column: limit + 1))
    expectError(
      bytes: Array(String(repeating: "{a: ", count: 100_000).utf8), tooDeep,
      at: .init(offset: 4 * limit, line: 1, column: 4 * limit + 1))
    expectError(
      bytes: Array((String(repeating: "- ", count: 100_000) + "x").utf8), tooDeep,
      at: .init(offset: 2 * limit, line: 1, column: 2 * limit + 1))
    let mappings = nestedMappings(limit + 1)
    let offset = nestedMappings(limit).utf8.count - 2 + limit  // where the last line's key starts
    expectError(bytes: Array(mappings.utf8), tooDeep, at: .init(offset: offset, line: limit + 1, column: limit + 1))
    // Block and flow nesting add up.
    let mixed = String(repeating: "- ", count: 300) + String(repeating: "[", count: 300)
    expectError(
      bytes: Array(mixed.utf8), tooDeep, at: .init(offset: 600 + limit - 300, line: 1, column: 601 + limit - 300))
    #expect(tooDeep.message == "mappings and sequences are nested more than 512 levels deep")
  }

  @Test func hugePlainScalar() throws {
    let value = try scalar("k: " + String(repeating: "word ", count: 1_000_000) + "\nnext: 1")
    #expect(value.text.utf8.count == 4_999_999)
    #expect(value.text.hasSuffix("word word"))
  }

  @Test func hugeQuotedAndBlockScalars() throws {
    let escapes = [String](repeating: String(repeating: "abcdefgh\\t", count: 10), count: 50_000)
    let quoted = try scalar("k: \"" + escapes.joined(separator: "\n  ") + "\"")
    #expect(quoted.text.utf8.count == 50_000 * 90 + 49_999)
    #expect(quoted.text.hasPrefix("abcdefgh\tabcdefgh\t"))
    let lines = [String](repeating: String(repeating: "abcdefghi\\", count: 10), count: 50_000)
    let single = try scalar("k: '" + lines.joined(separator: "\n\n  ") + "'")
    #expect(single.text.utf8.count == 50_000 * 100 + 49_999)
    let literal = try scalar("k: |\n  " + lines.joined(separator: "\n  ") + "\n")
    #expect(literal.text.utf8.count == 50_000 * 101)
  }

  @Test func longLineOfFlowItems() throws {
    let items = (0..<100_000).map { "item\($0)" }
    let sequence = try #require(
      try YAMLDocument(parsing: "k: [" + items.joined(separator: ", ") + "]").root?["k"]?.sequence)
    #expect(sequence.items.count == 100_000)
    let last = try #require(sequence.items.last)
    #expect(last.scalar?.text == "item99999")
    let offset = 4 + items.dropLast().reduce(0) { $0 + $1.utf8.count + 2 }
    #expect(last.location == .init(offset: offset, line: 1, column: offset + 1))
  }

  @Test func manyKeys() throws {
    var text = ""
    for index in 0..<100_000 { text += "key\(index): \(index)\n" }
    let mapping = try #require(try YAMLDocument(parsing: text).root?.mapping)
    #expect(mapping.entries.count == 100_000)
    let last = try #require(mapping.entries.last)
    #expect(last.key.text == "key99999")
    #expect(last.key.location.line == 100_000)
    #expect(last.value.scalar?.text == "99999")
    expectError(
      bytes: Array((text + "key5: again\n").utf8), .duplicateKey("key5", first: .init(offset: 40, line: 6, column: 1)),
      at: .init(offset: text.utf8.count, line: 100_001, column: 1))
  }

  @Test func manyKeysAsJSON() throws {
    var text = ""
    for index in 0..<2_000 { text += "key\(index): \(index)\n" }
    let object = try #require(try json(text).objectValue)
    #expect(object.count == 2_000)
    #expect(object["key1999"] == 1999)
  }

  @Test func byteOrderMark() throws {
    let document = try YAMLDocument(parsing: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2".utf8))
    #expect(document.jsonValue == ["a": 1, "b": 2])
    #expect(document.root?.mapping?.entries.first?.key.location == .init(offset: 3, line: 1, column: 1))
    #expect(try YAMLDocument(parsing: [0xEF, 0xBB, 0xBF]).root == nil)
    // Only at the start: elsewhere U+FEFF is a character like any other.
    #expect(try json("a: x\u{FEFF}") == ["a": "x\u{FEFF}"])
  }

  @Test func crlfLineEnds() throws {
    let text =
      "a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  l1\r\n  l2\r\nd: \"p\r\n  q\"\r\ne: >\r\n  f\r\n  g\r\n# end\r\n"
    let document = try YAMLDocument(parsing: text)
    #expect(document.jsonValue == ["a": 1, "b": ["x", "y"], "c": "l1\nl2\n", "d": "p q", "e": "f g\n"])
    #expect(document.root?.mapping?.entries[1].key.location == .init(offset: 6, line: 2, column: 1))
    #expect(try json("k: plain\r\n  folded\r\n") == ["k": "plain folded"])
  }
}
