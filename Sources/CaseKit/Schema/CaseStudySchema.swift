import CaseJSON
import CaseSchema

/// The case-study format of a repository: the compiled validator, the vocabularies, and what
/// the schema says about each field (titles, descriptions, key order).
public final class CaseStudySchema: Sendable {
  public let files: SchemaFiles
  /// Validates case-study files, with formats (dates, URIs) asserted.
  public let validator: JSONSchema
  /// The vocabularies, by name (`topics`, `countries`, …).
  public let vocabularies: [String: Vocabulary]
  /// The repository's settings (`schemas/repository.json`), and what is wrong with them.
  public let settings: RepositorySettings
  let settingsFindings: [Finding]
  /// The format version the schema describes: the major number its `schema_version` pattern
  /// allows (`^2\.…` is 2), or nil when it does not say.
  public let formatVersion: Int?
  /// The main schema, as a value.
  let root: JSONValue
  /// The main schema, as a value (for printing it).
  public var mainSchemaValue: JSONValue { root }
  let definitions: [String: JSONValue]
  /// The places of a case as the schema declares them, from the root: worked out once, so that
  /// indexing a case walks it beside this tree instead of looking each place up.
  let places: Place

  /// A place in a case: its path (`systems/*/kinds/*`), what the schema says of strings there,
  /// and the places inside it.
  final class Place: Sendable {
    let path: String
    /// The vocabulary its values come from.
    let vocabulary: String?
    /// Whether its values are constrained to a pattern or format (ids, dates, addresses).
    let isFormatted: Bool
    let members: [String: Place]
    /// The place of an array's elements.
    let items: Place?

    init(path: String, vocabulary: String?, isFormatted: Bool, members: [String: Place], items: Place?) {
      self.path = path
      self.vocabulary = vocabulary
      self.isFormatted = isFormatted
      self.members = members
      self.items = items
    }
  }

  /// Compiles the schema of `files`.
  ///
  /// - Throws: ``SchemaLoadError/unusable(_:)`` when the schema cannot be compiled.
  public init(files: SchemaFiles) throws(SchemaLoadError) {
    self.files = files
    do {
      let registry = try files.registry()
      validator = try JSONSchema(uri: files.mainURI, registry: registry, assertsFormats: true)
    } catch {
      throw SchemaLoadError.unusable(error)
    }
    vocabularies = CaseStudySchema.vocabularies(of: files)
    (settings, settingsFindings) = RepositorySettings.read(from: files, vocabularies: vocabularies)
    let main = files.files.first { $0.uri == files.mainURI }?.document.root.value ?? .object(JSONObject())
    root = main
    let pattern = main["properties"]?["schema_version"]?["pattern"]?.stringValue ?? ""
    formatVersion = pattern.hasPrefix("^") ? Int(pattern.dropFirst().prefix { $0.isNumber }) : nil
    var definitions: [String: JSONValue] = [:]
    for (key, value) in main["$defs"]?.objectValue ?? JSONObject() { definitions[key] = value }
    self.definitions = definitions
    places = CaseStudySchema.place(main, path: "", definitions: definitions, depth: 0)
  }

  /// The place a schema describes, with those inside it (following `$ref`s into `$defs`).
  private static func place(_ schema: JSONValue, path: String, definitions: [String: JSONValue], depth: Int) -> Place {
    var node = schema
    var vocabulary: String?
    if let reference = schema["$ref"]?.stringValue {
      if reference.hasPrefix("vocabularies/") {
        vocabulary = String(reference.dropFirst("vocabularies/".count).dropLast(reference.hasSuffix(".json") ? 5 : 0))
      } else if reference.hasPrefix("#/$defs/"), let target = definitions[String(reference.dropFirst("#/$defs/".count))]
      {
        node = target
      }
    }
    if vocabulary == nil, let reference = node["$ref"]?.stringValue, reference.hasPrefix("vocabularies/") {
      vocabulary = String(reference.dropFirst("vocabularies/".count).dropLast(reference.hasSuffix(".json") ? 5 : 0))
    }
    var members: [String: Place] = [:]
    var items: Place?
    if depth < 16 {
      for (key, child) in node["properties"]?.objectValue ?? JSONObject() {
        members[key] = place(
          child, path: path.isEmpty ? key : path + "/" + key, definitions: definitions, depth: depth + 1)
      }
      items = node["items"].map { place($0, path: path + "/*", definitions: definitions, depth: depth + 1) }
    }
    return Place(
      path: path, vocabulary: vocabulary, isFormatted: node["format"] != nil || node["pattern"] != nil,
      members: members, items: items)
  }

  /// The built-in schema, compiled once.
  public static let builtIn: CaseStudySchema = {
    // swift-format-ignore: NeverUseForceTry
    // The built-in schema is the repository's own, which the tests compile.
    try! CaseStudySchema(files: .builtIn)
  }()

  /// The vocabularies of `files`, by name.
  static func vocabularies(of files: SchemaFiles) -> [String: Vocabulary] {
    var vocabularies: [String: Vocabulary] = [:]
    for (name, file) in files.vocabularyFiles {
      vocabularies[name] = Vocabulary(name: name, schema: file.document.root.value)
    }
    return vocabularies
  }

  /// The vocabulary called `name`.
  public func vocabulary(_ name: String) -> Vocabulary? { vocabularies[name] }

  // MARK: - Walking the schema

  /// The schema object in force at an instance location: following `properties`, `items`
  /// and `$ref`s into `$defs`. Nil where the schema says nothing (or names a vocabulary).
  public func schema(at pointer: JSONPointer) -> JSONValue? {
    var current: JSONValue? = resolve(root)
    for token in pointer.tokens {
      guard let schema = current else { return nil }
      if let property = schema["properties"]?[token] {
        current = resolve(property)
      } else if JSONPointer.arrayIndex(token) != nil, let items = schema["items"] {
        current = resolve(items)
      } else {
        return nil
      }
    }
    return current
  }

  /// The vocabulary a schema value refers to (`{"$ref": "vocabularies/topics.json"}`), if any.
  public func vocabularyName(of schema: JSONValue) -> String? {
    guard let reference = schema["$ref"]?.stringValue else {
      if let items = schema["items"] { return vocabularyName(of: items) }
      return nil
    }
    guard reference.hasPrefix("vocabularies/") else { return nil }
    return String(reference.dropFirst("vocabularies/".count).dropLast(reference.hasSuffix(".json") ? 5 : 0))
  }

  /// The property names of the object at `pointer`, in the order the schema declares them.
  public func keyOrder(at pointer: JSONPointer) -> [String]? {
    schema(at: pointer)?["properties"]?.objectValue?.keys
  }

  /// Follows a local `$ref` into `$defs`, keeping the referring schema's own title and description.
  private func resolve(_ schema: JSONValue) -> JSONValue {
    guard let reference = schema["$ref"]?.stringValue, reference.hasPrefix("#/$defs/"),
      let target = definitions[String(reference.dropFirst("#/$defs/".count))], case .object(var merged) = target
    else { return schema }
    for key in ["title", "description"] { if let own = schema[key] { merged[key] = own } }
    return .object(merged)
  }
}
