import CaseJSON
import CaseTestSupport
import CaseYAML
import Testing

/// Every node and key knows where it was written: byte offset, line, and column in Unicode scalars.
@Suite("Positions")
struct PositionTests {
  @Test func nodesAndKeys() throws {
    let marked = MarkedText(
      """
      # comment
      1️⃣title: 2️⃣'x'
      3️⃣list:
      4️⃣- 5️⃣a
      - 6️⃣[7️⃣b, 8️⃣{9️⃣c: d}]
      """)
    let root = try #require(try YAMLDocument(parsing: marked.text).root)
    let mapping = try #require(root.mapping)
    #expect(root.location == marked["1️⃣"])
    #expect(mapping.entries[0].key.location == marked["1️⃣"])
    #expect(mapping.entries[0].value.location == marked["2️⃣"])
    #expect(mapping.entries[1].key.location == marked["3️⃣"])
    let list = try #require(mapping["list"]?.sequence)
    #expect(list.location == marked["4️⃣"])
    #expect(list.items[0].location == marked["5️⃣"])
    #expect(list.items[1].location == marked["6️⃣"])
    let flow = try #require(list.items[1].sequence)
    #expect(flow.items[0].location == marked["7️⃣"])
    #expect(flow.items[1].location == marked["8️⃣"])
    #expect(flow.items[1].mapping?.entries[0].key.location == marked["9️⃣"])
  }

  @Test func columnsCountUnicodeScalars() throws {
    let marked = MarkedText("é😀: 1️⃣x\n2️⃣ü: 3️⃣\"中\"")
    let mapping = try #require(try YAMLDocument(parsing: marked.text).root?.mapping)
    #expect(mapping.entries[0].value.location == marked["1️⃣"])
    #expect(mapping.entries[0].value.location.column == 5)
    #expect(mapping.entries[1].key.location == marked["2️⃣"])
    #expect(mapping.entries[1].value.location == marked["3️⃣"])
  }

  @Test func emptyValuesStandJustAfterTheirIndicator() throws {
    let marked = MarkedText("a:1️⃣\nb: [c, {d:2️⃣}]\nc:3️⃣   # note")
    let mapping = try #require(try YAMLDocument(parsing: marked.text).root?.mapping)
    #expect(mapping["a"]?.location == marked["1️⃣"])
    #expect(mapping["b"]?.sequence?.items[1].mapping?["d"]?.location == marked["2️⃣"])
    #expect(mapping["c"]?.location == marked["3️⃣"])
    let items = try #require(try YAMLDocument(parsing: "-\n- x").root?.sequence?.items)
    #expect(items[0].location == .init(offset: 1, line: 1, column: 2))
  }

  @Test func blockScalarsStartAtTheirIndicator() throws {
    let marked = MarkedText("k: 1️⃣|\n  text\nf: 2️⃣>-\n  more\n")
    let mapping = try #require(try YAMLDocument(parsing: marked.text).root?.mapping)
    #expect(mapping["k"]?.location == marked["1️⃣"])
    #expect(mapping["f"]?.location == marked["2️⃣"])
  }

  @Test func positionsAfterMultiLineScalars() throws {
    let marked = MarkedText("a: \"one\n  two\"\n1️⃣b: 2️⃣plain\n  more\n3️⃣c: 4️⃣x")
    let mapping = try #require(try YAMLDocument(parsing: marked.text).root?.mapping)
    #expect(mapping.entries[1].key.location == marked["1️⃣"])
    #expect(mapping.entries[1].value.location == marked["2️⃣"])
    #expect(mapping.entries[2].key.location == marked["3️⃣"])
    #expect(mapping.entries[2].value.location == marked["4️⃣"])
  }

  @Test func errorDescriptionsGiveLineAndColumn() {
    do {
      _ = try YAMLDocument(parsing: "a: 1\n\tb: 2")
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "2:1: error: a tab cannot indent YAML; use spaces")
      #expect(error.message == "a tab cannot indent YAML; use spaces")
    }
  }
}
