import CaseJSON
import CaseRegex

/// Reads one schema object's keyword values, checking that each has a usable type and range
/// (the metaschema normally catches these first; this keeps compilation safe without it).
struct KeywordReader {
  let compiler: SchemaCompiler
  let schema: JSONNode
  let location: SchemaLocation
  let context: NodeContext

  /// An "invalid keyword" error at the keyword's value.
  func invalid(_ keyword: String, _ reason: String) -> SchemaError {
    compiler.error(.invalidKeyword(keyword: keyword, reason: reason), at: location, keyword: keyword)
  }

  func value(_ keyword: String) -> JSONValue? { schema[keyword]?.value }

  func string(_ keyword: String) throws(SchemaError) -> String? {
    guard let node = schema[keyword] else { return nil }
    guard let text = node.stringValue else { throw invalid(keyword, "it must be a string") }
    return text
  }

  func bool(_ keyword: String) throws(SchemaError) -> Bool? {
    guard let node = schema[keyword] else { return nil }
    guard let flag = node.boolValue else { throw invalid(keyword, "it must be true or false") }
    return flag
  }

  func number(_ keyword: String) throws(SchemaError) -> ExactDecimal? {
    guard let node = schema[keyword] else { return nil }
    guard let number = node.exactNumber else { throw invalid(keyword, "it must be a number") }
    return number
  }

  /// A non-negative integer (`2.0` counts); huge values are clamped to `Int.max`.
  func count(_ keyword: String) throws(SchemaError) -> Int? {
    guard let number = try self.number(keyword) else { return nil }
    guard number.isInteger, !number.isNegative else {
      throw invalid(keyword, "it must be a whole number, 0 or more")
    }
    return number.int64Value.map { Int($0) } ?? Int.max
  }

  func array(_ keyword: String) throws(SchemaError) -> [JSONNode]? {
    guard let node = schema[keyword] else { return nil }
    guard node.kind == .array else { throw invalid(keyword, "it must be an array") }
    return Array(node.elements)
  }

  func strings(_ keyword: String) throws(SchemaError) -> [String]? {
    guard let elements = try array(keyword) else { return nil }
    return try elements.map { (element) throws(SchemaError) in
      guard let text = element.stringValue else { throw invalid(keyword, "every element must be a string") }
      return text
    }
  }

  func types() throws(SchemaError) -> TypeSet? {
    guard let node = schema["type"] else { return nil }
    let names: [JSONNode] = node.kind == .array ? Array(node.elements) : [node]
    var set: TypeSet = []
    for name in names {
      guard let text = name.stringValue, let type = TypeSet.names.first(where: { $0.0 == text })?.1 else {
        throw invalid(
          "type", "\(name.value) is not a type; the types are null, boolean, number, integer, string, array and object")
      }
      set.insert(type)
    }
    return set
  }

  // MARK: - Subschemas

  private func child(_ node: JSONNode, _ keyword: String) throws(SchemaError) -> SchemaNode {
    guard node.kind == .object || node.kind == .boolean else {
      throw invalid(keyword, "a schema must be an object or a boolean, not \(describeKind(node.kind))")
    }
    return try compiler.node(at: SchemaLocation(document: location.document, node: node.index))
  }

  func schema(_ keyword: String) throws(SchemaError) -> SchemaNode? {
    guard let node = schema[keyword] else { return nil }
    return try child(node, keyword)
  }

  func schemaArray(_ keyword: String) throws(SchemaError) -> [SchemaNode]? {
    guard let elements = try array(keyword) else { return nil }
    guard !elements.isEmpty else { throw invalid(keyword, "it must not be empty") }
    return try elements.map { (element) throws(SchemaError) in try child(element, keyword) }
  }

  func schemaMap(_ keyword: String) throws(SchemaError) -> [(String, SchemaNode)]? {
    guard let node = schema[keyword] else { return nil }
    guard node.kind == .object else { throw invalid(keyword, "it must be an object of schemas") }
    var result: [(String, SchemaNode)] = []
    for (key, value) in node.members {
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings.
      result.append((key.stringValue!, try child(value, keyword)))
    }
    return result
  }

  func pattern(_ keyword: String) throws(SchemaError) -> ECMARegex? {
    guard let text = try string(keyword) else { return nil }
    return try regex(text, keyword: keyword)
  }

  func regex(_ pattern: String, keyword: String) throws(SchemaError) -> ECMARegex {
    do {
      return try ECMARegex(pattern)
    } catch {
      throw compiler.error(.invalidPattern(pattern: pattern, reason: error.message), at: location, keyword: keyword)
    }
  }

  func dependentRequired() throws(SchemaError) -> [(name: String, required: [String])]? {
    guard let node = schema["dependentRequired"] else { return nil }
    guard node.kind == .object else { throw invalid("dependentRequired", "it must be an object of string arrays") }
    return try node.members.map { (key, value) throws(SchemaError) in
      guard value.kind == .array, value.elements.allSatisfy({ $0.kind == .string }) else {
        throw invalid("dependentRequired", "every member must be an array of strings")
      }
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings and the elements were just checked.
      return (key.stringValue!, value.elements.map { $0.stringValue! })
    }
  }

  /// Draft 4–7 `dependencies`: arrays of required names, or schemas.
  func dependencies() throws(SchemaError) -> (
    required: [(name: String, required: [String])], schemas: [(name: String, schema: SchemaNode)]
  )? {
    guard let node = schema["dependencies"] else { return nil }
    guard node.kind == .object else {
      if context.draft >= .draft201909 { return nil }  // not a keyword there, just an annotation
      throw invalid("dependencies", "it must be an object")
    }
    var required: [(name: String, required: [String])] = []
    var schemas: [(name: String, schema: SchemaNode)] = []
    for (key, value) in node.members {
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings.
      let name = key.stringValue!
      if value.kind == .array {
        guard value.elements.allSatisfy({ $0.kind == .string }) else {
          throw invalid("dependencies", "a dependency array must hold only strings")
        }
        required.append((name, value.elements.compactMap(\.stringValue)))
      } else {
        schemas.append((name, try child(value, "dependencies")))
      }
    }
    return (required, schemas)
  }

  /// `items`, `additionalItems` and `prefixItems` in the dialect's meaning.
  func itemSchemas(draft: Draft) throws(SchemaError) -> ItemSchemas? {
    if draft >= .draft202012 {
      let prefix = try schemaArray("prefixItems")
      let rest = try schema("items")
      guard prefix != nil || rest != nil else { return nil }
      return ItemSchemas(prefix: prefix ?? [], rest: rest, restKeyword: "items", prefixKeyword: "prefixItems")
    }
    guard let items = schema["items"] else { return nil }
    if items.kind == .array {
      let prefix = try Array(items.elements).map { (element) throws(SchemaError) in try child(element, "items") }
      return ItemSchemas(
        prefix: prefix, rest: try schema("additionalItems"), restKeyword: "additionalItems", prefixKeyword: "items")
    }
    return ItemSchemas(prefix: [], rest: try child(items, "items"), restKeyword: "items", prefixKeyword: "items")
  }
}
