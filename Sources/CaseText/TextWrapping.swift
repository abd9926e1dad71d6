extension String {
  /// Wraps at spaces to `columns`, indenting every line (including the first) by `indent`,
  /// as swift-argument-parser does: existing line breaks are kept, and a word longer than a
  /// line is left whole.
  public func wrapped(to columns: Int, indent: Int = 0) -> String {
    let width = max(columns - indent, 1)
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      // Characters counted once, so that wrapping is linear in the text's length.
      let characters = Array(paragraph)
      var start = 0
      while characters.count - start > width {
        let window = characters[start..<start + width]
        if let space = window.lastIndex(of: " ") {
          lines.append(String(characters[start..<space]))
          start = space + 1
        } else if let space = characters[(start + width)...].firstIndex(of: " ") {
          lines.append(String(characters[start..<space]))
          start = space + 1
        } else {
          break
        }
      }
      lines.append(String(characters[start...]))
    }
    let padding = String(repeating: " ", count: indent)
    return lines.map { $0.isEmpty ? "" : padding + $0 }.joined(separator: "\n")
  }
}
