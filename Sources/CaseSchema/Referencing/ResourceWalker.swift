import CaseJSON

/// Walks a schema document once, in the dialect of each part, to find its schema resources
/// (`$id`), anchors (`$anchor`, `$dynamicAnchor`, and `"$id": "#name"` in older drafts) and the
/// context (base URI, dialect, resource) of every node.
struct ResourceWalker {
  let registry: SchemaRegistry
  let documentIndex: Int
  let document: JSONDocument
  var contexts: [Int: NodeContext] = [:]
  var resources: [SchemaResource] = []
  var anchors: [(String, Int)] = []

  init(registry: SchemaRegistry, documentIndex: Int) {
    self.registry = registry
    self.documentIndex = documentIndex
    self.document = registry.documents[documentIndex].document
  }

  mutating func walkRoot(base: URIReference) throws(SchemaError) {
    var draft = registry.undeclaredDraft
    var vocabularies = Vocabularies.defaults(for: draft)
    if let declared = metaSchemaURI(at: 0) {
      (draft, vocabularies) = try registry.dialect(forMetaSchema: declared, documentURI: base.description)
    }
    resources.append(
      SchemaResource(
        uri: base.description, document: documentIndex, node: 0, draft: draft, dynamicAnchors: [],
        recursiveAnchor: false))
    try walk(
      0, base: base, draft: draft, vocabularies: vocabularies, resource: 0, pointer: .root, isSchema: true)
  }

  private func metaSchemaURI(at index: Int) -> String? {
    guard document.kind(at: index) == .object else { return nil }
    return document.node(at: index)["$schema"]?.stringValue
  }

  private mutating func walk(
    _ index: Int, base: URIReference, draft: Draft, vocabularies: Vocabularies, resource: Int, pointer: JSONPointer,
    isSchema: Bool
  ) throws(SchemaError) {
    var base = base
    var draft = draft
    var vocabularies = vocabularies
    var resource = resource
    var pointer = pointer
    let node = document.node(at: index)
    if isSchema && node.kind == .object {
      // A subschema with its own identifier may also name its own dialect.
      let hasIdentifier = node["$id"]?.stringValue != nil || node["id"]?.stringValue != nil
      if index != 0, hasIdentifier, let declared = node["$schema"]?.stringValue {
        (draft, vocabularies) = try registry.dialect(forMetaSchema: declared, documentURI: base.description)
      }
      if let id = node[draft.idKeyword]?.stringValue, let reference = URIReference(id),
        !(draft.refOverridesSiblings && node["$ref"] != nil)
      {
        if draft.idDefinesAnchors, reference.scheme == nil, reference.authority == nil, reference.path.isEmpty,
          reference.query == nil
        {
          if let name = reference.fragment, !name.isEmpty { anchors.append((base.description + "#" + name, index)) }
        } else {
          let resolved = reference.resolved(against: base)
          base = resolved.withoutFragment
          if index != 0 {
            resources.append(
              SchemaResource(
                uri: base.description, document: documentIndex, node: index, draft: draft, dynamicAnchors: [],
                recursiveAnchor: false))
            resource = resources.count - 1
          } else if base.description != resources[0].uri {
            // The root is known by its retrieval URI and by its $id; the $id is canonical.
            var alias = resources[0]
            alias.uri = base.description
            resources.append(alias)
            resource = resources.count - 1
          }
          pointer = .root
          if draft.idDefinesAnchors, let name = resolved.fragment, !name.isEmpty, !name.hasPrefix("/") {
            anchors.append((base.description + "#" + name, index))
          }
        }
      }
      if draft >= .draft201909 {
        if let name = node["$anchor"]?.stringValue { anchors.append((base.description + "#" + name, index)) }
        if draft >= .draft202012, let name = node["$dynamicAnchor"]?.stringValue {
          anchors.append((base.description + "#" + name, index))
          markDynamicAnchor(name, resource: resource)
        }
        if draft == .draft201909, node["$recursiveAnchor"]?.boolValue == true, pointer.isRoot {
          markRecursiveAnchor(resource: resource)
        }
      }
    }
    if node.kind == .object || node.kind == .boolean {
      contexts[index] = NodeContext(
        base: base, draft: draft, vocabularies: vocabularies, resourceURI: resources[resource].uri, pointer: pointer)
    }
    switch node.kind {
    case .object:
      for (key, value) in node.members {
        // swift-format-ignore: NeverForceUnwrap
        // Keys are strings.
        let name = key.stringValue!
        let kind = isSchema ? SubschemaKeywords.kind(of: name, in: draft) : nil
        try walkChildren(
          value, kind: kind, base: base, draft: draft, vocabularies: vocabularies, resource: resource,
          pointer: pointer.appending(name))
      }
    case .array:
      for (position, element) in node.elements.enumerated() {
        try walk(
          element.index, base: base, draft: draft, vocabularies: vocabularies, resource: resource,
          pointer: pointer.appending(position), isSchema: false)
      }
    default:
      break
    }
  }

