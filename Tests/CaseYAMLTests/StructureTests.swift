import CaseJSON
import CaseYAML
import Testing

/// Block and flow collections, empty values, comments and document markers.
@Suite("Collections and documents")
struct StructureTests {
  @Test func nestedBlockCollections() throws {
    let yaml = """
      name: Example
      people:
        - name: Ada
          roles:
            - chair
            - writer
        - name: Grace
      places:
          city: Leeds
          country: UK
      """
    #expect(
      try json(yaml)
        == [
          "name": "Example",
          "people": [["name": "Ada", "roles": ["chair", "writer"]], ["name": "Grace"]],
          "places": ["city": "Leeds", "country": "UK"],
        ])
  }

  @Test func compactCollectionsInSequences() throws {
    #expect(try json("- a: 1\n  b: 2\n- c: 3") == [["a": 1, "b": 2], ["c": 3]])
    #expect(try json("- - a\n  - b\n- c") == [["a", "b"], "c"])
    #expect(try json("- - - deep") == [[["deep"]]])
    #expect(try json("-   a: 1\n    b: 2") == [["a": 1, "b": 2]])
  }

  @Test func sequencesIndentedLikeTheirKey() throws {
    #expect(try json("a:\n- x\n- y\nb: 1") == ["a": ["x", "y"], "b": 1])
    #expect(try json("- a:\n  - x\n  b: 2\n- c") == [["a": ["x"], "b": 2], "c"])
    #expect(try json("a:\n- b:\n  - c\n") == ["a": [["b": ["c"]]]])
  }

  @Test func emptyValuesAreNull() throws {
    let yaml = """
      a:
      b: ~
      c: null
      d:   # a comment
      e:
      """
    #expect(try json(yaml) == ["a": nil, "b": nil, "c": nil, "d": nil, "e": nil])
    #expect(try json("-\n- b\n-") == [nil, "b", nil])
    #expect(try json("-\n  a: 1") == [["a": 1]])
    #expect(try json("a:\n  b:\nc: 1") == ["a": ["b": nil], "c": 1])
  }

  @Test func keys() throws {
    let yaml = #"""
      "a b": 1
      'c''d': 2
      "\u0041": 3
      e  : 4
      f:g: 5
      é: 6
      """#
    let mapping = try #require(try YAMLDocument(parsing: yaml).root?.mapping)
    #expect(mapping.keys == ["a b", "c'd", "A", "e", "f:g", "é"])
    #expect(mapping.entries.map(\.key.style) == [.doubleQuoted, .singleQuoted, .doubleQuoted, .plain, .plain, .plain])
    #expect(mapping["e"]?.scalar?.text == "4")
    #expect(mapping["missing"] == nil)
  }

  @Test func anyConsistentIndentation() throws {
    #expect(try json("a:\n    b:\n        c: 1\n    d: 2") == ["a": ["b": ["c": 1], "d": 2]])
    #expect(try json("a:\n b:\n  c: 1") == ["a": ["b": ["c": 1]]])
    #expect(try json("   a: 1\n   b: 2\n") == ["a": 1, "b": 2])
  }

  @Test func flowCollections() throws {
    #expect(try json(#"k: [a, b, "c d", 'e', 1]"#) == ["k": ["a", "b", "c d", "e", 1]])
    #expect(try json("k: {a: [1, {b: c}], d: {}, e: []}") == ["k": ["a": [1, ["b": "c"]], "d": [:], "e": []]])
    #expect(try json("[a, b,]") == ["a", "b"])
    #expect(try json("{a: 1,}") == ["a": 1])
    #expect(try json("[]") == [])
    #expect(try json("{}") == [:])
    #expect(try json("{a, b: 1, c: }") == ["a": nil, "b": 1, "c": nil])
    #expect(try json(#"{"a":1,"b":[true,null],"c":"x"}"#) == ["a": 1, "b": [true, nil], "c": "x"])
    #expect(try json("[hello world, https://x.org/a#b, a:b]") == ["hello world", "https://x.org/a#b", "a:b"])
    #expect(try json("- [a, b]\n- {c: d}") == [["a", "b"], ["c": "d"]])
    #expect(try json("[[[]], [[1]]]") == [[[]], [[1]]])
  }

  @Test func flowCollectionsOverSeveralLines() throws {
    let yaml = """
      k: [a,
        b, # a comment
        multi
        line, "quoted
        text"
        ]
      m: {
        x: 1,
        y: 2
      }
      """
    #expect(try json(yaml) == ["k": ["a", "b", "multi line", "quoted text"], "m": ["x": 1, "y": 2]])
  }

  @Test func commentsWhereverTheyMayBe() throws {
    let yaml = """
      # leading comment
      a: 1 # trailing
      # between
      b:   # after a key
        - x   # after an item
        # inside a sequence
        - y
      c: [1, # in a flow collection
        2]
      d: | # after a block header
        text # not a comment
      e: "q # not a comment" # a comment
        # indented comment
      f: 'single' #comment
      # trailing comment
      """
    #expect(
      try json(yaml)
        == [
          "a": 1, "b": ["x", "y"], "c": [1, 2], "d": "text # not a comment\n", "e": "q # not a comment", "f": "single",
        ])
  }

  @Test func emptyDocuments() throws {
    for text in ["", "\n\n", "   \n", "# only\n# comments\n", "---\n", "---\n...\n", "...\n", "--- # comment\n"] {
      let document = try YAMLDocument(parsing: text)
      #expect(document.root == nil, "\(text)")
      #expect(document.jsonValue == .null)
    }
  }

  @Test func documentMarkers() throws {
    #expect(try json("---\na: 1\n...\n# after the end\n") == ["a": 1])
    #expect(try json("--- \"x\"\n") == "x")
    #expect(try json("--- [1, 2]\n...") == [1, 2])
    #expect(try json("--- # comment\na: 1") == ["a": 1])
    #expect(try json("a: ---x\nb: ...y") == ["a": "---x", "b": "...y"])
  }

  @Test func pyYAMLFrontMatter() throws {
    let file = #"""
      ---
      layout: case_alternative
      title: 'Civic Lab '
      airtable_id: 9ab0cd12ef34a567
      slug: civic-lab
      # Lead organisations
      fldAAAAAAAAAAAAAA:
      - the-first-organisation
      - the-second-organisation
      # Provide a brief description of the project
      fldBBBBBBBBBBBBBB: "Civic Lab invited forty residents, chosen by lot,\
        \ to three evening sessions\n\nAfter\
        \ the sessions the council\u2019s \"reply\" was published"
      fldCCCCCCCCCCCCCC: Complete
      fldDDDDDDDDDDDDDD: 2021
      fldEEEEEEEEEEEEEE: true
      fldFFFFFFFFFFFFFF: null
      fldGGGGGGGGGGGGGG: []
      fldHHHHHHHHHHHHHH: 'O''Brien: "quoted"'
      ---
      Markdown body…
      """#
    let frontMatter = try YAMLFrontMatter(splitting: Array(file.utf8))
    #expect(frontMatter.body == "Markdown body…")
    let document = try frontMatter.parse()
    #expect(
      document.jsonValue
        == [
          "layout": "case_alternative",
          "title": "Civic Lab ",
          "airtable_id": "9ab0cd12ef34a567",
          "slug": "civic-lab",
          "fldAAAAAAAAAAAAAA": ["the-first-organisation", "the-second-organisation"],
          "fldBBBBBBBBBBBBBB": .string(
            "Civic Lab invited forty residents, chosen by lot, to three evening sessions\n\n"
              + "After the sessions the council\u{2019}s \"reply\" was published"),
          "fldCCCCCCCCCCCCCC": "Complete",
          "fldDDDDDDDDDDDDDD": 2021,
          "fldEEEEEEEEEEEEEE": true,
          "fldFFFFFFFFFFFFFF": nil,
          "fldGGGGGGGGGGGGGG": [],
          "fldHHHHHHHHHHHHHH": "O'Brien: \"quoted\"",
        ])
    let mapping = try #require(document.root?.mapping)
    #expect(mapping.keys.first == "layout")
    #expect(mapping.entry(forKey: "fldAAAAAAAAAAAAAA")?.key.location == .init(offset: 116, line: 7, column: 1))
    #expect(mapping["fldAAAAAAAAAAAAAA"]?.location.line == 8)
  }
}
