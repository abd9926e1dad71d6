import CaseJSON
import CaseRegex

/// Compiling one schema object's keywords, dialect by dialect.
extension SchemaCompiler {
  func compile(_ node: SchemaNode, at location: SchemaLocation) throws(SchemaError) {
    let document = registry.documents[location.document].document
    let schema = document.node(at: location.node)
    if let flag = schema.boolValue {
      node.isFalse = !flag
      return
    }
    guard schema.kind == .object, let context = registry.context(of: location) else {
      throw error(.notASchema(found: describeKind(schema.kind)), at: location)
    }
    var keywords = KeywordReader(compiler: self, schema: schema, location: location, context: context)
    let draft = context.draft
    let vocabularies = context.vocabularies

    // References. Before 2019-09, `$ref` replaces every other keyword of its object.
    if let target = try keywords.string("$ref") {
      let reference = Reference(keyword: "$ref")
      reference.target = try self.node(referencedBy: target, base: context.base, from: location, keyword: "$ref")
      node.general.append(Keyword(name: "$ref", check: .reference(reference)))
      if draft.refOverridesSiblings { return }
    }
    if draft >= .draft202012, let target = try keywords.string("$dynamicRef") {
      node.general.append(
        Keyword(name: "$dynamicRef", check: .dynamicReference(try dynamicReference(target, context, location))))
    }
    if draft == .draft201909, let target = try keywords.string("$recursiveRef") {
      node.general.append(
        Keyword(name: "$recursiveRef", check: .recursiveReference(try recursiveReference(target, context, location))))
    }

    if vocabularies.contains(.validation) {
      try compileValidation(node, &keywords, draft: draft)
    }
    if vocabularies.contains(.applicator) {
      try compileApplicators(node, &keywords, draft: draft)
    }
    let formatAsserted = assertsFormats || vocabularies.contains(.formatAssertion)
    if formatAsserted, let format = try keywords.string("format"),
      let validate = FormatChecker.validatorIncludingRegex(for: format)
    {
      node.forStrings.append(Keyword(name: "format", check: .string(.format(format, validate))))
    }
    if draft == .draft7 {
      // Draft 7 lets content keywords assert; later dialects made them annotations only.
      let encoding = try keywords.string("contentEncoding")
      let mediaType = try keywords.string("contentMediaType")
      if encoding?.lowercased() == "base64" || mediaType?.lowercased() == "application/json" {
        node.forStrings.append(
          Keyword(
            name: mediaType != nil ? "contentMediaType" : "contentEncoding",
            check: .string(
              .content(base64: encoding?.lowercased() == "base64", json: mediaType?.lowercased() == "application/json"))
          ))
      }
    }
    if vocabularies.contains(.unevaluated) && draft >= .draft201909 {
      if let schema = try keywords.schema("unevaluatedItems") {
        node.forArrays.append(Keyword(name: "unevaluatedItems", check: .array(.unevaluatedItems(schema))))
        node.collectsAnnotations = true
      }
      if let schema = try keywords.schema("unevaluatedProperties") {
        node.forObjects.append(Keyword(name: "unevaluatedProperties", check: .object(.unevaluatedProperties(schema))))
        node.collectsAnnotations = true
      }
    }
    // Cheap checks first: `type`, `const` and `enum` fail fast.
    node.general = node.general.enumerated()
      .sorted { ($0.element.check.cost, $0.offset) < ($1.element.check.cost, $1.offset) }
      .map(\.element)
  }

