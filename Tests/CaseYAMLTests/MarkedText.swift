import CaseJSON
import CaseYAML
import Testing

/// Text with position markers (`1️⃣`, `2️⃣`, …) taken out, and where each marker stood, as the
/// reader should report it: byte offset, line and column (columns count Unicode scalars).
struct MarkedText {
  var text: String
  var markers: [String: CaseJSON.SourceLocation] = [:]

  init(_ marked: String) {
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
        markers[String(scalar) + "\u{FE0F}\u{20E3}"] = CaseJSON.SourceLocation(
          offset: offset, line: line, column: column)
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

  subscript(marker: String) -> CaseJSON.SourceLocation {
    guard let location = markers[marker] else { fatalError("no marker \(marker) in test text") }
    return location
  }
}

/// The document's value as JSON.
func json(_ yaml: String) throws -> JSONValue {
  try YAMLDocument(parsing: yaml).jsonValue
}

/// The scalar that is the value of `key` in the document's top-level mapping.
func scalar(_ yaml: String, _ key: String = "k") throws -> YAMLScalar {
  try #require(try YAMLDocument(parsing: yaml).root?[key]?.scalar)
}

/// Expects `marked` to be refused with `kind`, reported where the `1️⃣` marker stands.
func expectError(
  _ marked: String, _ kind: YAMLParseError.Kind, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let text = MarkedText(marked)
  expectError(bytes: Array(text.text.utf8), kind, at: text["1️⃣"], sourceLocation: sourceLocation)
}

/// Expects `bytes` to be refused with `kind` at `location`.
func expectError(
  bytes: [UInt8], _ kind: YAMLParseError.Kind, at location: CaseJSON.SourceLocation,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  do {
    let document = try YAMLDocument(parsing: bytes)
    Issue.record("expected \(kind), parsed \(String(describing: document.root))", sourceLocation: sourceLocation)
  } catch {
    #expect(error.kind == kind, sourceLocation: sourceLocation)
    #expect(error.location == location, sourceLocation: sourceLocation)
  }
}
