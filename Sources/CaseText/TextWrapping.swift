extension String {
  /// Wraps at spaces to `columns`, indenting every line (including the first) by `indent`,
  /// as swift-argument-parser does: existing line breaks are kept, and a word longer than a
  /// line is left whole.
  public func wrapped(to columns: Int, indent: Int = 0) -> String {
    let width = max(columns - indent, 1)
    var lines: [Substring] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var rest = paragraph[...]
      while rest.count > width {
        let window = rest.prefix(width)
        if let space = window.lastIndex(of: " ") {
          lines.append(rest[..<space])
          rest = rest[rest.index(after: space)...]
        } else if let space = rest.firstIndex(of: " ") {
          lines.append(rest[..<space])
          rest = rest[rest.index(after: space)...]
        } else {
          break
        }
      }
      lines.append(rest)
    }
    let padding = String(repeating: " ", count: indent)
    return lines.map { $0.isEmpty ? "" : padding + $0 }.joined(separator: "\n")
  }
}
