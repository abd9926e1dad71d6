import CaseJSON
import CaseRegex

/// Turns registered schema documents into ``SchemaNode`` trees, once.
///
/// Nodes are created on first reference and compiled from a work list, so `$ref` cycles and
/// shared definitions compile once and deep schemas never recurse through the compiler.
final class SchemaCompiler {
  let registry: SchemaRegistry
  let assertsFormats: Bool
  private var nodes: [SchemaLocation: SchemaNode] = [:]
  private var pending: [(SchemaNode, SchemaLocation)] = []
  private var resourceRoots: [Int: SchemaNode] = [:]

  init(registry: SchemaRegistry, assertsFormats: Bool) {
    self.registry = registry
    self.assertsFormats = assertsFormats
  }

  /// Compiles the schema at `uri` and everything it references; returns the root and every
  /// node compiled (which the caller must keep: references between nodes do not own them).
  func compile(_ uri: URIReference) throws(SchemaError) -> (root: SchemaNode, nodes: [SchemaNode]) {
    let root = try node(at: registry.locate(uri))
    while let (node, location) = pending.popLast() {
      try compile(node, at: location)
    }
    return (root, Array(nodes.values))
  }

  /// The node for a schema location, created (and queued for compiling) on first use.
  func node(at location: SchemaLocation) throws(SchemaError) -> SchemaNode {
    if let existing = nodes[location] { return existing }
    let document = registry.documents[location.document].document
    guard let context = registry.context(of: location) else {
      throw error(.notASchema(found: describeKind(document.kind(at: location.node))), at: location)
    }
    let resourceIndex = registry.resourceIndexIfLoaded(context.resourceURI) ?? 0
    let node = SchemaNode(
      documentPath: pathFromRoot(of: location), canonicalURI: context.resourceURI + context.pointer.uriFragment,
      resource: resourceIndex, draft: context.draft)
    nodes[location] = node
    pending.append((node, location))
    return node
  }

  /// The node of the schema a reference (relative to `base`) points at.
  func node(referencedBy reference: String, base: URIReference, from location: SchemaLocation, keyword: String)
    throws(SchemaError) -> SchemaNode
  {
    guard let parsed = URIReference(reference) else {
      throw error(.invalidKeyword(keyword: keyword, reason: "\"\(reference)\" is not a URI reference"), at: location)
    }
    let target = parsed.resolved(against: base)
    do {
      return try node(at: registry.locate(target))
    } catch var failure {
      if failure.documentURI == nil {
        failure.documentURI = registry.documents[location.document].uri
        failure.location = registry.documents[location.document].document.location(
          ofOffset: registry.documents[location.document].document.offset(at: location.node))
        failure.pointer = JSONPointer(pathFromRoot(of: location)).appending(keyword)
      }
      throw failure
    }
  }

  /// The root node of a registered resource.
  func resourceRoot(_ index: Int) throws(SchemaError) -> SchemaNode {
    if let root = resourceRoots[index] { return root }
    let resource = registry.resources[index]
    let root = try node(at: SchemaLocation(document: resource.document, node: resource.node))
    resourceRoots[index] = root
    return root
  }

  /// An error located at a schema node.
  func error(_ kind: SchemaError.Kind, at location: SchemaLocation, keyword: String? = nil) -> SchemaError {
    let registered = registry.documents[location.document]
    var pointer = JSONPointer(pathFromRoot(of: location))
    var offset = registered.document.offset(at: location.node)
    if let keyword, let value = registered.document.node(at: location.node)[keyword] {
      pointer = pointer.appending(keyword)
      offset = value.offset
    }
    return SchemaError(
      kind, documentURI: registered.uri, pointer: pointer, location: registered.document.location(ofOffset: offset))
  }

  private var paths: [Int: [Int: [String]]] = [:]

  /// The pointer tokens from the document root to a node.
  func pathFromRoot(of location: SchemaLocation) -> [String] {
    if paths[location.document] == nil {
      var table: [Int: [String]] = [:]
      func visit(_ node: JSONNode, _ path: [String]) {
        table[node.index] = path
        for (position, element) in node.elements.enumerated() { visit(element, path + [String(position)]) }
        // swift-format-ignore: NeverForceUnwrap
        // Keys are strings.
        for (key, value) in node.members { visit(value, path + [key.stringValue!]) }
      }
      visit(registry.documents[location.document].document.root, [])
      paths[location.document] = table
    }
    return paths[location.document]?[location.node] ?? []
  }
}

func describeKind(_ kind: JSONKind) -> String {
  switch kind {
  case .null: return "null"
  case .boolean: return "a boolean"
  case .number: return "a number"
  case .string: return "a string"
  case .array: return "an array"
  case .object: return "an object"
  }
}
