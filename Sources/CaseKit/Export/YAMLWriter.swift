import CaseJSON

/// Writes JSON values as block-style YAML that YAML 1.1 and 1.2 readers (PyYAML, Ruby's Psych
/// in Jekyll, libyaml) read back as the same values: strings stay strings whatever they look
/// like (`yes`, `null`, `2019`, `2021-03-15`, `: `, ` #`), multi-line strings become literal
/// blocks, and anything unprintable is escaped in double quotes.
public enum YAMLWriter {
  /// `value` as a YAML document body (no `---` markers), ending with a newline.
  public static func document(_ value: JSONValue) -> String {
    switch value {
    case .object(let object) where !object.isEmpty: return mapping(object, indent: 0)
    case .array(let elements) where !elements.isEmpty: return sequence(elements, indent: 0)
    default: return (inline(value) ?? quoted(value.stringValue ?? "")) + "\n"
    }
  }

  /// A string as a YAML scalar on one line: plain when no reader can take it for anything
  /// else, otherwise double-quoted.
  public static func scalar(_ text: String) -> String {
    isPlainSafe(text) ? text : quoted(text)
  }

  // MARK: - Blocks

  private static func mapping(_ object: JSONObject, indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    var text = ""
    for (key, value) in object {
      text += margin + scalar(key) + ":" + nested(value, indent: indent)
    }
    return text
  }

  private static func sequence(_ elements: [JSONValue], indent: Int) -> String {
    let margin = String(repeating: " ", count: indent)
    var text = ""
    for element in elements {
      switch element {
      case .object(let object) where !object.isEmpty:
        // The first member goes on the dash's line: "- key: value".
        text += margin + "- " + String(mapping(object, indent: indent + 2).dropFirst(indent + 2))
      case .array(let inner) where !inner.isEmpty:
        text += margin + "- " + String(sequence(inner, indent: indent + 2).dropFirst(indent + 2))
      default:
        text += margin + "-" + nested(element, indent: indent)
      }
    }
    return text
  }

  /// What follows a key's colon or a dash: ` scalar` on the same line, or a block below.
  private static func nested(_ value: JSONValue, indent: Int) -> String {
    if let inline = inline(value) { return " " + inline + "\n" }
    switch value {
    case .object(let object): return "\n" + mapping(object, indent: indent + 2)
    case .array(let elements): return "\n" + sequence(elements, indent: indent + 2)
    default: return literal(value.stringValue ?? "", indent: indent + 2)
    }
  }

  /// The one-line form of a value, or nil for non-empty containers and strings written as
  /// literal blocks.
  private static func inline(_ value: JSONValue) -> String? {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number): return self.number(number.lexeme)
    case .string(let text): return usesLiteralBlock(text) ? nil : scalar(text)
    case .array(let elements): return elements.isEmpty ? "[]" : nil
    case .object(let object): return object.isEmpty ? "{}" : nil
    }
  }

  // MARK: - Strings

  /// Words YAML 1.1 or 1.2 read as booleans or null.
  private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

  /// Plain only when the text starts with a letter (so it cannot be a number, date, indicator
  /// or quote), is no reserved word, holds nothing that starts a comment or a mapping, and has
  /// only printable characters and no tabs.
  private static func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter, !reservedWords.contains(text.lowercased()) else { return false }
    if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") || text.hasSuffix(" ") { return false }
    return text.unicodeScalars.allSatisfy { !needsEscape($0) && $0 != "\t" && $0 != "\n" }
  }

  /// Multi-line text that a literal block keeps exactly: printable, and a first line that
  /// starts with neither a space nor a tab (which would change the block's indentation).
  private static func usesLiteralBlock(_ text: String) -> Bool {
    guard text.contains("\n"), let first = text.unicodeScalars.first, first != " ", first != "\t", first != "\n"
    else { return false }
    return text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || !needsEscape($0) }
  }

  /// `|` (one final line break), `|-` (none) or `|+` (several), then the lines indented.
  private static func literal(_ text: String, indent: Int) -> String {
    var body = Substring(text)
    var trailing = 0
    while body.hasSuffix("\n") {
      body = body.dropLast()
      trailing += 1
    }
    let chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
    let margin = String(repeating: " ", count: indent)
    var result = " |" + chomping + "\n"
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      result += (line.isEmpty ? "" : margin + line) + "\n"
    }
    result += String(repeating: "\n", count: max(0, trailing - 1))
    return result
  }

  private static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      case "\u{0}": result += "\\0"
      case "\u{85}": result += "\\N"
      case "\u{2028}": result += "\\L"
      case "\u{2029}": result += "\\P"
      default:
        if needsEscape(scalar) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result +=
            scalar.value <= 0xFF
            ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// Characters YAML does not allow unescaped: controls, line and paragraph separators, the
  /// byte-order mark and the non-characters U+FFFE and U+FFFF.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  // MARK: - Numbers

  /// A JSON number as YAML 1.1 and 1.2 both read it: integers as they are; other numbers with
  /// a fraction and a signed exponent (`1e5` becomes `1.0e+5`, which YAML 1.1 needs to see a
  /// float).
  private static func number(_ lexeme: String) -> String {
    guard lexeme.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return lexeme }
    let parts = lexeme.split(whereSeparator: { $0 == "e" || $0 == "E" })
    var mantissa = String(parts[0])
    if !mantissa.contains(".") { mantissa += ".0" }
    guard parts.count == 2 else { return mantissa }
    let exponent = parts[1]
    return mantissa + "e" + (exponent.hasPrefix("-") || exponent.hasPrefix("+") ? exponent : "+" + exponent)
  }
}
