import CaseJSON
import CaseYAML
import Testing

/// Plain, quoted and block scalars: their text after escapes, folding and chomping, and their style.
@Suite("Scalars")
struct ScalarTests {
  @Test func plainScalarsEndAtColonSpaceAndSpaceHash() throws {
    #expect(
      try scalar("k: hello world")
        == YAMLScalar(text: "hello world", style: .plain, location: .init(offset: 3, line: 1, column: 4)))
    #expect(try scalar("k: a:b").text == "a:b")
    #expect(try scalar("k: a :b").text == "a :b")
    #expect(try scalar("k: a # comment").text == "a")
    #expect(try scalar("k: a#b c").text == "a#b c")
    #expect(try scalar("url: https://x.org/a#b", "url").text == "https://x.org/a#b")
    #expect(try scalar("k: -x").text == "-x")
    #expect(try scalar("k: ?x").text == "?x")
    #expect(try scalar("k: :x").text == ":x")
    #expect(try scalar("k: a, b [c] {d}").text == "a, b [c] {d}")
  }

  @Test func plainScalarsKeepInnerBlanksAndDropTrailingOnes() throws {
    #expect(try scalar("k: a  \t b   \t").text == "a  \t b")
    #expect(try scalar("k:\tvalue").text == "value")
  }

  @Test func multiLinePlainScalarsFold() throws {
    let yaml = """
      k: first
        second

        third


        fourth
      next: x
      """
    #expect(try scalar(yaml).text == "first second\nthird\n\nfourth")
    #expect(try json(yaml)["next"] == "x")
    #expect(try scalar("k: a   \n \tb#c").text == "a b#c")
    #expect(try scalar("k: a\n# a comment ends the value\nnext: b").text == "a")
    #expect(try json("a\nb\n\nc  \n  d") == "a b\nc d")
    #expect(try json("- a\n  b\n- c") == ["a b", "c"])
  }

  @Test func singleQuotedScalars() throws {
    #expect(
      try scalar("k: 'it''s'")
        == YAMLScalar(text: "it's", style: .singleQuoted, location: .init(offset: 3, line: 1, column: 4)))
    #expect(try scalar("k: 'a # not a comment'").text == "a # not a comment")
    #expect(try scalar(#"k: 'back\slash \n'"#).text == #"back\slash \n"#)
    #expect(try scalar("k: 'one\n  two  \n\n  three  \n   four'").text == "one two\nthree four")
    #expect(try scalar("k: ''").text == "")
    #expect(try scalar("title: 'Gen(Z)AI '", "title").text == "Gen(Z)AI ")
    #expect(try scalar("k: ''''").text == "'")
  }

  @Test func everyDoubleQuotedEscape() throws {
    let value = try scalar(#"k: "\x41\u00e9\U0001F600\N\_\L\P\0\e\a\b\t\n\v\f\r\ \"\/\\""#)
    #expect(
      value.text
        == "A\u{E9}\u{1F600}\u{85}\u{A0}\u{2028}\u{2029}\u{0}\u{1B}\u{7}\u{8}\t\n\u{B}\u{C}\r \"/\\")
    #expect(value.style == .doubleQuoted)
    #expect(try scalar("k: \"a\\\tb\"").text == "a\tb")
    #expect(try scalar(#"k: "\xe9\xFF""#).text == "\u{E9}\u{FF}")
    #expect(try scalar(#"k: "\ud83d\ude00 \uD83D\uDE00""#).text == "\u{1F600} \u{1F600}")
    #expect(try scalar("k: \"tab\tand é kept\"").text == "tab\tand é kept")
    #expect(try scalar(#"k: "a # not a comment""#).text == "a # not a comment")
  }

  @Test func doubleQuotedLineFolding() throws {
    #expect(try scalar("k: \"a  \n   b\n\n  c\n\n\n  d\"").text == "a b\nc\n\nd")
    // YAML 1.2 example 7.5: spaces before an escaped break are kept, an escaped space is kept.
    let example = "\"folded \nto a space,\t\n \nto a line feed, or \t\\\n \\ \tnon-content\""
    #expect(try json(example) == "folded to a space,\nto a line feed, or \t \tnon-content")
  }

  @Test func escapedLineBreaksJoinLines() throws {
    #expect(try scalar("k: \"ab\\\n   cd\"").text == "abcd")
    #expect(try scalar("k: \"ab\\\n   \\ cd\"").text == "ab cd")
    #expect(try scalar("k: \"ab\\\n\n  cd\"").text == "ab\ncd")
    #expect(try scalar("k: \"ab\\\r\n  cd\"").text == "abcd")
  }

  @Test func pyYAMLLongStrings() throws {
    let yaml = #"""
      k: "The lab invited forty residents, chosen by lot,\
        \ to three evening sessions\n\nAfter\
        \ the sessions the council\u2019s \"reply\" was published \u2014 in full"
      """#
    #expect(
      try scalar(yaml).text
        == "The lab invited forty residents, chosen by lot, to three evening sessions\n\n"
        + "After the sessions the council\u{2019}s \"reply\" was published \u{2014} in full")
  }

  @Test func literalBlockScalars() throws {
    let yaml = """
      k: |
        line one
          indented

        last
      next: x
      """
    #expect(
      try scalar(yaml)
        == YAMLScalar(
          text: "line one\n  indented\n\nlast\n", style: .literal, location: .init(offset: 3, line: 1, column: 4)))
    #expect(try json(yaml)["next"] == "x")
    #expect(try scalar("k: |\n  # not a comment\n  a\tb\n  \tc\n").text == "# not a comment\na\tb\n\tc\n")
    #expect(try scalar("k: | # a comment\n  text\n").text == "text\n")
    #expect(try scalar("k: |\n  a").text == "a")
    #expect(try scalar("k: |\nnext: 1").text == "")
  }

  @Test func chomping() throws {
    let body = "\n  a\n  b\n\n\nnext: x"
    #expect(try scalar("k: |" + body).text == "a\nb\n")
    #expect(try scalar("k: |-" + body).text == "a\nb")
    #expect(try scalar("k: |+" + body).text == "a\nb\n\n\n")
    #expect(try scalar("k: >" + body).text == "a b\n")
    #expect(try scalar("k: >-" + body).text == "a b")
    #expect(try scalar("k: >+" + body).text == "a b\n\n\n")
    #expect(try scalar("k: |+\n\nnext: 1").text == "\n")
    #expect(try scalar("k: |-\n  a").text == "a")
  }

  @Test func explicitIndentation() throws {
    #expect(try scalar("k: |2\n    four\n  two\n").text == "  four\ntwo\n")
    #expect(try scalar("k: |1\n  a").text == " a")
    #expect(try scalar("k: |-2\n   a\n").text == " a")
    #expect(try scalar("k: >+1\n  a\n\n").text == " a\n\n")
    #expect(try json("- |1\n  explicit\n") == [" explicit\n"])
    // A leading line of spaces wider than the text is content when the indentation is given.
    #expect(try scalar("k: |2\n    \n  a\n").text == "  \na\n")
  }

  @Test func foldedBlockScalars() throws {
    // YAML 1.2 example 8.10, indented under a key.
    let yaml = """
      k: >

        folded
        line

        next
        line
           * bullet

           * list
           * lines

        last
        line

      # Comment
      """
    let value = try scalar(yaml)
    #expect(value.text == "\nfolded line\nnext line\n   * bullet\n\n   * list\n   * lines\n\nlast line\n")
    #expect(value.style == .folded)
    #expect(try json("- |\n a\n- >\n  b\n  c\n") == ["a\n", "b c\n"])
    // A line of a tab after the indentation is text, more indented (YAML 1.2 example 8.2).
    #expect(try json("- >\n \t\n detected\n") == ["\t\ndetected\n"])
  }

  @Test func blockScalarsAtTheTopLevel() throws {
    #expect(try json("--- |\n  text\n") == "text\n")
    #expect(try json("|\ntext at column one\n") == "text at column one\n")
    #expect(try json("--- |\ntext\n...\n") == "text\n")
    #expect(try json("--- >-\n  folded\n  text\n") == "folded text")
  }
}
