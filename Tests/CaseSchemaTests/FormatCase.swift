import CaseSchema
import Testing

/// One value and whether it is valid for a format.
struct FormatCase: CustomTestStringConvertible, Sendable {
  var format: String
  var value: String
  var valid: Bool

  init(_ format: String, _ value: String, _ valid: Bool) {
    self.format = format
    self.value = value
    self.valid = valid
  }

  var testDescription: String {
    "\(format) \(String(reflecting: value)) is \(valid ? "valid" : "invalid")"
  }
}

/// Checks each case against `FormatChecker`.
func expectCases(_ cases: [FormatCase], sourceLocation: SourceLocation = #_sourceLocation) {
  for item in cases {
    #expect(
      FormatChecker.check(item.format, item.value) == item.valid, "\(item.testDescription)",
      sourceLocation: sourceLocation)
  }
}
