/// A JSON number: the text it was written as, and its exact value.
///
/// Equality and ordering use the exact value (`1.0 == 1`); writers print the lexeme unchanged,
/// so formatting a file never rewrites its numbers.
public struct JSONNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The number as written in the source, such as `1.50` or `-2E+3`.
  public let lexeme: String
  /// The exact value.
  public let value: ExactDecimal

  /// A number from a valid JSON number lexeme; nil when `lexeme` is not one.
  public init?(_ lexeme: String) {
    var text = lexeme
    let value: ExactDecimal? = text.withUTF8 { bytes in
      guard JSONNumber.isValidLexeme(bytes) else { return nil }
      return ExactDecimal(lexeme: bytes)
    }
    guard let value else { return nil }
    self.lexeme = lexeme
    self.value = value
  }

  /// The number written in decimal.
  public init(_ value: Int) {
    self.lexeme = String(value)
    self.value = ExactDecimal(value)
  }

  @usableFromInline
  init(lexeme: String, value: ExactDecimal) {
    self.lexeme = lexeme
    self.value = value
  }

  public var description: String { lexeme }

  public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.value == rhs.value }
  public func hash(into hasher: inout Hasher) { hasher.combine(value) }
  public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.value < rhs.value }

  /// True when `bytes` is exactly one number in RFC 8259 syntax.
  static func isValidLexeme(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    func digits() -> Int {
      let start = index
      while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
        index += 1
      }
      return index - start
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count else { return false }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else if digits() == 0 {
      return false
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 { return false }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      if digits() == 0 { return false }
    }
    return index == bytes.count
  }
}