  private func compileValidation(_ node: SchemaNode, _ keywords: inout KeywordReader, draft: Draft) throws(SchemaError)
  {
    if let types = try keywords.types() { node.general.append(Keyword(name: "type", check: .type(types))) }
    if draft >= .draft6, let value = keywords.value("const") {
      node.general.append(Keyword(name: "const", check: .constant(value)))
    }
    if let values = try keywords.array("enum") {
      node.general.append(Keyword(name: "enum", check: .enumeration(EnumValues(values.map(\.value)))))
    }
    // Numbers.
    if let limit = try keywords.number("multipleOf") {
      guard limit > .zero else {
        throw keywords.invalid("multipleOf", "it must be a number greater than 0")
      }
      node.forNumbers.append(Keyword(name: "multipleOf", check: .number(.multipleOf(limit))))
    }
    if draft == .draft4 {
      if let limit = try keywords.number("minimum") {
        let exclusive = try keywords.bool("exclusiveMinimum") ?? false
        node.forNumbers.append(Keyword(name: "minimum", check: .number(.minimum(limit, exclusive: exclusive))))
      }
      if let limit = try keywords.number("maximum") {
        let exclusive = try keywords.bool("exclusiveMaximum") ?? false
        node.forNumbers.append(Keyword(name: "maximum", check: .number(.maximum(limit, exclusive: exclusive))))
      }
    } else {
      if let limit = try keywords.number("minimum") {
        node.forNumbers.append(Keyword(name: "minimum", check: .number(.minimum(limit, exclusive: false))))
      }
      if let limit = try keywords.number("exclusiveMinimum") {
        node.forNumbers.append(Keyword(name: "exclusiveMinimum", check: .number(.minimum(limit, exclusive: true))))
      }
      if let limit = try keywords.number("maximum") {
        node.forNumbers.append(Keyword(name: "maximum", check: .number(.maximum(limit, exclusive: false))))
      }
      if let limit = try keywords.number("exclusiveMaximum") {
        node.forNumbers.append(Keyword(name: "exclusiveMaximum", check: .number(.maximum(limit, exclusive: true))))
      }
    }
    // Strings.
    if let limit = try keywords.count("minLength") {
      node.forStrings.append(Keyword(name: "minLength", check: .string(.minLength(limit))))
    }
    if let limit = try keywords.count("maxLength") {
      node.forStrings.append(Keyword(name: "maxLength", check: .string(.maxLength(limit))))
    }
    if let pattern = try keywords.pattern("pattern") {
      node.forStrings.append(Keyword(name: "pattern", check: .string(.pattern(pattern))))
    }
    // Arrays.
    if let limit = try keywords.count("minItems") {
      node.forArrays.append(Keyword(name: "minItems", check: .array(.minItems(limit))))
    }
    if let limit = try keywords.count("maxItems") {
      node.forArrays.append(Keyword(name: "maxItems", check: .array(.maxItems(limit))))
    }
    if try keywords.bool("uniqueItems") == true {
      node.forArrays.append(Keyword(name: "uniqueItems", check: .array(.uniqueItems)))
    }
    // Objects.
    if let names = try keywords.strings("required"), !names.isEmpty {
      node.forObjects.append(Keyword(name: "required", check: .object(.required(RequiredNames(names)))))
    }
    if let limit = try keywords.count("minProperties") {
      node.forObjects.append(Keyword(name: "minProperties", check: .object(.minProperties(limit))))
    }
    if let limit = try keywords.count("maxProperties") {
      node.forObjects.append(Keyword(name: "maxProperties", check: .object(.maxProperties(limit))))
    }
    if draft >= .draft201909, let dependencies = try keywords.dependentRequired() {
      node.forObjects.append(Keyword(name: "dependentRequired", check: .object(.dependentRequired(dependencies))))
    }
  }

