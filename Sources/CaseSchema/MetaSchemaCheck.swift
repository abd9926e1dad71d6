import CaseJSON

extension SchemaRegistry {
  /// Validates the registered schema document at `uri` against its metaschema (the one its
  /// `$schema` names, or the registry's dialect), returning the errors with their positions in
  /// the schema's source. An empty result means the schema is well formed.
  ///
  /// - Throws: ``SchemaError`` when the metaschema itself cannot be found or compiled.
  public func checkSchema(_ uri: String) throws(SchemaError) -> [Finding] {
    try lock.withLock { () throws(SchemaError) in try checkSchemaLocked(uri) }
  }

  private func checkSchemaLocked(_ uri: String) throws(SchemaError) -> [Finding] {
    guard let reference = URIReference(uri), let index = try resourceIndex(for: reference.withoutFragment.description)
    else { throw SchemaError(.unresolvableReference(uri)) }
    let resource = resources[index]
    let document = documents[resource.document].document
    let root = document.node(at: resource.node)
    var metaSchema = resource.draft.metaSchemaURI
    if let declared = root["$schema"]?.stringValue, Draft(metaSchemaURI: declared) == nil {
      metaSchema = declared  // a custom metaschema, registered (or mapped) like any schema
    }
    if metaSchema.hasSuffix("#") { metaSchema.removeLast() }
    let validator = try JSONSchema(compiling: metaSchema, registry: self, assertsFormats: false)
    guard resource.node == 0 else { return [] }
    return validator.validate(document).errors
  }
}
