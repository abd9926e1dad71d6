/// Writes ``JSONValue``s as JSON text.
///
/// The pretty form is canonical: two-space indentation, `\n` line ends, a final newline,
/// `"key": value` with one space, empty containers as `{}` and `[]`, members in the object's
/// order (or sorted), the minimal escaping RFC 8259 requires, and numbers exactly as their
/// lexemes. Writing what was parsed from a canonical text gives back the same bytes.
public struct JSONWriter: Sendable {
  public enum Style: Sendable {
    /// No whitespace at all.
    case compact
    /// The canonical indented form.
    case pretty
  }

  public var style: Style
  /// Whether object members are written sorted by key (by UTF-8 bytes) instead of in order.
  public var sortsKeys: Bool

  public init(style: Style = .pretty, sortsKeys: Bool = false) {
    self.style = style
    self.sortsKeys = sortsKeys
  }

  /// The text of `value`; the pretty style ends with a newline.
  public func string(_ value: JSONValue) -> String {
    String(decoding: bytes(value), as: UTF8.self)
  }

  /// The UTF-8 bytes of `value`; the pretty style ends with a newline.
  public func bytes(_ value: JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    write(value, into: &output)
    return output
  }

  /// Appends the text of `value` to `output`.
  public func write(_ value: JSONValue, into output: inout [UInt8]) {
    write(value, depth: 0, into: &output)
    if style == .pretty { output.append(UInt8(ascii: "\n")) }
  }

  private func write(_ value: JSONValue, depth: Int, into output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let number): output.append(contentsOf: number.lexeme.utf8)
    case .string(let text): JSONWriter.writeString(text, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else {
        output.append(contentsOf: "[]".utf8)
        return
      }
      output.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        newline(depth + 1, into: &output)
        write(element, depth: depth + 1, into: &output)
      }
      newline(depth, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let object):
      guard !object.isEmpty else {
        output.append(contentsOf: "{}".utf8)
        return
      }
      output.append(UInt8(ascii: "{"))
      var order = Array(object.indices)
      if sortsKeys { order.sort { object.keys[$0].utf8.lexicographicallyPrecedes(object.keys[$1].utf8) } }
      for (position, index) in order.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        newline(depth + 1, into: &output)
        JSONWriter.writeString(object.keys[index], into: &output)
        output.append(UInt8(ascii: ":"))
        if style == .pretty { output.append(UInt8(ascii: " ")) }
        write(object.values[index], depth: depth + 1, into: &output)
      }
      newline(depth, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private func newline(_ depth: Int, into output: inout [UInt8]) {
    guard style == .pretty else { return }
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
  }

  /// Appends `text` as a JSON string literal, escaping only what RFC 8259 requires: the quote,
  /// the backslash and control characters.
  public static func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
      case 0x08: output.append(contentsOf: "\\b".utf8)
      case 0x0C: output.append(contentsOf: "\\f".utf8)
      case 0x0A: output.append(contentsOf: "\\n".utf8)
      case 0x0D: output.append(contentsOf: "\\r".utf8)
      case 0x09: output.append(contentsOf: "\\t".utf8)
      case 0..<0x20:
        output.append(contentsOf: "\\u00".utf8)
        output.append(contentsOf: hex(UInt32(byte), width: 2).lowercased().utf8)
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// `text` as a JSON string literal.
  public static func quoted(_ text: String) -> String {
    var output: [UInt8] = []
    writeString(text, into: &output)
    return String(decoding: output, as: UTF8.self)
  }
}
