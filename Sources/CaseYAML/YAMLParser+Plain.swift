extension YAMLParser {
  /// Reads a plain (unquoted) scalar starting at `position`, which the caller has checked may
  /// start one, and leaves `position` just after its last character.
  ///
  /// The scalar ends at `: ` (or `:` at the end of a line), at ` #`, and inside flow collections
  /// at `,` `[` `]` `{` `}` too. When `multiline` is true it continues on following lines that
  /// are indented more than `parentIndent` (in block context) and are not comments or document
  /// markers; their line breaks fold: one break becomes a space, and each empty line a `\n`.
  mutating func scanPlain(inFlow: Bool, parentIndent: Int, multiline: Bool) -> YAMLScalar {
    let location = location(position)
    var text: [UInt8] = []
    var textEnd = position
    var textLineStart = lineStart
    var separatorStart = position
    var lineBreaks = 0
    while true {
      let runStart = position
      while position < end {
        let byte = input[position]
        if isBlank(byte) || isBreak(byte) { break }
        if byte == UInt8(ascii: ":") {
          let next = position + 1
          if isSeparator(at: next) || (inFlow && isFlowIndicator(input[next])) { break }
        } else if inFlow && isFlowIndicator(byte) {
          break
        }
        position += 1
      }
      if position == runStart { break }
      if lineBreaks == 1 {
        text.append(UInt8(ascii: " "))
      } else if lineBreaks > 1 {
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: lineBreaks - 1))
      } else {
        text.append(contentsOf: UnsafeBufferPointer(rebasing: input[separatorStart..<runStart]))
      }
      text.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<position]))
      textEnd = position
      textLineStart = lineStart
      lineBreaks = 0
      separatorStart = position
      skipBlanks()
      guard position < end, input[position] != UInt8(ascii: "#") else { break }
      if isBreak(input[position]) {
        guard multiline, let breaks = skipContinuationBreaks(inFlow: inFlow, parentIndent: parentIndent) else { break }
        lineBreaks = breaks
      }
    }
    position = textEnd
    lineStart = textLineStart
    return YAMLScalar(text: String(decoding: text, as: UTF8.self), style: .plain, location: location)
  }

  /// From a line break inside a plain scalar, skips to the first character of the line that
  /// continues the scalar and returns the number of breaks passed; nil when no line continues it.
  private mutating func skipContinuationBreaks(inFlow: Bool, parentIndent: Int) -> Int? {
    var breaks = 0
    var indent = 0
    repeat {
      consumeBreak()
      breaks += 1
      if documentMarker() != nil { return nil }
      while position < end && input[position] == UInt8(ascii: " ") { position += 1 }
      indent = position - lineStart
      skipBlanks()
      guard position < end else { return nil }
    } while isBreak(input[position])
    if input[position] == UInt8(ascii: "#") || (!inFlow && indent <= parentIndent) { return nil }
    return breaks
  }
}
