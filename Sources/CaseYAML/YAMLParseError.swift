import CaseJSON

/// Why a text is not YAML this reader accepts, and where.
///
/// Messages are lowercase without a final period, in the style of compiler diagnostics, and say
/// what to change; a command line prints them as `case.md:12:5: error: a tab cannot indent YAML; use spaces`.
public struct YAMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var kind: Kind
  /// Where the problem was found, in the whole file the text came from.
  public var location: SourceLocation

  public init(kind: Kind, location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  /// The plain-language message, without the location.
  public var message: String { kind.message }

  /// `line:column: error: message`.
  public var description: String { "\(location): error: \(message)" }

  /// The classes of problem.
  public enum Kind: Sendable, Equatable {
    // MARK: Characters

    /// Bytes that are not valid UTF-8.
    case invalidUTF8([UInt8])
    /// A character YAML does not allow in a file, such as a control character.
    case disallowedCharacter(UInt32)
    /// A carriage return that is not followed by a line feed.
    case loneCarriageReturn
    /// A tab where indentation is expected.
    case tabIndentation

    // MARK: Scalars

    /// A quoted scalar has no closing quote.
    case unterminatedQuotedScalar(doubleQuoted: Bool)
    /// A backslash escape that YAML does not define; the text is what follows the backslash.
    case invalidEscape(String)
    /// A `\x`, `\u` or `\U` escape without enough hexadecimal digits.
    case invalidHexEscape(letter: Character, digits: Int)
    /// A `\u` escape for half of a UTF-16 surrogate pair, without its other half.
    case loneSurrogate(UInt32)
    /// A `\U` escape for a number that is not a Unicode scalar value.
    case invalidCodePoint(UInt32)
    /// A character that cannot start a plain (unquoted) scalar.
    case cannotStartPlain(Character)
    /// `: ` in the second or a later line of a plain scalar.
    case colonInPlainScalar
    /// `#` right after a value, with no space before it.
    case commentWithoutSpace
    /// A block scalar header (`|` or `>` and what follows) that is not well formed.
    case invalidBlockScalarHeader(found: String)
    /// An empty line at the start of a block scalar has more spaces than its first text line.
    case blockScalarLeadingSpaces
    /// A `---` or `...` line inside a quoted scalar or a flow collection.
    case documentMarkerInside(flowCollection: Bool)

    // MARK: Structure

    /// A line indented differently from the entries of the mapping or sequence around it.
    case unexpectedIndentation(found: Int, expected: Int)
    /// A line in a mapping that is not `key: value`.
    case missingColon
    /// A `- ` item where a mapping key is expected.
    case sequenceItemInMapping
    /// A line in a sequence that does not start with `- `.
    case missingSequenceIndicator
    /// A block mapping that starts on the line of its key or of `---`, as in `a: b: c`.
    case mappingOnKeyLine
    /// A block sequence that starts on the line of its key or of `---`, as in `a: - b`.
    case sequenceOnKeyLine
    /// A quoted key that spans lines.
    case multilineKey
    /// `:` with no key before it.
    case emptyKey
    /// A flow collection used as a mapping key.
    case nonScalarKey
    /// A mapping repeats a key; `first` is where the key was first written.
    case duplicateKey(String, first: SourceLocation)
    /// Something follows a complete value on its line.
    case trailingContent(found: String)
    /// Something follows the document's top-level value.
    case contentAfterDocument
    /// Collections nest deeper than the limit.
    case tooDeep(limit: Int)

    // MARK: Flow collections

    /// A flow collection has no closing bracket.
    case unterminatedFlowCollection(mapping: Bool)
    /// A value was expected in a flow collection.
    case expectedFlowValue(found: String)
    /// A `:`, a `,` or the closing `}` was expected after a key in a flow mapping.
    case expectedFlowColon(found: String)
    /// A `,` or the closing bracket was expected after a flow entry.
    case expectedFlowSeparator(mapping: Bool, found: String)
    /// A `key: value` pair directly inside `[ ]`.
    case pairInFlowSequence

    // MARK: Refused features

    /// An anchor, `&name`.
    case anchor
    /// An alias, `*name`.
    case alias
    /// A tag, `!name` or `!!type`.
    case tag
    /// A directive, `%YAML` or `%TAG`.
    case directive
    /// A complex key, `? key`.
    case complexKey
    /// A second document in the stream.
    case multipleDocuments

    // MARK: Front matter

    /// The file does not start with a `---` line.
    case noFrontMatter
    /// The front matter's `---` line has no closing `---` or `...` line.
    case unterminatedFrontMatter

    public var message: String {
      switch self {
      case .invalidUTF8(let bytes):
        return "invalid UTF-8 byte sequence "
          + bytes.map { "0x" + hexDigits(UInt32($0), width: 2) }.joined(separator: " ")
          + "; save the file as UTF-8"
      case .disallowedCharacter(let value):
        let name = value < 0xA0 ? "control character" : "character"
        return "\(name) U+\(hexDigits(value, width: 4)) is not allowed in YAML; remove it, "
          + "or write it as an escape in a double-quoted string"
      case .loneCarriageReturn:
        return "a carriage return without a line feed; save the file with LF or CRLF line ends"
      case .tabIndentation:
        return "a tab cannot indent YAML; use spaces"
      case .unterminatedQuotedScalar(let doubleQuoted):
        let quote = doubleQuoted ? "\"" : "'"
        return "unterminated \(doubleQuoted ? "double" : "single")-quoted scalar: "
          + "no closing '\(quote)' before the end of input"
      case .invalidEscape(let escape):
        return
          "invalid escape '\\\(escape)' in a double-quoted scalar; YAML allows \\0 \\a \\b \\t \\n \\v \\f \\r \\e "
          + "\\\" \\/ \\\\ \\N \\_ \\L \\P, an escaped space or line break, \\xXX, \\uXXXX and \\UXXXXXXXX"
      case .invalidHexEscape(let letter, let digits):
        return "invalid '\\\(letter)' escape: expected \(digits) hexadecimal digits"
      case .loneSurrogate(let value):
        return "\\u\(hexDigits(value, width: 4)) is half of a UTF-16 surrogate pair and has no other half; "
          + "write the character itself or a \\U escape"
      case .invalidCodePoint(let value):
        return "\\U\(hexDigits(value, width: 8)) is not a Unicode character"
      case .cannotStartPlain(let character):
        return "'\(character)' cannot start an unquoted value; put the value in quotes"
      case .colonInPlainScalar:
        return "': ' inside an unquoted value that continues over several lines; quote the value, "
          + "or if this line starts a new key, line it up with the other keys"
      case .commentWithoutSpace:
        return "'#' starts a comment only after a space; add a space before it, or quote the value"
      case .invalidBlockScalarHeader(let found):
        return "invalid block scalar header: expected an indentation digit 1-9, a chomping indicator '-' or '+', "
          + "or the end of the line, found \(found)"
      case .blockScalarLeadingSpaces:
        return "an empty line at the start of this block scalar has more spaces than its first line of text; "
          + "remove the spaces or give the indentation, as in '|2'"
      case .documentMarkerInside(let flowCollection):
        return "a document marker ('---' or '...') cannot start a line inside a "
          + (flowCollection ? "flow collection" : "quoted scalar") + "; indent the line"
      case .unexpectedIndentation(let found, let expected):
        return "unexpected indentation: this line is indented \(found) \(found == 1 ? "space" : "spaces"), "
          + "but the entries it follows are indented \(expected); line up the entries of one mapping or sequence"
      case .missingColon:
        return "this line stands where a mapping key should be but has no ': '; write 'key: value', "
          + "or indent the line to continue the previous value"
      case .sequenceItemInMapping:
        return "a '- ' item where a mapping key should be; a mapping and a sequence cannot share an indentation level"
      case .missingSequenceIndicator:
        return "this line continues a sequence but does not start with '- '; "
          + "a sequence and a mapping cannot share an indentation level"
      case .mappingOnKeyLine:
        return "a mapping cannot start on the same line as its key; start it on the next line, indented"
      case .sequenceOnKeyLine:
        return "a sequence cannot start on the same line as its key; start it on the next line"
      case .multilineKey:
        return "a mapping key must fit on one line; join its lines"
      case .emptyKey:
        return "a mapping key is missing before ':'; write the key, or quote the value if it starts with ':'"
      case .nonScalarKey:
        return "a mapping key must be a single value, not a '[ ]' or '{ }' collection; quote the key"
      case .duplicateKey(let key, let first):
        return "duplicate key \"\(key)\" (first defined at \(first))"
      case .trailingContent(let found):
        return "unexpected \(found) after a complete value; quote the whole value, or start a new line"
      case .contentAfterDocument:
        return "unexpected content after the document's top-level value; "
          + "a document holds one value, such as a mapping of keys"
      case .tooDeep(let limit):
        return "mappings and sequences are nested more than \(limit) levels deep"
      case .unterminatedFlowCollection(let mapping):
        return "unterminated flow \(mapping ? "mapping" : "sequence"): no closing '\(mapping ? "}" : "]")' "
          + "before the end of input"
      case .expectedFlowValue(let found):
        return "expected a value, found \(found)"
      case .expectedFlowColon(let found):
        return "expected ':', ',' or '}' after a mapping key, found \(found)"
      case .expectedFlowSeparator(let mapping, let found):
        return mapping
          ? "expected ',' or '}' after a mapping entry, found \(found)"
          : "expected ',' or ']' after a sequence item, found \(found)"
      case .pairInFlowSequence:
        return "a 'key: value' pair directly inside '[ ]' is not supported; write it as a mapping: [{key: value}]"
      case .anchor:
        return "anchors ('&name') are not supported; write the value out in full"
      case .alias:
        return "aliases ('*name') are not supported; write the value out in full"
      case .tag:
        return "tags ('!name', '!!type') are not supported; remove the tag, and quote the value if it must be text"
      case .directive:
        return "directives ('%YAML', '%TAG') are not supported; remove the line"
      case .complexKey:
        return "complex mapping keys ('? ') are not supported; write the key on one line followed by ': '"
      case .multipleDocuments:
        return "a second YAML document starts here; only one document is supported"
      case .noFrontMatter:
        return "the file has no front matter: its first line is not '---'"
      case .unterminatedFrontMatter:
        return "the front matter has no closing '---' line; add one after the last key"
      }
    }
  }
}

/// Uppercase hexadecimal, zero-padded to `width`.
func hexDigits(_ value: UInt32, width: Int) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
