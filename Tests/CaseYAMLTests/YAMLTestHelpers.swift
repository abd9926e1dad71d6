import CaseJSON
import CaseTestSupport
import CaseYAML
import Testing

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
