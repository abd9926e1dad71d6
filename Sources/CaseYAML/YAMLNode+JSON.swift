import CaseJSON

extension YAMLNode {
  /// The node's data as JSON, under the YAML 1.2 core schema.
  ///
  /// Plain scalars are resolved as ``YAMLScalar/jsonValue`` says, and quoted and block scalars
  /// are always strings. Sequences become arrays and mappings objects, keyed by the text of
  /// their keys, in order.
  ///
  /// Building an object costs time quadratic in its number of keys, as `JSONObject` offers no
  /// faster way to add keys known to be unique; front matter has tens of keys.
  public var jsonValue: JSONValue {
    switch self {
    case .scalar(let scalar):
      return scalar.jsonValue
    case .sequence(let sequence):
      return .array(sequence.items.map(\.jsonValue))
    case .mapping(let mapping):
      return .object(JSONObject(mapping.entries.map { ($0.key.text, $0.value.jsonValue) }))
    }
  }
}

extension YAMLScalar {
  /// The scalar's value under the YAML 1.2 core schema.
  ///
  /// For plain scalars only: `null`, `Null`, `NULL`, `~` and the empty value are null; `true`,
  /// `True`, `TRUE`, `false`, `False` and `FALSE` are booleans; decimal integers, `0o` octal and
  /// `0x` hexadecimal integers (up to 64 bits) and decimal floats are numbers, kept exactly
  /// (`007` is 7, `+1.50` is 1.50). Everything else is a string, including `.inf` and `.nan`,
  /// which JSON cannot hold, and `yes`, `on` or `1_000`, which only YAML 1.1 resolves. Quoted
  /// and block scalars are always strings.
  public var jsonValue: JSONValue {
    guard style == .plain else { return .string(text) }
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    default: break
    }
    if let number = coreSchemaNumber(text) { return .number(number) }
    return .string(text)
  }
}
