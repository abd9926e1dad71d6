import CaseJSON

/// Turns byte offsets into lines and columns, in time linear in the text when asked in order.
///
/// Line starts are found once. Columns count Unicode scalars from the start of the line; the
/// locator remembers the last answer, so asking for increasing offsets on one long line counts
/// each byte once instead of rescanning from the line start. A byte-order mark at the start of
/// the text is not counted, as editors do not show it.
struct YAMLLocator {
  private let input: UnsafeBufferPointer<UInt8>
  private let lineStarts: [Int]
  private let byteOrderMarkLength: Int
  private var cachedLine = 0
  private var cachedOffset = 0
  private var cachedColumn = 1

  /// A locator for `input`, which is scanned for lines up to `end`.
  init(input: UnsafeBufferPointer<UInt8>, end: Int) {
    self.input = input
    var starts = [0]
    for index in 0..<end where input[index] == UInt8(ascii: "\n") {
      starts.append(index + 1)
    }
    lineStarts = starts
    byteOrderMarkLength = startsWithByteOrderMark(input) ? 3 : 0
    cachedOffset = byteOrderMarkLength
  }

  mutating func location(of offset: Int) -> SourceLocation {
    let line = lineIndex(of: offset)
    var column = 1
    var index = line == 0 ? min(byteOrderMarkLength, offset) : lineStarts[line]
    if line == cachedLine && offset >= cachedOffset {
      column = cachedColumn
      index = cachedOffset
    }
    while index < offset {
      // Continuation bytes (10xxxxxx) do not start a new scalar.
      if input[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    cachedLine = line
    cachedOffset = offset
    cachedColumn = column
    return SourceLocation(offset: offset, line: line + 1, column: column)
  }

  /// The 0-based line holding `offset`: the cached line when it does, else a binary search.
  private func lineIndex(of offset: Int) -> Int {
    if offset >= lineStarts[cachedLine] && (cachedLine + 1 == lineStarts.count || offset < lineStarts[cachedLine + 1]) {
      return cachedLine
    }
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }
}

/// True when `input` starts with the UTF-8 byte-order mark, EF BB BF.
func startsWithByteOrderMark(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
  input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
}
