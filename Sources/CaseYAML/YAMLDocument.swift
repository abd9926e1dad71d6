import CaseJSON

/// A parsed YAML document: the value it holds, as a tree of ``YAMLNode``s that know their
/// positions.
///
/// The reader covers the YAML that front matter is written in (by people, and by PyYAML and
/// other dumpers): block mappings and sequences, flow collections, every scalar style, comments,
/// `---` and `...`. It refuses what such files never need and what makes YAML risky to read:
/// anchors and aliases (alias expansion is the "billion laughs" attack), tags, directives,
/// complex keys and several documents in one text. Repeated keys are errors, nesting is limited
/// to ``maximumDepth`` levels, and the text must be UTF-8 (a byte-order mark may start it; lines
/// may end with LF or CRLF). Reading is linear in the length of the text.
public struct YAMLDocument: Sendable {
  /// The document's value; nil when the text holds none (it is empty, or only comments).
  public let root: YAMLNode?

  /// The deepest nesting of mappings and sequences accepted: deeper documents are an error
  /// rather than a risk to the stack of the code that walks them.
  public static let maximumDepth = 512

  /// Parses `bytes` as one YAML document.
  ///
  /// - Throws: ``YAMLParseError`` with the position of the first problem.
  public init(parsing bytes: [UInt8]) throws(YAMLParseError) {
    try self.init(parsing: bytes, range: 0..<bytes.count)
  }

  /// Parses the part `range` of `bytes` as one YAML document, such as the front matter of a
  /// Markdown file; positions in nodes and errors are in the whole of `bytes`. `range` should
  /// start at the start of a line.
  ///
  /// - Throws: ``YAMLParseError`` with the position of the first problem.
  public init(parsing bytes: [UInt8], range: Range<Int>) throws(YAMLParseError) {
    let range = range.clamped(to: 0..<bytes.count)
    root = try bytes.withUnsafeBufferPointer { (input) throws(YAMLParseError) in
      var parser = YAMLParser(input: input, range: range)
      return try parser.parseDocument()
    }
  }

  /// Parses the UTF-8 text of `text`.
  public init(parsing text: String) throws(YAMLParseError) {
    try self.init(parsing: Array(text.utf8))
  }

  /// The document's value as JSON (see ``YAMLNode/jsonValue``); null when there is none.
  public var jsonValue: JSONValue { root?.jsonValue ?? .null }
}
