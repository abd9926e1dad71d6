import CaseJSON

/// The OpenSearch (or Elasticsearch) index mapping for case studies, derived from the schema:
/// vocabulary terms, ids, codes and URLs are `keyword`s, dates `date`s, prose `text` (short
/// texts such as titles also with a `keyword` subfield for sorting), numbers and booleans
/// their own types. Fields the schema does not describe (`extensions`) are kept but not indexed.
public enum OpenSearchMapping {
  /// The body of the request that creates the index (`PUT /cases`), as pretty JSON.
  public static func document(for schema: CaseStudySchema) -> [UInt8] {
    let mapping: JSONValue = ["mappings": ["dynamic": false, "properties": properties(of: schema.root, schema)]]
    return JSONWriter().bytes(mapping)
  }

  /// Texts with at most this many characters also get a `keyword` subfield.
  private static let shortText = 256

  private static func properties(of node: JSONValue, _ schema: CaseStudySchema) -> JSONValue {
    var properties = JSONObject()
    for (name, property) in node["properties"]?.objectValue ?? JSONObject() {
      properties[name] = field(property, schema)
    }
    return .object(properties)
  }

  private static func field(_ node: JSONValue, _ schema: CaseStudySchema) -> JSONValue {
    if let reference = node["$ref"]?.stringValue {
      guard reference.hasPrefix("#/$defs/") else { return ["type": "keyword"] }  // a vocabulary
      let name = String(reference.dropFirst("#/$defs/".count))
      // The schema's dates: `partialDate` (a year, a month or a day) and `fullDate`.
      if name.hasSuffix("Date") { return ["type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy"] }
      return schema.definitions[name].map { field($0, schema) } ?? ["type": "keyword"]
    }
    if let items = node["items"] { return field(items, schema) }  // arrays are implicit
    if node["properties"] != nil { return ["properties": properties(of: node, schema)] }
    switch node["type"]?.stringValue {
    case "integer": return ["type": "long"]
    case "number": return ["type": "double"]
    case "boolean": return ["type": "boolean"]
    case "object": return ["type": "object", "enabled": false]
    default:
      if node["pattern"] != nil || node["format"] != nil || node["enum"] != nil { return ["type": "keyword"] }
      if let limit = node["maxLength"]?.numberValue, limit <= JSONNumber(shortText) {
        return ["type": "text", "fields": ["keyword": ["type": "keyword", "ignore_above": .integer(shortText)]]]
      }
      return ["type": "text"]
    }
  }
}
