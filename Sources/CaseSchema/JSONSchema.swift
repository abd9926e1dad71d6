import CaseJSON

/// A compiled JSON Schema, ready to validate any number of documents (from several threads).
///
/// ```swift
/// let registry = SchemaRegistry()
/// let uri = try registry.addFile("/path/schema.json")
/// let schema = try JSONSchema(uri: uri, registry: registry)
/// let result = schema.validate(try JSONDocument(parsing: bytes))
/// ```
public struct JSONSchema: Sendable {
  let root: SchemaNode
  /// Every compiled node; references between nodes rely on this list to keep them alive.
  private let nodes: [SchemaNode]
  private let uri: String
  private let registry: SchemaRegistry
  private let assertsFormats: Bool
  /// The dialect of the root schema.
  public var draft: Draft { root.draft }

  /// Compiles the registered schema at `uri` and everything it references.
  ///
  /// - Parameter assertsFormats: check `format` values (dates, URIs, e-mail addresses…) instead
  ///   of treating them as annotations, as the 2019-09 and 2020-12 dialects do by default.
  /// - Throws: ``SchemaError`` for unresolvable references, invalid patterns and keyword values.
  public init(uri: String, registry: SchemaRegistry, assertsFormats: Bool = false) throws(SchemaError) {
    self = try registry.lock.withLock { () throws(SchemaError) in
      try JSONSchema(compiling: uri, registry: registry, assertsFormats: assertsFormats)
    }
  }

  /// Compiles with `registry`'s lock already held (compiling may register referenced files).
  init(compiling uri: String, registry: SchemaRegistry, assertsFormats: Bool) throws(SchemaError) {
    guard let reference = URIReference(uri) else { throw SchemaError(.unresolvableReference(uri)) }
    let compiler = SchemaCompiler(registry: registry, assertsFormats: assertsFormats)
    (root, nodes) = try compiler.compile(reference)
    self.uri = uri
    self.registry = registry
    self.assertsFormats = assertsFormats
  }

  /// A separately compiled copy, for another thread: compiled schemas are shared read-only,
  /// but reference counting on shared objects makes threads contend, so each validating
  /// thread does better with its own copy. Compiling holds the registry's lock, so copies can
  /// be made from any thread. Compiling again cannot fail (everything it needs was loaded the
  /// first time); the original is returned if it somehow does.
  public func copyForAnotherThread() -> JSONSchema {
    (try? JSONSchema(uri: uri, registry: registry, assertsFormats: assertsFormats)) ?? self
  }

  /// Whether `document` is valid: the fast path, which stops at the first failure.
  public func isValid(_ document: JSONDocument) -> Bool {
    var evaluator = Evaluator(document: document, root: root, collectsErrors: false)
    var none: EvaluatedSet? = nil
    return evaluator.evaluate(root, 0, &none) && evaluator.failure == nil
  }

  /// Validates `document`, collecting every error with its locations.
  public func validate(_ document: JSONDocument) -> ValidationResult {
    var evaluator = Evaluator(document: document, root: root, collectsErrors: false)
    var none: EvaluatedSet? = nil
    if evaluator.evaluate(root, 0, &none) && evaluator.failure == nil {
      return ValidationResult(isValid: true, errors: [])
    }
    if let failure = evaluator.failure { return ValidationResult(isValid: false, errors: [], failure: failure) }
    var collector = Evaluator(document: document, root: root, collectsErrors: true)
    _ = collector.evaluate(root, 0, &none)
    return ValidationResult(isValid: false, errors: collector.errors, failure: collector.failure)
  }
}
