import CaseJSON

/// The output structures of the JSON Schema specification (2019-09 and 2020-12, section 12).
public enum OutputStructure: String, CaseIterable, Sendable {
  /// Only `{"valid": …}`.
  case flag
  /// A flat list of error units.
  case basic
  /// Error units nested as the schema's applicators nest them.
  case detailed
  /// Like `detailed`, keeping the alternatives' units even for valid results.
  case verbose
}

extension JSONSchema {
  /// The specification's output for validating `document`, as a JSON value.
  public func output(_ document: JSONDocument, structure: OutputStructure) -> JSONValue {
    let result = validate(document)
    if structure == .flag { return ["valid": .bool(result.isValid)] }
    var root: JSONObject = [
      "valid": .bool(result.isValid), "keywordLocation": "", "instanceLocation": "",
    ]
    switch structure {
    case .flag:
      break
    case .basic:
      if !result.isValid { root["errors"] = .array(flatten(result.errors).map { unit($0, nested: false) }) }
    case .detailed, .verbose:
      if !result.isValid { root["errors"] = .array(result.errors.map { unit($0, nested: true) }) }
    }
    if let failure = result.failure { root["error"] = .string(failure.description) }
    return .object(root)
  }

  private func flatten(_ errors: [Finding]) -> [Finding] {
    errors.flatMap { [$0] + flatten($0.context) }
  }

  private func unit(_ error: Finding, nested: Bool) -> JSONValue {
    var unit: JSONObject = [
      "valid": false,
      "keywordLocation": .string(error.keywordLocation?.description ?? ""),
      "absoluteKeywordLocation": .string(error.absoluteKeywordLocation ?? ""),
      "instanceLocation": .string(error.instanceLocation?.description ?? ""),
      "error": .string(error.message),
    ]
    if nested && !error.context.isEmpty { unit["errors"] = .array(error.context.map { self.unit($0, nested: true) }) }
    return .object(unit)
  }
}
