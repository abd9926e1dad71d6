extension YAMLParser {
  /// Steps over the line break at `position` (LF or CRLF) to the start of the next line.
  mutating func consumeBreak() {
    // Validation refused lone carriage returns, so a CR is always followed by an LF.
    position += input[position] == UInt8(ascii: "\r") ? 2 : 1
    lineStart = position
  }

  /// Skips spaces and tabs on the current line; returns whether there was a tab.
  @discardableResult
  mutating func skipBlanks() -> Bool {
    var sawTab = false
    while position < end && isBlank(input[position]) {
      if input[position] == UInt8(ascii: "\t") { sawTab = true }
      position += 1
    }
    return sawTab
  }

  /// True when `offset` is the end of the text, a space, a tab or a line break: what must follow
  /// `-`, `?`, `:` and `---` for them to be indicators.
  func isSeparator(at offset: Int) -> Bool {
    offset >= end || isBlank(input[offset]) || isBreak(input[offset])
  }

  /// True when `offset` holds a block sequence's `-`.
  func isSequenceIndicator(at offset: Int) -> Bool {
    offset < end && input[offset] == UInt8(ascii: "-") && isSeparator(at: offset + 1)
  }

  /// `-` or `.` when `position` starts a line that begins with the document marker `---` or `...`.
  func documentMarker() -> UInt8? {
    guard position == lineStart, position + 3 <= end, isSeparator(at: position + 3) else { return nil }
    let byte = input[position]
    guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return nil }
    return input[position + 1] == byte && input[position + 2] == byte ? byte : nil
  }

  /// From the start of a line, skips blank lines and comment lines to the next line with content.
  ///
  /// Returns the content's indentation (leaving `position` at it), or -1 at the end of the text
  /// or at a document marker (leaving `position` at the marker).
  mutating func skipToContent() throws(YAMLParseError) -> Int {
    while position < end {
      var cursor = position
      while cursor < end && input[cursor] == UInt8(ascii: " ") { cursor += 1 }
      let indent = cursor - position
      if cursor < end && input[cursor] == UInt8(ascii: "\t") {
        let tab = cursor
        while cursor < end && isBlank(input[cursor]) { cursor += 1 }
        if cursor < end && !isBreak(input[cursor]) && input[cursor] != UInt8(ascii: "#") {
          throw error(.tabIndentation, at: tab)
        }
      }
      if cursor < end && input[cursor] == UInt8(ascii: "#") {
        while cursor < end && !isBreak(input[cursor]) { cursor += 1 }
      }
      position = cursor
      if position >= end { return -1 }
      if isBreak(input[position]) {
        consumeBreak()
        continue
      }
      if indent == 0 && documentMarker() != nil { return -1 }
      return indent
    }
    return -1
  }

  /// After a value on its line: skips blanks and a comment, then moves to the next line with
  /// content and returns its indentation as ``skipToContent()`` does.
  mutating func finishLine() throws(YAMLParseError) -> Int {
    skipBlanks()
    guard position < end else { return -1 }
    if input[position] == UInt8(ascii: "#") {
      guard position > lineStart && isBlank(input[position - 1]) else {
        throw error(.commentWithoutSpace, at: position)
      }
      while position < end && !isBreak(input[position]) { position += 1 }
      guard position < end else { return -1 }
    }
    guard isBreak(input[position]) else { throw error(.trailingContent(found: describe(position)), at: position) }
    consumeBreak()
    return try skipToContent()
  }

  /// Names the character at `offset` for a message: `'x'`, `a tab`, `end of input`.
  func describe(_ offset: Int) -> String {
    guard offset < end else { return "end of input" }
    let byte = input[offset]
    switch byte {
    case UInt8(ascii: " "): return "a space"
    case UInt8(ascii: "\t"): return "a tab"
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
    default: break
    }
    var next = offset + 1
    while next < end && input[next] & 0xC0 == 0x80 { next += 1 }
    return "'" + String(decoding: UnsafeBufferPointer(rebasing: input[offset..<next]), as: UTF8.self) + "'"
  }
}
