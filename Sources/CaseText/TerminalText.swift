/// Characters that must not reach a terminal as they are: control characters (which can move
/// the cursor, clear the screen, set the window title or ring the bell), directional overrides
/// and isolates (which reorder what is shown), and invisible characters that hide text. Case
/// files are written by strangers: `cases validate` rejects these characters in case text, and
/// everything printed for reading escapes them anyway.
public enum TerminalText {
  /// Whether `scalar` is one of the characters above (tab and line feed are allowed in text).
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00..<0x20, 0x7F..<0xA0: return true  // C0 and C1 controls, delete
    case 0x200B, 0x2060...0x2064, 0xFEFF: return true  // zero-width space, word joiner, invisible operators, BOM
    case 0x2028, 0x2029: return true  // line and paragraph separators
    case 0x061C, 0x200E, 0x200F: return true  // directional marks
    case 0x202A...0x202E, 0x2066...0x2069: return true  // directional embeddings, overrides and isolates
    case 0xFFF9...0xFFFB: return true  // interlinear annotation
    case 0xE0000...0xE007F: return true  // tag characters, which hide text
    default: return false
    }
  }

  /// The first unsafe character of `text`, if any.
  public static func firstUnsafe(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isUnsafe)
  }

  /// `U+001B (escape)`: how messages name a character.
  public static func name(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let names: [UInt32: String] = [
      0x00: "null", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed", 0x0D: "carriage return",
      0x1B: "escape", 0x7F: "delete", 0x9B: "control sequence introducer", 0x200B: "zero-width space",
      0x2060: "word joiner", 0x200E: "left-to-right mark", 0x200F: "right-to-left mark", 0x061C: "Arabic letter mark",
      0xFEFF: "zero-width no-break space", 0x2028: "line separator", 0x2029: "paragraph separator",
      0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding", 0x202C: "pop directional formatting",
      0x202D: "left-to-right override", 0x202E: "right-to-left override", 0x2066: "left-to-right isolate",
      0x2067: "right-to-left isolate", 0x2068: "first strong isolate", 0x2069: "pop directional isolate",
    ]
    return code + " (" + (names[scalar.value] ?? "an invisible or control character") + ")"
  }

  /// `text` with each unsafe character shown as an escape (`\x1B`, `\u{202E}`, `\r`); with
  /// `singleLine`, line feeds and tabs too, so that one value stays on one line.
  public static func escaped(_ text: String, singleLine: Bool = false) -> String {
    func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
      isUnsafe(scalar) || (singleLine && (scalar == "\n" || scalar == "\t"))
    }
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        result.append(scalar)
        continue
      }
      let escape: String
      switch scalar {
      case "\n": escape = "\\n"
      case "\t": escape = "\\t"
      case "\r": escape = "\\r"
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        escape = scalar.value < 0x100 ? "\\x" + (hex.count == 1 ? "0" : "") + hex : "\\u{" + hex + "}"
      }
      result.append(contentsOf: escape.unicodeScalars)
    }
    return String(result)
  }
}
