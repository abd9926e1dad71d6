import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

/// The YAML writer: what it writes for the tricky strings, and that a strict reader (PyYAML)
/// gives back exactly the values written.
@Suite("YAML writer")
struct YAMLWriterTests {
  /// Strings a careless writer gets wrong: reserved words, numbers, dates, indicators,
  /// comment and mapping markers, spaces at the ends, line breaks, controls and Unicode.
  static let trickyStrings = [
    "", "yes", "No", "ON", "off", "null", "Null", "~", "true", "FALSE", "y", "n", "2019", "2021-03-15", "2019-03",
    "2001-12-14t21:59:43.10-05:00", "1:20", "0x1F", "0o17", "1e5", "1_000", ".inf", "-.5", "+1", "-", "- item", "?",
    "? key", "key: value", "a # not a comment", "C# and F#", "ends with a colon:", " leading space", "trailing space ",
    "#hash", "@at", "`tick", "'single'", "\"double\"", "[flow]", "{brace}", "*alias", "&anchor", "!tag", "|pipe",
    ">fold", "%percent", "=", "<<", "---", "...", "Försäkringskassan", "日本語の文", "emoji 🎉", "tab\there",
    "line\nbreak", "two\n\nparagraphs\n", "ends with newlines\n\n\n", " starts with a space\nthen more",
    "\nstarts with a break", "\u{2028}line separator", "bell\u{7}", "bom\u{FEFF}", "nel\u{85}", "back\\slash",
    "Example, with a comma", "https://example.org/a:b?c=d#e", "crlf\r\nline", "Citizens' jury", "a\n\tindented",
  ]

  @Test func plainWhereSafeQuotedOtherwise() {
    #expect(YAMLWriter.scalar("Citizens' jury or panel") == "Citizens' jury or panel")
    #expect(YAMLWriter.scalar("https://example.org/x") == "https://example.org/x")
    #expect(YAMLWriter.scalar("yes") == "\"yes\"")
    #expect(YAMLWriter.scalar("2019") == "\"2019\"")
    #expect(YAMLWriter.scalar("2021-03-15") == "\"2021-03-15\"")
    #expect(YAMLWriter.scalar("key: value") == "\"key: value\"")
    #expect(YAMLWriter.scalar("a # b") == "\"a # b\"")
    #expect(YAMLWriter.scalar("") == "\"\"")
    #expect(YAMLWriter.scalar("Försäkringskassan") == "Försäkringskassan")
    #expect(YAMLWriter.scalar("say \"hi\"\\") == "say \"hi\"\\")
    #expect(YAMLWriter.scalar("- \"hi\"\\\u{7}\u{2028}\u{FEFF}") == "\"- \\\"hi\\\"\\\\\\x07\\L\\uFEFF\"")
  }

  @Test func blocksListsAndLiterals() {
    let value: JSONValue = [
      "title": "Plain title", "year": 2019, "ratio": .number(JSONNumber("1e5")!), "ongoing": true, "none": nil,
      "topics": ["local", "yes"], "empty": [], "nothing": [:],
      "sources": [["title": "A", "url": "https://example.org/a"], ["title": "B"]],
      "nested": [["x", "y"], []],
      "text": "First line.\nSecond line.\n", "tight": "a\nb", "loose": "a\n\n\n",
    ]
    #expect(
      YAMLWriter.document(value) == """
        title: Plain title
        year: 2019
        ratio: 1.0e+5
        ongoing: true
        none: null
        topics:
          - local
          - "yes"
        empty: []
        nothing: {}
        sources:
          - title: A
            url: https://example.org/a
          - title: B
        nested:
          - - x
            - "y"
          - []
        text: |
          First line.
          Second line.
        tight: |-
          a
          b
        loose: |+
          a



        """)
  }

  @Test(.enabled(if: PythonYAML.isAvailable, "skipped: python3 with its yaml module (PyYAML) is not installed"))
  func aStrictReaderReadsBackEveryTrickyString() throws {
    var mapping = JSONObject()
    for (index, text) in YAMLWriterTests.trickyStrings.enumerated() { mapping["k\(index)"] = .string(text) }
    // The same strings as keys, in a list, in a list of lists, and nested in mappings.
    var keyed = JSONObject()
    for text in YAMLWriterTests.trickyStrings where !text.contains("\n") { keyed[text] = .string(text) }
    let strings = JSONValue.array(YAMLWriterTests.trickyStrings.map(JSONValue.string))
    let value: JSONValue = [
      "values": .object(mapping), "keys": .object(keyed), "list": strings, "lists": [strings, [strings]],
      "deep": ["a": ["b": .object(mapping)]],
      "numbers": [
        0, -3, 18, .number(JSONNumber("1.5")!), .number(JSONNumber("1e5")!), .number(JSONNumber("2.5E-3")!),
        .number(JSONNumber("-0.0")!),
      ],
      "flags": [true, false, nil], "empties": [[], [:], ""],
    ]
    let yaml = YAMLWriter.document(value)
    let readBack = try JSONDocument(parsing: try PythonYAML.load(yaml)).root.value
    #expect(readBack == value, "\(yaml)")
    // A document that is a single string.
    for text in ["yes", "2019-03", "line\nbreak", " spaced "] {
      let single = try JSONDocument(parsing: try PythonYAML.load(YAMLWriter.document(.string(text)))).root.value
      #expect(single == .string(text), "\(text.debugDescription)")
    }
  }
}
