/// A position in a source text: the UTF-8 byte offset and the 1-based line and column.
///
/// Columns count Unicode scalars (characters as most editors show them), not bytes: in
/// `{"é": x}` the `x` is at column 8 although it is the ninth byte. A tab counts as one column.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Byte offset from the start of the text, 0-based.
  public var offset: Int
  /// Line number, 1-based. Lines end at `\n` (a `\r\n` pair is one line end).
  public var line: Int
  /// Column number, 1-based, counted in Unicode scalars.
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  /// `line:column`, as compilers print it.
  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    lhs.offset < rhs.offset
  }

  /// Computes the location of `offset` in `bytes` by scanning from the start.
  ///
  /// Use a ``LineTable`` instead when many locations in the same text are needed.
  public static func locate(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    let end = min(max(offset, 0), bytes.count)
    var lineStart = 0
    var line = 1
    var index = 0
    while index < end {
      if bytes[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    return SourceLocation(
      offset: end, line: line, column: LineTable.column(from: lineStart, to: end, in: bytes))
  }
}
