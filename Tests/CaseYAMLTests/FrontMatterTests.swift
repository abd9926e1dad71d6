import CaseJSON
import CaseYAML
import Testing

/// Splitting Markdown files into front matter and body, as Jekyll does.
@Suite("Front matter")
struct FrontMatterTests {
  func split(_ text: String) throws -> YAMLFrontMatter {
    try YAMLFrontMatter(splitting: Array(text.utf8))
  }

  func expectSplitError(
    _ bytes: [UInt8], _ kind: YAMLParseError.Kind, at location: CaseJSON.SourceLocation,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    do {
      _ = try YAMLFrontMatter(splitting: bytes)
      Issue.record("expected \(kind)", sourceLocation: sourceLocation)
    } catch {
      #expect(error.kind == kind, sourceLocation: sourceLocation)
      #expect(error.location == location, sourceLocation: sourceLocation)
    }
  }

  @Test func splitsFrontMatterFromBody() throws {
    let frontMatter = try split("---\ntitle: x\n---\n# Heading\n\nText\n")
    #expect(frontMatter.yamlRange == 4..<13)
    #expect(frontMatter.bodyRange == 17..<33)
    #expect(frontMatter.body == "# Heading\n\nText\n")
    let document = try frontMatter.parse()
    #expect(document.jsonValue == ["title": "x"])
    #expect(document.root?.mapping?.entries[0].key.location == .init(offset: 4, line: 2, column: 1))
  }

  @Test func closingLines() throws {
    #expect(try split("---\na: 1\n...\nbody").body == "body")
    #expect(try split("---  \na: 1\n--- \t\nbody").parse().jsonValue == ["a": 1])
    #expect(try split("---\r\na: 1\r\n---\r\nbody\r\n").body == "body\r\n")
    #expect(try split("---\r\na: 1\r\n---\r\nbody\r\n").parse().jsonValue == ["a": 1])
    #expect(try split("---\na: 1\n---").body == "")
    // Only the first closing line counts; later ones belong to the body.
    #expect(try split("---\na: 1\n---\ntext\n---\nmore").body == "text\n---\nmore")
    // A line that only starts with dashes does not close the front matter.
    #expect(try split("---\na: |\n  ----\n  ---x\n---\n").parse().jsonValue == ["a": "----\n---x\n"])
  }

  @Test func byteOrderMark() throws {
    let frontMatter = try YAMLFrontMatter(splitting: [0xEF, 0xBB, 0xBF] + Array("---\na: 1\n---\nbody".utf8))
    #expect(frontMatter.body == "body")
    #expect(try frontMatter.parse().jsonValue == ["a": 1])
  }

  @Test func emptyFrontMatter() throws {
    let frontMatter = try split("---\n---\nbody")
    #expect(frontMatter.yamlRange.isEmpty)
    #expect(try frontMatter.parse().root == nil)
    #expect(try frontMatter.parse().jsonValue == .null)
    #expect(try split("---\n# only a comment\n---\n").parse().root == nil)
  }

  @Test func missingFrontMatter() {
    let start = CaseJSON.SourceLocation(offset: 0, line: 1, column: 1)
    expectSplitError(Array("title: x\n".utf8), .noFrontMatter, at: start)
    expectSplitError([], .noFrontMatter, at: start)
    expectSplitError(Array("--- title\n---\n".utf8), .noFrontMatter, at: start)
    expectSplitError(Array("----\n".utf8), .noFrontMatter, at: start)
    expectSplitError(Array("\n---\na: 1\n---\n".utf8), .noFrontMatter, at: start)
    #expect(YAMLParseError.Kind.noFrontMatter.message == "the file has no front matter: its first line is not '---'")
  }

  @Test func unterminatedFrontMatter() {
    let start = CaseJSON.SourceLocation(offset: 0, line: 1, column: 1)
    expectSplitError(Array("---\na: 1\n".utf8), .unterminatedFrontMatter, at: start)
    expectSplitError(Array("---".utf8), .unterminatedFrontMatter, at: start)
    expectSplitError(Array("---\na: 1\n-- \n".utf8), .unterminatedFrontMatter, at: start)
  }

  @Test func errorsPointIntoTheWholeFile() throws {
    let frontMatter = try split("---\na: 1\n\tb: 2\n---\nbody")
    do {
      _ = try frontMatter.parse()
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .tabIndentation)
      #expect(error.location == .init(offset: 9, line: 3, column: 1))
    }
  }

  @Test func bodyMustBeUTF8() {
    expectSplitError(
      Array("---\na: 1\n---\nbody ".utf8) + [0xFF], .invalidUTF8([0xFF]), at: .init(offset: 18, line: 4, column: 6))
  }
}
