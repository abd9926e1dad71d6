import CaseJSON
import CaseText

/// The plain-English messages of validation errors. Each names the value it is about.
enum Messages {
  /// A short description of a value: `"text"` (shortened), `12.5`, `true`, `an array of 3 items`.
  static func describe(_ document: JSONDocument, _ index: Int) -> String {
    switch document.kind(at: index) {
    case .null: return "null"
    case .boolean: return document.isTrue(at: index) ? "true" : "false"
    case .number: return document.withLexeme(at: index) { String(decoding: $0, as: UTF8.self) }
    case .string: return quote(document.string(at: index))
    case .array:
      let count = document.count(at: index)
      return count == 0 ? "an empty array" : "an array of \(count) item\(count == 1 ? "" : "s")"
    case .object:
      let count = document.count(at: index)
      return count == 0 ? "an empty object" : "an object"
    }
  }

  static func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): return quote(text)
    case .number(let number): return number.lexeme
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// `text` in double quotes, shortened to 60 characters.
  static func quote(_ text: String) -> String {
    let shown = text.count > 60 ? text.prefix(57) + "…" : Substring(text)
    return JSONWriter.quoted(String(shown))
  }

  static func falseSchema(_ document: JSONDocument, _ index: Int) -> String {
    "\(describe(document, index)) is not allowed here (the schema is false)"
  }

  static func type(_ document: JSONDocument, _ index: Int, _ types: TypeSet) -> String {
    let names = TypeSet.names.filter { types.contains($0.1) }.map { article($0.0) }
    let expected =
      names.count <= 1
      ? (names.first ?? "nothing") : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    return "\(describe(document, index)) is not \(expected)"
  }

  private static func article(_ type: String) -> String {
    switch type {
    case "null": return "null"
    case "integer", "object", "array": return "an \(type)"
    default: return "a \(type)"
    }
  }

  static func const(_ document: JSONDocument, _ index: Int, _ value: JSONValue) -> String {
    "\(describe(document, index)) is not the required value \(describe(value))"
  }

  static func enumeration(_ document: JSONDocument, _ index: Int, _ values: [JSONValue]) -> String {
    let shown = describe(document, index)
    if document.kind(at: index) == .string {
      let text = document.string(at: index)
      let candidates = values.compactMap(\.stringValue)
      if let suggestion = closest(to: text, among: candidates) {
        return "\(shown) is not an allowed value; did you mean \(quote(suggestion))?"
      }
    }
    if values.count <= 6 {
      return "\(shown) is not one of " + values.map(describe).joined(separator: ", ")
    }
    return "\(shown) is not one of the \(values.count) allowed values"
  }

  static func not(_ document: JSONDocument, _ index: Int) -> String {
    "\(describe(document, index)) must not match the schema under \"not\""
  }

  /// The summary of a failed `anyOf` (or a `oneOf` nothing matched): the closest
  /// alternative's error, then how many alternatives there were.
  static func noMatch(_ document: JSONDocument, _ index: Int, count: Int, closest: Finding?) -> String {
    guard let closest else { return "\(describe(document, index)) matches none of the \(count) alternatives" }
    return count == 1 ? closest.message : closest.message + " (none of the \(count) alternatives matches)"
  }

  static func oneOfSeveral(_ document: JSONDocument, _ index: Int, _ matches: [Int]) -> String {
    let list = matches.map(String.init).joined(separator: ", ")
    return "\(describe(document, index)) matches \(matches.count) alternatives (\(list)) but must match exactly one"
  }

  static func number(_ document: JSONDocument, _ index: Int, _ check: NumberCheck) -> String {
    let shown = describe(document, index)
    switch check {
    case .minimum(let limit, false): return "\(shown) is less than the minimum of \(limit)"
    case .minimum(let limit, true): return "\(shown) is not greater than \(limit)"
    case .maximum(let limit, false): return "\(shown) is greater than the maximum of \(limit)"
    case .maximum(let limit, true): return "\(shown) is not less than \(limit)"
    case .multipleOf(let divisor): return "\(shown) is not a multiple of \(divisor)"
    }
  }

  static func string(_ document: JSONDocument, _ index: Int, _ check: StringCheck) -> String {
    let shown = describe(document, index)
    switch check {
    case .minLength(let limit): return "\(shown) is shorter than \(limit) character\(limit == 1 ? "" : "s")"
    case .maxLength(let limit): return "\(shown) is longer than \(limit) character\(limit == 1 ? "" : "s")"
    case .pattern(let regex): return "\(shown) does not match the pattern \(regex.pattern)"
    case .format(let format, _): return "\(shown) is not a valid \(format)"
    case .content(let base64, let json):
      return base64 && json
        ? "\(shown) is not base64-encoded JSON"
        : (base64 ? "\(shown) is not valid base64" : "\(shown) is not valid JSON")
    }
  }

  static func itemCount(_ count: Int, limit: Int, minimum: Bool) -> String {
    let has = "the array has \(count) item\(count == 1 ? "" : "s")"
    return minimum
      ? "\(has); at least \(limit) \(limit == 1 ? "is" : "are") required"
      : "\(has); at most \(limit) \(limit == 1 ? "is" : "are") allowed"
  }

  static func tooManyItems(_ count: Int, allowed: Int) -> String {
    "the array has \(count) items; only \(allowed) \(allowed == 1 ? "is" : "are") allowed"
  }

  static func duplicateItems(_ document: JSONDocument, _ first: Int, _ second: Int) -> String {
    "the array's items must be unique, but items \(first) and \(second) are equal"
  }

  static func contains(matches: Int, minimum: Int, maximum: Int?) -> String {
    if matches < minimum {
      return minimum == 1
        ? "no item of the array matches the \"contains\" schema"
        : "\(matches) item\(matches == 1 ? "" : "s") of the array match the \"contains\" schema; at least \(minimum) must"
    }
    return "\(matches) items of the array match the \"contains\" schema; at most \(maximum ?? 0) may"
  }

  static func missing(_ name: String) -> String {
    "missing required property \(quote(name))"
  }

  static func propertyCount(_ count: Int, limit: Int, minimum: Bool) -> String {
    let has = "the object has \(count) propert\(count == 1 ? "y" : "ies")"
    return minimum
      ? "\(has); at least \(limit) \(limit == 1 ? "is" : "are") required"
      : "\(has); at most \(limit) \(limit == 1 ? "is" : "are") allowed"
  }

  static func dependency(_ name: String, because present: String) -> String {
    "property \(quote(name)) is required when \(quote(present)) is present"
  }

  static func unknownProperty(_ name: String, suggestions: [String]) -> String {
    if let suggestion = closest(to: name, among: suggestions) {
      return "unknown property \(quote(name)); did you mean \(quote(suggestion))?"
    }
    return "unknown property \(quote(name))"
  }

  /// The candidate nearest to `word`, if it is close enough to be a likely typo.
  static func closest(to word: String, among candidates: [String]) -> String? {
    EditDistance.likelyTypo(of: word, among: candidates)
  }
}
