/// The start offsets of every line in a text, for turning byte offsets into line and column.
///
/// The parser records line starts as it skips whitespace (JSON strings cannot hold a raw
/// line feed), so a parsed document answers location queries in O(log lines + line length).
public struct LineTable: Sendable {
  /// Byte offset at which each line starts; `starts[0] == 0`.
  public private(set) var starts: [UInt32]

  public init() {
    starts = [0]
  }

  /// Builds the table by scanning `bytes` for line feeds.
  public init(scanning bytes: UnsafeBufferPointer<UInt8>) {
    starts = [0]
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      starts.append(UInt32(truncatingIfNeeded: index + 1))
    }
  }

  /// Records that a new line starts at `offset`; offsets must be added in increasing order.
  public mutating func addLineStart(_ offset: Int) {
    starts.append(UInt32(truncatingIfNeeded: offset))
  }

  /// The location of byte `offset` in `bytes`, the text this table describes.
  public func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
    let offset = min(max(offset, 0), bytes.count)
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(starts[middle]) <= offset { low = middle } else { high = middle - 1 }
    }
    let lineStart = Int(starts[low])
    return SourceLocation(
      offset: offset, line: low + 1, column: LineTable.column(from: lineStart, to: offset, in: bytes))
  }

  /// The 1-based column of `offset` on a line starting at `lineStart`, counting Unicode scalars.
  static func column(from lineStart: Int, to offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var column = 1
    var index = lineStart
    while index < offset {
      // Continuation bytes (10xxxxxx) do not start a new scalar.
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }
}
