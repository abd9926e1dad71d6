import CaseJSON

/// The canonical text of a JSON file, as `cases fmt` writes it.
public struct CanonicalFormat: Sendable {
  /// The key order to use for the object at a location, or nil to keep the file's order.
  public typealias KeyOrder = @Sendable (JSONPointer) -> [String]?

  let keyOrder: KeyOrder?

  public init(keyOrder: KeyOrder? = nil) {
    self.keyOrder = keyOrder
  }

  /// The canonical bytes of the JSON text `bytes`.
  ///
  /// - Throws: ``JSONParseError`` when `bytes` is not JSON.
  public func format(_ bytes: [UInt8]) throws(JSONParseError) -> [UInt8] {
    let value = try JSONDocument(parsing: bytes).root.value
    return JSONWriter().bytes(keyOrder == nil ? value : reordered(value))
  }

  /// `value` with every object's members in the canonical order (unchanged without a key order).
  public func reordered(_ value: JSONValue, at pointer: JSONPointer = .root) -> JSONValue {
    switch value {
    case .object(let object):
      let order = keyOrder?(pointer) ?? []
      var result = JSONObject()
      for (key, member) in object.reordered(by: order) {
        result[key] = reordered(member, at: pointer.appending(key))
      }
      return .object(result)
    case .array(let elements):
      return .array(elements.enumerated().map { reordered($1, at: pointer.appending($0)) })
    default:
      return value
    }
  }
}

extension CaseStudySchema {
  /// The canonical format of case files: objects' members in the order the schema declares them.
  public var caseFormat: CanonicalFormat {
    CanonicalFormat(keyOrder: { [self] pointer in keyOrder(at: pointer) })
  }
}