  private func compileApplicators(_ node: SchemaNode, _ keywords: inout KeywordReader, draft: Draft) throws(SchemaError)
  {
    let combinations: [(StaticString, ([SchemaNode]) -> Check)] = [
      ("allOf", Check.allOf), ("anyOf", Check.anyOf), ("oneOf", Check.oneOf),
    ]
    for (name, make) in combinations {
      if let schemas = try keywords.schemaArray("\(name)") {
        node.general.append(Keyword(name: name, check: make(schemas)))
      }
    }
    if let schema = try keywords.schema("not") { node.general.append(Keyword(name: "not", check: .not(schema))) }
    if draft >= .draft7, let condition = try keywords.schema("if") {
      let then = try keywords.schema("then")
      let otherwise = try keywords.schema("else")
      node.general.append(
        Keyword(name: "if", check: .conditional(condition: condition, then: then, otherwise: otherwise)))
    }
    // Objects.
    let named = try keywords.schemaMap("properties")
    let patterns = try keywords.schemaMap("patternProperties")
    let additional = try keywords.schema("additionalProperties")
    if named != nil || patterns != nil || additional != nil {
      var compiledPatterns: [(ECMARegex, SchemaNode)] = []
      for (pattern, schema) in patterns ?? [] {
        compiledPatterns.append((try keywords.regex(pattern, keyword: "patternProperties"), schema))
      }
      let rule = PropertySchemas(
        named: named ?? [], patterns: compiledPatterns, additional: additional, hasProperties: named != nil,
        hasPatterns: patterns != nil)
      node.forObjects.append(
        Keyword(name: named != nil ? "properties" : "patternProperties", check: .object(.properties(rule))))
    }
    if draft >= .draft6, let schema = try keywords.schema("propertyNames") {
      node.forObjects.append(Keyword(name: "propertyNames", check: .object(.propertyNames(schema))))
    }
    if draft >= .draft201909, let schemas = try keywords.schemaMap("dependentSchemas") {
      node.general.append(Keyword(name: "dependentSchemas", check: .dependentSchemas(schemas.map { ($0, $1) })))
    }
    // `dependencies` was split in 2019-09; later dialects still honour it for compatibility.
    if let (required, schemas) = try keywords.dependencies() {
      if !required.isEmpty {
        node.forObjects.append(Keyword(name: "dependencies", check: .object(.dependentRequired(required))))
      }
      if !schemas.isEmpty {
        node.general.append(Keyword(name: "dependencies", check: .dependentSchemas(schemas)))
      }
    }
    // Arrays.
    if let items = try keywords.itemSchemas(draft: draft) {
      node.forArrays.append(
        Keyword(name: items.prefix.isEmpty ? items.restKeyword : items.prefixKeyword, check: .array(.items(items))))
    }
    if draft >= .draft6, let schema = try keywords.schema("contains") {
      var minimum = 1
      var maximum: Int?
      if draft >= .draft201909 {
        minimum = try keywords.count("minContains") ?? 1
        maximum = try keywords.count("maxContains")
      }
      node.forArrays.append(
        Keyword(
          name: "contains", check: .array(.contains(ContainsRule(schema: schema, minimum: minimum, maximum: maximum)))))
    }
  }

  private func dynamicReference(_ target: String, _ context: NodeContext, _ location: SchemaLocation)
    throws(SchemaError) -> DynamicReference
  {
    let reference = DynamicReference()
    reference.initial = try node(referencedBy: target, base: context.base, from: location, keyword: "$dynamicRef")
    // Only a plain-name fragment whose static target declares the same dynamic anchor is dynamic.
    guard let parsed = URIReference(target), let name = parsed.fragment, !name.isEmpty, !name.hasPrefix("/") else {
      return reference
    }
    let resolved = parsed.resolved(against: context.base).withoutFragment.description
    guard let targetResource = try registry.resourceIndex(for: resolved),
      registry.resources[targetResource].dynamicAnchors.contains(name)
    else { return reference }
    reference.isDynamic = true
    for resource in registry.resources(withDynamicAnchor: name) {
      // A root known by two URIs has its anchors under the canonical one only.
      guard let uri = URIReference(registry.resources[resource].uri + "#" + name),
        let location = try? registry.locate(uri)
      else { continue }
      reference.byResource[resource] = UnownedNode(node: try node(at: location))
    }
    return reference
  }

  private func recursiveReference(_ target: String, _ context: NodeContext, _ location: SchemaLocation)
    throws(SchemaError) -> RecursiveReference
  {
    let reference = RecursiveReference()
    let initial = try node(referencedBy: target, base: context.base, from: location, keyword: "$recursiveRef")
    reference.initial = initial
    guard let parsed = URIReference(target) else { return reference }
    let resolved = parsed.resolved(against: context.base).withoutFragment.description
    guard let targetResource = try registry.resourceIndex(for: resolved),
      registry.resources[targetResource].recursiveAnchor
    else { return reference }
    reference.isDynamic = true
    for resource in registry.recursiveAnchorResources {
      reference.byResource[resource] = UnownedNode(node: try resourceRoot(resource))
    }
    return reference
  }
}

extension Check {
  /// Rough cost, for running cheap checks first.
  var cost: Int {
    switch self {
    case .type: return 0
    case .constant, .enumeration: return 1
    case .reference, .dynamicReference, .recursiveReference: return 3
    case .not, .allOf, .anyOf, .oneOf, .conditional, .dependentSchemas, .number, .string, .array, .object: return 2
    }
  }
}
