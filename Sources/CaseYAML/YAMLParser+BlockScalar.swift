extension YAMLParser {
  /// Reads a literal (`|`) or folded (`>`) block scalar from its indicator, and leaves `position`
  /// at the start of the first line after it.
  ///
  /// The header may give an indentation digit (1-9, counted from the parent's indentation) and a
  /// chomping indicator: `-` drops the final line breaks, `+` keeps them all, and by default one
  /// is kept. Without a digit, the first line with text sets the indentation. Content ends at
  /// the first line with text that is indented less.
  mutating func scanBlockScalar(parentIndent: Int) throws(YAMLParseError) -> YAMLNode {
    let location = location(position)
    let isLiteral = input[position] == UInt8(ascii: "|")
    position += 1
    var chomping: UInt8?
    var explicitIndent: Int?
    while position < end {
      let byte = input[position]
      if chomping == nil && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) {
        chomping = byte
      } else if explicitIndent == nil && byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") {
        explicitIndent = Int(byte - UInt8(ascii: "0"))
      } else {
        break
      }
      position += 1
    }
    let headerEnd = position
    skipBlanks()
    if position < end && input[position] == UInt8(ascii: "#") && position > headerEnd {
      while position < end && !isBreak(input[position]) { position += 1 }
    }
    if position < end {
      guard isBreak(input[position]) else {
        throw error(.invalidBlockScalarHeader(found: describe(position)), at: position)
      }
      consumeBreak()
    }
    let indent: Int
    if let explicitIndent {
      indent = max(parentIndent, 0) + explicitIndent
    } else {
      indent = try detectBlockIndent(parentIndent: parentIndent)
    }
    let text = readBlockLines(indent: indent, isLiteral: isLiteral, chomping: chomping)
    let scalar = YAMLScalar(
      text: String(decoding: text, as: UTF8.self), style: isLiteral ? .literal : .folded, location: location)
    return .scalar(scalar)
  }

  /// The indentation of a block scalar without an indentation digit: that of its first line
  /// with text (a line of only spaces is empty), looking ahead without moving.
  private mutating func detectBlockIndent(parentIndent: Int) throws(YAMLParseError) -> Int {
    var cursor = position
    var widestEmpty = 0
    var widestEmptyStart = position
    while cursor < end {
      let start = cursor
      while cursor < end && input[cursor] == UInt8(ascii: " ") { cursor += 1 }
      let spaces = cursor - start
      if cursor < end && isBreak(input[cursor]) {
        if spaces > widestEmpty {
          widestEmpty = spaces
          widestEmptyStart = start
        }
        cursor += input[cursor] == UInt8(ascii: "\r") ? 2 : 1
        continue
      }
      if cursor < end && spaces > parentIndent {
        if widestEmpty > spaces { throw error(.blockScalarLeadingSpaces, at: widestEmptyStart) }
        return spaces
      }
      widestEmpty = max(widestEmpty, spaces)
      break
    }
    // No text: every line up to the next less indented one is empty.
    return max(parentIndent + 1, widestEmpty)
  }

  /// Reads the lines of a block scalar indented by `indent` and returns its text.
  private mutating func readBlockLines(indent: Int, isLiteral: Bool, chomping: UInt8?) -> [UInt8] {
    var text: [UInt8] = []
    var emptyLines = 0  // since the last line with text, or since the start
    var sawText = false
    var previousMoreIndented = false
    var lastTextHadBreak = false
    while position < end {
      var cursor = position
      while cursor < end && cursor - position < indent && input[cursor] == UInt8(ascii: " ") { cursor += 1 }
      if cursor - position < indent {
        // Indented less: an empty line if only blanks follow, else the end of the scalar.
        while cursor < end && isBlank(input[cursor]) { cursor += 1 }
        guard cursor >= end || isBreak(input[cursor]) else { break }
      } else if indent == 0 && documentMarker() != nil {
        break
      }
      let contentStart = cursor
      while cursor < end && !isBreak(input[cursor]) { cursor += 1 }
      let hasBreak = cursor < end
      if cursor == contentStart {
        position = cursor
        guard hasBreak else { break }
        consumeBreak()
        emptyLines += 1
        continue
      }
      let moreIndented = isBlank(input[contentStart])
      if !sawText {
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: emptyLines))
      } else if isLiteral || previousMoreIndented || moreIndented {
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: emptyLines + 1))
      } else if emptyLines == 0 {
        text.append(UInt8(ascii: " "))
      } else {
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: emptyLines))
      }
      text.append(contentsOf: UnsafeBufferPointer(rebasing: input[contentStart..<cursor]))
      sawText = true
      previousMoreIndented = moreIndented
      emptyLines = 0
      lastTextHadBreak = hasBreak
      position = cursor
      guard hasBreak else { break }
      consumeBreak()
    }
    if chomping != UInt8(ascii: "-") && sawText && lastTextHadBreak { text.append(UInt8(ascii: "\n")) }
    if chomping == UInt8(ascii: "+") { text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: emptyLines)) }
    return text
  }
}
