import CaseJSON
import CaseKit
import CaseText

/// The case-study format as text: every field with its type and description, required fields
/// first, nested objects indented under their field.
struct SchemaDescription {
  let schema: CaseStudySchema
  let style: TextStyle
  let width: Int

  func render() -> String {
    let root = schema.mainSchemaValue
    var lines = [style.bold(root["title"]?.stringValue ?? "Case study"), ""]
    lines.append((root["description"]?.stringValue ?? "").wrapped(to: width))
    let required = Set(root["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    let keys = root["properties"]?.objectValue?.keys ?? []
    lines += ["", style.bold("REQUIRED FIELDS")]
    for key in keys where required.contains(key) {
      lines += field(key, at: JSONPointer([key]), depth: 1, required: true)
    }
    lines += ["", style.bold("OPTIONAL FIELDS")]
    for key in keys where !required.contains(key) {
      lines += field(key, at: JSONPointer([key]), depth: 1, required: false)
    }
    lines.append("")
    lines.append("Fields marked * are required in their object.")
    lines.append("Vocabularies: `cases schema --vocabularies` lists them; `cases schema --vocab NAME` shows the terms.")
    return lines.joined(separator: "\n") + "\n"
  }

  private func field(_ name: String, at pointer: JSONPointer, depth: Int, required: Bool) -> [String] {
    guard let definition = schema.schema(at: pointer) else { return [] }
    let indent = String(repeating: "  ", count: depth)
    let isArray = definition["type"] == "array"
    let label = name + (isArray ? "[]" : "") + (required && depth > 1 ? " *" : "")
    var lines = [indent + style.bold(label) + "  " + style.dim(typeSummary(definition))]
    let text = [definition["title"]?.stringValue, definition["description"]?.stringValue].compactMap { $0 }.joined(
      separator: ": ")
    lines.append(text.wrapped(to: width, indent: indent.count + 4))
    // Objects (directly, or as the items of an array) list their own fields.
    let objectPointer = isArray ? pointer.appending("0") : pointer
    if let object = schema.schema(at: objectPointer), let properties = object["properties"]?.objectValue {
      let nestedRequired = Set(object["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
      for key in properties.keys {
        lines += field(key, at: objectPointer.appending(key), depth: depth + 1, required: nestedRequired.contains(key))
      }
    }
    return lines
  }

  /// `text`, `list of topics`, `date (2020, 2020-08 or 2020-08-13)`, `URL`, …
  private func typeSummary(_ definition: JSONValue) -> String {
    if let vocabulary = schema.vocabularyName(of: definition), definition["type"] != "array" {
      return "one of the \(vocabulary) vocabulary"
    }
    if definition["pattern"]?.stringValue?.hasPrefix("^[0-9]{4}(-") == true {
      return "date (2020, 2020-08 or 2020-08-13)"
    }
    if definition["format"] == "uri" { return "URL" }
    switch definition["type"]?.stringValue {
    case "array":
      guard let items = definition["items"] else { return "list" }
      if let vocabulary = schema.vocabularyName(of: items) { return "list of the \(vocabulary) vocabulary" }
      let resolvedItems = items["$ref"] != nil ? "objects" : typeSummary(items)
      return "list of \(resolvedItems)"
    case "object": return "object"
    case "integer": return "whole number"
    case "number": return "number"
    case "boolean": return "true or false"
    case "string": return definition["pattern"] != nil ? "text (restricted)" : "text"
    default: return definition["$ref"] != nil ? "object" : "any"
    }
  }
}
