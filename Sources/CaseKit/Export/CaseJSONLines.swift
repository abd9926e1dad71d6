import CaseJSON

/// Case studies as JSON Lines: each case whole, compact, its keys in the schema's order, one
/// per line; and the same documents as OpenSearch (or Elasticsearch) bulk-API requests.
public enum CaseJSONLines {
  /// The index the bulk requests name.
  public static let indexName = "cases"

  /// One line per case.
  public static func render(_ cases: [CaseStudy], schema: CaseStudySchema) -> [UInt8] {
    var output: [UInt8] = []
    for study in cases { append(document(study, schema: schema), to: &output) }
    return output
  }

  /// For each case an action line, `{"index":{"_index":"cases","_id":ID}}`, then the case.
  public static func bulk(_ cases: [CaseStudy], schema: CaseStudySchema) -> [UInt8] {
    var output: [UInt8] = []
    for study in cases {
      append(["index": ["_index": .string(indexName), "_id": .string(study.id)]], to: &output)
      append(document(study, schema: schema), to: &output)
    }
    return output
  }

  private static func document(_ study: CaseStudy, schema: CaseStudySchema) -> JSONValue {
    schema.caseFormat.reordered(study.value)
  }

  private static func append(_ value: JSONValue, to output: inout [UInt8]) {
    JSONWriter(style: .compact).write(value, into: &output)
    output.append(UInt8(ascii: "\n"))
  }
}
