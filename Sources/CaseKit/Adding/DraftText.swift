/// The text of a draft file for `cases add --edit` and `--from`: JSON, optionally after lines
/// of notes starting with `//` (instructions, or the errors of the last save), as git puts
/// `#` lines in a commit message.
public enum DraftText {
  /// The bytes with the leading `//` lines (and blank lines among them) blanked to spaces, so
  /// that line and column numbers in the JSON are those of the file.
  public static func blankingNotes(_ bytes: [UInt8]) -> [UInt8] {
    var result = bytes
    var index = 0
    while index < result.count {
      var lineEnd = index
      while lineEnd < result.count && result[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      let line = result[index..<lineEnd]
      guard
        let first = line.firstIndex(where: {
          $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r")
        })
      else {
        index = lineEnd + 1
        continue
      }
      guard line[first...].starts(with: "//".utf8) else { break }
      for position in index..<lineEnd { result[position] = UInt8(ascii: " ") }
      index = lineEnd + 1
    }
    return result
  }

  /// The JSON part of a draft: from the start of its first line after the notes to its last
  /// character that is not white space, and the line number (1-based) it starts on.
  public static func body(_ bytes: [UInt8]) -> (bytes: ArraySlice<UInt8>, firstLine: Int) {
    let blanked = blankingNotes(bytes)
    let isSpace: (UInt8) -> Bool = { [9, 10, 13, 32].contains($0) }
    guard let first = blanked.firstIndex(where: { !isSpace($0) }), let last = blanked.lastIndex(where: { !isSpace($0) })
    else { return ([], 1) }
    let lineStart = blanked[..<first].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    return (bytes[lineStart...last], 1 + blanked[..<lineStart].count { $0 == UInt8(ascii: "\n") })
  }

  /// A draft file: each note as a `//` line, a blank line, then `json`.
  public static func compose(notes: [String], json: some Collection<UInt8>) -> [UInt8] {
    var text = notes.map { $0.isEmpty ? "//" : "// " + $0 }.joined(separator: "\n")
    if !notes.isEmpty { text += "\n\n" }
    var bytes = Array(text.utf8) + json
    if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    return bytes
  }

  /// How many lines ``compose(notes:json:)`` puts before the JSON.
  public static func lineCount(ofNotes notes: [String]) -> Int { notes.isEmpty ? 0 : notes.count + 1 }
}
