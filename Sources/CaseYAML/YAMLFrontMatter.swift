import CaseJSON

/// A Markdown file split into its YAML front matter and its body, as Jekyll splits it.
///
/// Front matter starts with the file's first line, `---`, and ends at the next line that is
/// `---` or `...`; trailing spaces on these lines and CRLF line ends are accepted, and a UTF-8
/// byte-order mark may come first. The body is everything after the closing line.
public struct YAMLFrontMatter: Sendable {
  /// The whole file.
  public let bytes: [UInt8]
  /// The YAML between the marker lines (empty for `---` directly followed by `---`).
  public let yamlRange: Range<Int>
  /// The body after the closing marker line.
  public let bodyRange: Range<Int>

  /// Splits `bytes`, checking that the body is UTF-8 (the YAML is checked when parsed).
  ///
  /// - Throws: ``YAMLParseError`` of kind ``YAMLParseError/Kind/noFrontMatter`` when the first
  ///   line is not `---`, ``YAMLParseError/Kind/unterminatedFrontMatter`` when no line closes
  ///   it, or ``YAMLParseError/Kind/invalidUTF8(_:)`` for a body that is not UTF-8.
  public init(splitting bytes: [UInt8]) throws(YAMLParseError) {
    self.bytes = bytes
    (yamlRange, bodyRange) = try bytes.withUnsafeBufferPointer { (input) throws(YAMLParseError) in
      var locator = YAMLLocator(input: input, end: input.count)
      let start = startsWithByteOrderMark(input) ? 3 : 0
      guard let yamlStart = markerLineEnd(input, at: start, dots: false) else {
        throw YAMLParseError(kind: .noFrontMatter, location: locator.location(of: start))
      }
      var lineStart = yamlStart
      while lineStart < input.count {
        if let bodyStart = markerLineEnd(input, at: lineStart, dots: true) {
          if let (kind, offset) = firstInvalidCharacter(in: input, range: bodyStart..<input.count, onlyUTF8: true) {
            throw YAMLParseError(kind: kind, location: locator.location(of: offset))
          }
          return (yamlStart..<lineStart, bodyStart..<input.count)
        }
        while lineStart < input.count && input[lineStart] != UInt8(ascii: "\n") { lineStart += 1 }
        lineStart += 1
      }
      throw YAMLParseError(kind: .unterminatedFrontMatter, location: locator.location(of: start))
    }
  }

  /// The body, the Markdown after the front matter.
  public var body: String {
    String(decoding: bytes[bodyRange], as: UTF8.self)
  }

  /// Parses the front matter; positions in nodes and errors are in the whole file.
  public func parse() throws(YAMLParseError) -> YAMLDocument {
    try YAMLDocument(parsing: bytes, range: yamlRange)
  }
}

/// When the line at `start` is a front matter marker — `---`, or `...` too when `dots` is true,
/// then only spaces or tabs — the offset where the next line starts (or the end of the file).
private func markerLineEnd(_ input: UnsafeBufferPointer<UInt8>, at start: Int, dots: Bool) -> Int? {
  guard start + 3 <= input.count else { return nil }
  let byte = input[start]
  guard byte == UInt8(ascii: "-") || (dots && byte == UInt8(ascii: ".")), input[start + 1] == byte,
    input[start + 2] == byte
  else { return nil }
  var index = start + 3
  while index < input.count && isBlank(input[index]) { index += 1 }
  if index == input.count { return index }
  if input[index] == UInt8(ascii: "\r") && index + 1 < input.count && input[index + 1] == UInt8(ascii: "\n") {
    return index + 2
  }
  return input[index] == UInt8(ascii: "\n") ? index + 1 : nil
}