  /// Walks a keyword's value, marking which parts of it are subschemas.
  private mutating func walkChildren(
    _ value: JSONNode, kind: SubschemaKind?, base: URIReference, draft: Draft, vocabularies: Vocabularies,
    resource: Int, pointer: JSONPointer
  ) throws(SchemaError) {
    func visit(_ node: JSONNode, _ pointer: JSONPointer, schema: Bool) throws(SchemaError) {
      try walk(
        node.index, base: base, draft: draft, vocabularies: vocabularies, resource: resource, pointer: pointer,
        isSchema: schema)
    }
    switch kind {
    case .single:
      try visit(value, pointer, schema: true)
    case .map:
      guard value.kind == .object else { return try visit(value, pointer, schema: false) }
      contexts[value.index] = NodeContext(
        base: base, draft: draft, vocabularies: vocabularies, resourceURI: resources[resource].uri, pointer: pointer)
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings.
      for (key, member) in value.members { try visit(member, pointer.appending(key.stringValue!), schema: true) }
    case .array, .singleOrArray:
      if value.kind == .array {
        for (position, element) in value.elements.enumerated() {
          try visit(element, pointer.appending(position), schema: true)
        }
      } else {
        try visit(value, pointer, schema: kind == .singleOrArray)
      }
    case nil:
      try visit(value, pointer, schema: false)
    }
  }

  /// Marks `name` as a dynamic anchor of a resource (and of the other names of the same node).
  private mutating func markDynamicAnchor(_ name: String, resource: Int) {
    let node = resources[resource].node
    for index in resources.indices where resources[index].node == node { resources[index].dynamicAnchors.insert(name) }
  }

  private mutating func markRecursiveAnchor(resource: Int) {
    let node = resources[resource].node
    for index in resources.indices where resources[index].node == node { resources[index].recursiveAnchor = true }
  }
}

/// How a keyword holds subschemas.
enum SubschemaKind {
  /// The value is a schema (`not`, `additionalProperties`).
  case single
  /// The value is an object of schemas (`properties`, `$defs`).
  case map
  /// The value is an array of schemas (`allOf`).
  case array
  /// A schema or an array of schemas (`items` before 2020-12).
  case singleOrArray
}

enum SubschemaKeywords {
  /// How `keyword` holds subschemas in `draft`, or nil if it holds none.
  static func kind(of keyword: String, in draft: Draft) -> SubschemaKind? {
    switch keyword {
    case "additionalProperties", "not": return .single
    case "additionalItems": return draft <= .draft201909 ? .single : nil
    case "items": return draft <= .draft201909 ? .singleOrArray : .single
    case "contains", "propertyNames": return draft >= .draft6 ? .single : nil
    case "if", "then", "else": return draft >= .draft7 ? .single : nil
    case "unevaluatedItems", "unevaluatedProperties", "contentSchema": return draft >= .draft201909 ? .single : nil
    case "properties", "patternProperties", "definitions": return .map
    case "$defs", "dependentSchemas": return draft >= .draft201909 ? .map : nil
    case "dependencies": return draft <= .draft7 ? .map : nil
    case "allOf", "anyOf", "oneOf": return .array
    case "prefixItems": return draft >= .draft202012 ? .array : nil
    default: return nil
    }
  }
}

extension Vocabularies {
  /// The vocabularies a dialect enables when its metaschema does not say otherwise.
  static func defaults(for draft: Draft) -> Vocabularies {
    draft >= .draft201909
      ? [.core, .applicator, .unevaluated, .validation, .metaData, .formatAnnotation, .content] : .all
  }
}

extension SchemaRegistry {
  /// The dialect and vocabularies a `$schema` value selects: a standard dialect, or a registered
  /// custom metaschema (its own dialect, and the vocabularies its `$vocabulary` lists).
  func dialect(forMetaSchema uri: String, documentURI: String) throws(SchemaError) -> (Draft, Vocabularies) {
    if let draft = Draft(metaSchemaURI: uri) { return (draft, .defaults(for: draft)) }
    if Draft.normalizedMetaSchemaURI(uri) == "https://json-schema.org/draft-03/schema" {
      throw SchemaError(.unsupportedDraft("draft-03"), documentURI: documentURI)
    }
    guard let reference = URIReference(uri), let index = try resourceIndex(for: reference.withoutFragment.description)
    else { throw SchemaError(.unknownMetaSchema(uri), documentURI: documentURI) }
    let metaSchema = resources[index]
    let root = documents[metaSchema.document].document.node(at: metaSchema.node)
    guard let draft = documents[metaSchema.document].contexts[metaSchema.node]?.draft else {
      throw SchemaError(.unknownMetaSchema(uri), documentURI: documentURI)
    }
    guard let declared = root["$vocabulary"], declared.kind == .object else { return (draft, .defaults(for: draft)) }
    var vocabularies: Vocabularies = []
    for (key, required) in declared.members {
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings.
      let name = key.stringValue!
      if let vocabulary = Vocabularies(uri: name) {
        vocabularies.insert(vocabulary)
      } else if required.boolValue == true {
        throw SchemaError(.unsupportedVocabulary(name), documentURI: documentURI)
      }
    }
    return (draft, vocabularies)
  }
}
