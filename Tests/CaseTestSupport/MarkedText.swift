import CaseJSON

/// Text with position markers (`1️⃣`, `2️⃣`, …) taken out, and where each marker stood, as the
/// parser or reader should report it: byte offset, line and column (columns count Unicode scalars).
public struct MarkedText {
  public var text: String
  public var markers: [String: SourceLocation] = [:]

  public init(_ marked: String) {
    var text = ""
    var line = 1
    var column = 1
    var offset = 0
    var scalars = Array(marked.unicodeScalars)[...]
    while let scalar = scalars.first {
      // A keycap marker is digit, U+FE0F, U+20E3.
      if scalars.count >= 3, ("1"..."9").contains(scalar),
        scalars[scalars.startIndex + 1] == "\u{FE0F}", scalars[scalars.startIndex + 2] == "\u{20E3}"
      {
        markers[String(scalar) + "\u{FE0F}\u{20E3}"] = SourceLocation(offset: offset, line: line, column: column)
        scalars = scalars.dropFirst(3)
        continue
      }
      text.unicodeScalars.append(scalar)
      offset += String(scalar).utf8.count
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      scalars = scalars.dropFirst()
    }
    self.text = text
  }

  public subscript(marker: String) -> SourceLocation {
    guard let location = markers[marker] else { fatalError("no marker \(marker) in test text") }
    return location
  }
}
