import CaseRegex

extension FormatChecker {
  /// Whether the checker asserts `format` (the RFC formats plus `regex`).
  static func isKnown(_ format: String) -> Bool {
    format == "regex" || knownFormats.contains(format)
  }

  /// Like ``check(_:_:)``, also checking `regex` as ECMA-262 syntax.
  static func checkIncludingRegex(_ format: String, _ value: String) -> Bool? {
    if format == "regex" { return (try? ECMARegex(value)) != nil }
    return check(format, value)
  }
}
