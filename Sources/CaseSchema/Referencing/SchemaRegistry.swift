import CaseIO
import CaseJSON

/// Every schema the checker can reach, by URI: the official metaschemas (built in), documents
/// the caller registers, and files under folders mapped to URL prefixes (`--ref-map`).
///
/// Nothing is ever fetched from the network. Registration walks each document once to find
/// its schema resources (`$id`), anchors and dialect, so references resolve in one lookup.
///
/// Threads may share a registry: every public method (and compiling a ``JSONSchema``, which
/// may register files on the way) holds its lock.
public final class SchemaRegistry: @unchecked Sendable {
  // @unchecked: the mutable state below is only read or changed while `lock` is held (the
  // public API takes it; the compiler and walker run inside such a call).
  let lock = Lock()

  /// The dialect for schema resources that do not name one with `$schema` (`--draft`); a
  /// resource's own `$schema` always wins, whether it is the root or a schema it refers to.
  public var defaultDraft: Draft {
    get { lock.withLock { undeclaredDraft } }
    set { lock.withLock { undeclaredDraft = newValue } }
  }
  /// ``defaultDraft``, read under the lock.
  private(set) var undeclaredDraft: Draft
  /// The folder `file:` references may be read from (resolved, without a final `/`), or nil
  /// for anywhere: a repository's schemas may not reach outside the repository.
  private var fileRoot: String?

  private(set) var documents: [RegisteredDocument] = []
  private(set) var resources: [SchemaResource] = []
  private var resourceByURI: [String: Int] = [:]
  private var anchorByURI: [String: (document: Int, node: Int)] = [:]
  private var prefixMaps: [(prefix: String, folder: String)] = []

  /// The built-in metaschemas, parsed once per process.
  private static let metaSchemas: [(uri: String, document: JSONDocument)] = EmbeddedMetaSchemas.all.map {
    // swift-format-ignore: NeverUseForceTry
    // The embedded metaschemas are the official files, which parse.
    ($0.uri, try! JSONDocument(parsing: $0.text))
  }

  /// A registry holding the built-in metaschemas.
  public init(defaultDraft: Draft = .default) {
    undeclaredDraft = defaultDraft
    for (uri, document) in SchemaRegistry.metaSchemas {
      _ = try? register(document, uri: uri)
    }
  }

  /// Called with `other`'s lock held.
  private init(copying other: SchemaRegistry) {
    undeclaredDraft = other.undeclaredDraft
    documents = other.documents
    resources = other.resources
    resourceByURI = other.resourceByURI
    anchorByURI = other.anchorByURI
    prefixMaps = other.prefixMaps
    fileRoot = other.fileRoot
  }

  /// An independent registry with the same documents (which are shared, being immutable), to
  /// register more schemas without touching this one.
  public func copy() -> SchemaRegistry {
    lock.withLock { SchemaRegistry(copying: self) }
  }

  // MARK: - Registering

  /// Registers a parsed schema document retrieved from `uri`; returns the URI its root is
  /// known by (its `$id` when it has one).
  ///
  /// - Throws: ``SchemaError`` when the document's `$schema` is unknown or another document
  ///   already has one of its identifiers.
  @discardableResult
  public func add(_ document: JSONDocument, uri: String) throws(SchemaError) -> String {
    try lock.withLock { () throws(SchemaError) in try register(document, uri: uri) }
  }

  /// ``add(_:uri:)``, with the lock held.
  @discardableResult
  func register(_ document: JSONDocument, uri: String) throws(SchemaError) -> String {
    guard let retrieval = URIReference(uri)?.withoutFragment else {
      throw SchemaError(.invalidKeyword(keyword: "$id", reason: "\"\(uri)\" is not a URI"))
    }
    let index = documents.count
    documents.append(RegisteredDocument(document: document, uri: retrieval.description))
    var walker = ResourceWalker(registry: self, documentIndex: index)
    do {
      try walker.walkRoot(base: retrieval)
    } catch {
      documents.removeLast()
      throw error
    }
    documents[index].contexts = walker.contexts
    for resource in walker.resources {
      if let existing = resourceByURI[resource.uri], resources[existing].document != index {
        // The same URI from another document: the first registration wins unless identical.
        if documents[resources[existing].document].document.bytes != document.bytes {
          throw SchemaError(.duplicateIdentifier(resource.uri), documentURI: uri)
        }
        continue
      }
      resourceByURI[resource.uri] = resources.count
      resources.append(resource)
    }
    for (anchor, node) in walker.anchors where anchorByURI[anchor] == nil {
      anchorByURI[anchor] = (index, node)
    }
    return walker.contexts[0]?.resourceURI ?? retrieval.description
  }

  /// Reads, parses and registers the schema file at `path`, under its `$id` and its file URI.
  @discardableResult
  public func addFile(_ path: String) throws(SchemaError) -> String {
    let bytes: [UInt8]
    let uri = SchemaRegistry.fileURI(path)
    do {
      bytes = try FileReader.read(path)
    } catch {
      throw SchemaError(.unreadable(error), documentURI: uri)
    }
    let document: JSONDocument
    do {
      document = try JSONDocument(parsing: bytes)
    } catch {
      throw SchemaError(.invalidJSON(error), documentURI: uri, location: error.location)
    }
    return try add(document, uri: uri)
  }

  /// Serves schemas whose URI starts with `prefix` from files under `folder`, read on demand
  /// (`file:` URIs are always served from disk).
  public func map(prefix: String, toFolder folder: String) {
    lock.withLock { prefixMaps.append((prefix, folder.hasSuffix("/") ? String(folder.dropLast()) : folder)) }
  }

