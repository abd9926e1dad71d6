import CaseRegex

extension FormatChecker {
  /// The check for `format` including `regex` (ECMA-262 syntax), which the RFC formats leave to
  /// the regular-expression engine.
  static func validatorIncludingRegex(for format: String) -> (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)? {
    if format == "regex" { return { (try? ECMARegex(String(decoding: $0, as: UTF8.self))) != nil } }
    return validator(for: format)
  }
}
