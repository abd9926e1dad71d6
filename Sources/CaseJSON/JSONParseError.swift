/// Why a text is not valid JSON, and where.
///
/// Messages are lowercase without a final period, in the style of compiler diagnostics; the
/// command line prints them as `data.json:12:5: error: expected ',' or '}' after object member`.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var kind: Kind
  /// Where the problem was found.
  public var location: SourceLocation

  public init(kind: Kind, location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  /// The plain-language message, without the location.
  public var message: String { kind.message }

  /// `line:column: error: message`.
  public var description: String { "\(location): error: \(message)" }

  /// The classes of JSON syntax error.
  public enum Kind: Sendable, Equatable {
    /// The input is empty or only whitespace.
    case emptyDocument
    /// The input starts with a UTF-8 byte-order mark.
    case byteOrderMark
    /// The input starts with a UTF-16 byte-order mark.
    case utf16ByteOrderMark
    /// The input ends where `expected` should come.
    case unexpectedEnd(expected: String)
    /// A string has no closing quote.
    case unterminatedString
    /// A value was expected; `found` describes what is there instead.
    case expectedValue(found: String)
    /// An object key was expected.
    case expectedKey(found: String)
    /// A ':' was expected after an object key.
    case expectedColon(found: String)
    /// A ',' or the closing bracket was expected after a member or element.
    case expectedCommaOrClose(inObject: Bool)
    /// A ',' is followed by the closing bracket.
    case trailingComma(inObject: Bool)
    /// A string or key is in single quotes.
    case singleQuotes
    /// A `//` or `/*` comment.
    case comment
    /// A raw control character (U+0000 to U+001F) inside a string.
    case controlCharacter(UInt8)
    /// A backslash escape that JSON does not define, such as `\x`.
    case invalidEscape(String)
    /// A `\u` escape without four hexadecimal digits.
    case invalidUnicodeEscape
    /// A `\uD800`-style surrogate escape without its partner.
    case loneSurrogate(UInt16)
    /// Bytes that are not valid UTF-8.
    case invalidUTF8([UInt8])
    /// A number with a leading zero, such as `012`.
    case leadingZero
    /// A malformed number; the text says what is missing.
    case invalidNumber(String)
    /// `NaN`, `Infinity` or `-Infinity`.
    case nonFiniteNumber(String)
    /// A bare word that is not `true`, `false` or `null`.
    case unknownWord(String)
    /// Something follows the document's value.
    case trailingContent(found: String)
    /// An object repeats a key; `first` is where the key was first defined.
    case duplicateKey(String, first: SourceLocation)
    /// Arrays and objects nest deeper than the parser's limit.
    case tooDeep(limit: Int)
    /// The input is larger than the 4 GiB the parser's offsets can address.
    case tooLarge

    public var message: String {
      switch self {
      case .emptyDocument:
        return "empty document: expected a JSON value"
      case .byteOrderMark:
        return "the file starts with a UTF-8 byte-order mark (U+FEFF), which JSON does not allow; "
          + "save it as UTF-8 without BOM"
      case .utf16ByteOrderMark:
        return "the file starts with a UTF-16 byte-order mark; JSON must be encoded as UTF-8"
      case .unexpectedEnd(let expected):
        return "unexpected end of input; expected \(expected)"
      case .unterminatedString:
        return "unterminated string: no closing '\"' before the end of input"
      case .expectedValue(let found):
        return "expected a value, found \(found)"
      case .expectedKey(let found):
        return "expected an object key in double quotes, found \(found)"
      case .expectedColon(let found):
        return "expected ':' after object key, found \(found)"
      case .expectedCommaOrClose(let inObject):
        return inObject
          ? "expected ',' or '}' after object member" : "expected ',' or ']' after array element"
      case .trailingComma(let inObject):
        return inObject
          ? "trailing comma after the last object member" : "trailing comma after the last array element"
      case .singleQuotes:
        return "strings must be in double quotes, not single quotes"
      case .comment:
        return "comments are not allowed in JSON"
      case .controlCharacter(let byte):
        return "unescaped control character \(unicodeName(UInt32(byte))) in string; write it as "
          + escapeAdvice(byte)
      case .invalidEscape(let escape):
        return "invalid escape '\\\(escape)' in string; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
      case .invalidUnicodeEscape:
        return "invalid \\u escape: expected four hexadecimal digits"
      case .loneSurrogate(let unit):
        return "lone surrogate \\u\(hex(UInt32(unit), width: 4)) in string: "
          + "UTF-16 surrogate escapes must come in high-low pairs"
      case .invalidUTF8(let bytes):
        return "invalid UTF-8 byte sequence " + bytes.map { "0x" + hex(UInt32($0), width: 2) }.joined(separator: " ")
      case .leadingZero:
        return "leading zeros are not allowed in numbers"
      case .invalidNumber(let detail):
        return "invalid number: \(detail)"
      case .nonFiniteNumber(let word):
        return "\(word) is not a JSON number; use null or a string instead"
      case .unknownWord(let word):
        let lower = word.lowercased()
        if ["true", "false", "null"].contains(lower) {
          return "unexpected word '\(word)'; did you mean '\(lower)'?"
        }
        return "unexpected word '\(word)'; JSON's only bare words are true, false and null"
      case .trailingContent(let found):
        return "unexpected \(found) after the end of the JSON value"
      case .duplicateKey(let key, let first):
        return "duplicate key \"\(key)\" (first defined at \(first))"
      case .tooDeep(let limit):
        return "arrays and objects are nested more than \(limit) levels deep"
      case .tooLarge:
        return "the document is larger than 4 GiB"
      }
    }
  }
}

/// `U+000A`-style name of a code point.
func unicodeName(_ value: UInt32) -> String { "U+" + hex(value, width: 4) }

/// Uppercase hexadecimal, zero-padded to `width`.
func hex(_ value: UInt32, width: Int) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

private func escapeAdvice(_ byte: UInt8) -> String {
  switch byte {
  case 0x08: return "\\b"
  case 0x09: return "\\t"
  case 0x0A: return "\\n"
  case 0x0C: return "\\f"
  case 0x0D: return "\\r"
  default: return "\\u" + hex(UInt32(byte), width: 4)
  }
}