  /// Reads `file:` references only inside `folder` (following links); others are errors.
  public func confineFiles(to folder: String) {
    let resolved = FileTree.resolvedPath(folder) ?? folder
    lock.withLock { fileRoot = resolved }
  }

  /// `file://` URI of an absolute path.
  public static func fileURI(_ path: String) -> String {
    "file://" + percentEncodedPath(path)
  }

  // MARK: - Looking up

  /// The document and node a URI (with or without a fragment) refers to.
  func locate(_ uri: URIReference) throws(SchemaError) -> SchemaLocation {
    let key = uri.withoutFragment.description
    guard let resourceIndex = try resourceIndex(for: key) else {
      throw SchemaError(.unresolvableReference(uri.description))
    }
    let resource = resources[resourceIndex]
    guard let fragment = uri.fragment, !fragment.isEmpty else {
      return SchemaLocation(document: resource.document, node: resource.node)
    }
    if fragment.hasPrefix("/") {
      guard let pointer = try? JSONPointer(uriFragment: fragment),
        let node = pointer.resolve(in: documents[resource.document].document.node(at: resource.node))
      else { throw SchemaError(.unresolvableReference(uri.description)) }
      return SchemaLocation(document: resource.document, node: node.index)
    }
    guard let anchor = anchorByURI[key + "#" + (percentDecoded(fragment) ?? fragment)] else {
      throw SchemaError(.unresolvableReference(uri.description))
    }
    return SchemaLocation(document: anchor.document, node: anchor.node)
  }

  /// The resource registered under `uri` (no fragment), loading it from a mapped folder if needed.
  func resourceIndex(for uri: String) throws(SchemaError) -> Int? {
    if let index = resourceByURI[uri] { return index }
    let trimmed = uri.hasSuffix("#") ? String(uri.dropLast()) : uri
    if let index = resourceByURI[trimmed] { return index }
    // `file:` URIs are served from disk (a schema may refer to its neighbours by relative
    // path), and so are URIs under a mapped prefix.
    let localFile: [(prefix: String, folder: String)] = uri.hasPrefix("file:///") ? [("file://", "")] : []
    for (prefix, folder) in localFile + prefixMaps where uri.hasPrefix(prefix) {
      let relative = percentDecoded(String(uri.dropFirst(prefix.count))) ?? ""
      let path = folder.isEmpty ? relative : folder + "/" + relative
      if let fileRoot, let resolved = FileTree.resolvedPath(path), !FileTree.isWithin(resolved, fileRoot) {
        throw SchemaError(.outsideFolder(path: resolved, folder: fileRoot))
      }
      guard FileTree.kind(of: path) == .file else { continue }
      let bytes: [UInt8]
      do {
        bytes = try FileReader.read(path)
      } catch {
        throw SchemaError(.unreadable(error), documentURI: path)
      }
      let document: JSONDocument
      do {
        document = try JSONDocument(parsing: bytes)
      } catch {
        throw SchemaError(.invalidJSON(error), documentURI: path, location: error.location)
      }
      try register(document, uri: uri)
      return resourceByURI[uri]
    }
    return nil
  }

  /// Where a node of a registered document sits: its base URI, dialect and resource.
  func context(of location: SchemaLocation) -> NodeContext? {
    documents[location.document].contexts[location.node]
  }

  /// The index of an already registered resource.
  func resourceIndexIfLoaded(_ uri: String) -> Int? { resourceByURI[uri] }

  /// The resources that declare the dynamic anchor `name`.
  func resources(withDynamicAnchor name: String) -> [Int] {
    resources.indices.filter { resources[$0].dynamicAnchors.contains(name) }
  }

  /// The resources whose root has `"$recursiveAnchor": true`.
  var recursiveAnchorResources: [Int] { resources.indices.filter { resources[$0].recursiveAnchor } }
}

/// A node of a registered document.
struct SchemaLocation: Hashable, Sendable {
  var document: Int
  var node: Int
}

/// A parsed schema document and what its walk found about each node.
struct RegisteredDocument {
  let document: JSONDocument
  /// The URI the document was retrieved from.
  let uri: String
  /// The context of every object and boolean node, by node index.
  var contexts: [Int: NodeContext] = [:]
}

/// The base URI, dialect and enclosing resource of a node.
struct NodeContext: Sendable {
  var base: URIReference
  var draft: Draft
  var vocabularies: Vocabularies
  /// The URI of the schema resource the node belongs to.
  var resourceURI: String
  /// The node's pointer from that resource's root.
  var pointer: JSONPointer
}

/// A schema resource: a document root or a subschema with its own `$id`.
struct SchemaResource: Sendable {
  var uri: String
  var document: Int
  var node: Int
  var draft: Draft
  /// Names declared with `$dynamicAnchor` in this resource.
  var dynamicAnchors: Set<String>
  /// Whether the resource root has `"$recursiveAnchor": true` (2019-09).
  var recursiveAnchor: Bool
}

/// Percent-encodes the characters of a file path that cannot appear in a URI path.
func percentEncodedPath(_ path: String) -> String {
  var result = ""
  for byte in path.utf8 {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
      UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"),
      UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
      UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"):
      result.unicodeScalars.append(Unicode.Scalar(byte))
    default:
      let digits = String(byte, radix: 16, uppercase: true)
      result += "%" + (digits.count == 1 ? "0" : "") + digits
    }
  }
  return result
}
