import CaseJSON

/// A case being built from another catalogue's record: the value so far, the notes for the
/// report, and what has no home (fields kept as they are, vocabulary values no term matches).
struct ImportBuilder {
  let schema: CaseStudySchema
  var value = JSONObject()
  var notes: [ImportNote] = []
  /// Fields of the record with no home in the schema, by name.
  var keptFields = JSONObject()
  /// Values no vocabulary term matches, and linked records that could not be used, by field.
  var unmapped = JSONObject()

  init(schema: CaseStudySchema) {
    self.schema = schema
  }

  mutating func set(_ key: String, _ member: JSONValue, from field: String) {
    value[key] = member
    notes.append(.imported(field: field, to: key))
  }

  mutating func keep(_ field: String, _ member: JSONValue) {
    keptFields[field] = member
    notes.append(.kept(field: field))
  }

  mutating func keepExtra(_ key: String, _ member: JSONValue) {
    unmapped[key] = member
  }

  /// Appends `member` to the list kept under `key`.
  mutating func keepInList(_ key: String, _ member: JSONValue) {
    unmapped[key] = .array((unmapped[key]?.arrayValue ?? []) + [member])
  }

  mutating func narrative(_ key: String, _ text: String, from field: String) {
    var narrative = value["narrative"]?.objectValue ?? JSONObject()
    narrative[key] = .string(text)
    value["narrative"] = .object(narrative)
    notes.append(.imported(field: field, to: "narrative." + key))
  }

  /// Maps `values` of `field` through `table` into terms of `vocabulary`; values the table
  /// lacks are tried against the vocabulary's ids, aliases and labels, then kept.
  mutating func terms(_ values: [String], field: String, vocabulary: String, table: [String: String]) -> [String] {
    var result: [String] = []
    for typed in values {
      let resolved: String?
      if let term = table[typed] {
        resolved = term
      } else if case .term(let term) = schema.vocabulary(vocabulary)?.resolve(typed) {
        resolved = term
      } else {
        resolved = nil
      }
      if let resolved {
        if !result.contains(resolved) { result.append(resolved) }
        notes.append(.mapped(vocabulary: vocabulary, value: typed, term: resolved))
      } else {
        keepInList(field, .string(typed))
        notes.append(
          .unknown(
            vocabulary: vocabulary, value: typed,
            suggestions: schema.vocabulary(vocabulary)?.suggestions(for: typed) ?? []))
      }
    }
    return result
  }

  /// The case, with what has no home under `extensions["NAMESPACE:fields"]` and
  /// `extensions["NAMESPACE:unmapped"]`.
  func finished(namespace: String) -> JSONValue {
    var value = value
    var extensions = JSONObject()
    if !keptFields.isEmpty { extensions[namespace + ":fields"] = .object(keptFields) }
    if !unmapped.isEmpty { extensions[namespace + ":unmapped"] = .object(unmapped) }
    if !extensions.isEmpty { value["extensions"] = .object(extensions) }
    return .object(value)
  }
}
