import CaseJSON
import CaseRegex

/// A compiled schema: its keywords as checks, grouped by the kind of instance they apply to, so
/// validating a string never looks at `properties`.
final class SchemaNode: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  /// The node's JSON Pointer tokens from its document's root (for evaluation paths).
  let documentPath: [String]
  /// The node's canonical URI: its resource's URI and its pointer within the resource.
  let canonicalURI: String
  /// The registry index of the node's schema resource (for the dynamic scope).
  let resource: Int
  let draft: Draft
  /// The false schema (or its equivalent): nothing is valid.
  var isFalse = false
  /// Checks for every kind of instance, then for each kind. Filled in after creation, so
  /// reference cycles can point at a node before it is compiled.
  var general: [Keyword] = []
  var forStrings: [Keyword] = []
  var forNumbers: [Keyword] = []
  var forArrays: [Keyword] = []
  var forObjects: [Keyword] = []
  /// True when `unevaluatedProperties` or `unevaluatedItems` needs to know what the node's
  /// in-place applicators evaluated.
  var collectsAnnotations = false

  init(documentPath: [String], canonicalURI: String, resource: Int, draft: Draft) {
    self.documentPath = documentPath
    self.canonicalURI = canonicalURI
    self.resource = resource
    self.draft = draft
  }

  /// The checks for an instance of `kind`.
  @inline(__always)
  func checks(for kind: JSONKind) -> [Keyword] {
    switch kind {
    case .string: return forStrings
    case .number: return forNumbers
    case .array: return forArrays
    case .object: return forObjects
    default: return []
    }
  }
}

/// One keyword of a compiled schema.
struct Keyword: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  /// The keyword's name, the last token of its keyword location (a literal: no reference
  /// counting when keywords are copied in the evaluation loop).
  let name: StaticString
  let check: Check
}

/// What a keyword checks, with everything it needs precomputed.
enum Check {
  case type(TypeSet)
  case constant(JSONValue)
  case enumeration(EnumValues)
  case not(SchemaNode)
  case allOf([SchemaNode])
  case anyOf([SchemaNode])
  case oneOf([SchemaNode])
  case conditional(condition: SchemaNode, then: SchemaNode?, otherwise: SchemaNode?)
  case reference(Reference)
  case dynamicReference(DynamicReference)
  case recursiveReference(RecursiveReference)
  case dependentSchemas([(name: String, schema: SchemaNode)])
  /// Keywords that apply to one kind of value, each family checked by a switch of its own
  /// that must handle every member: no keyword can pass unchecked.
  case number(NumberCheck)
  case string(StringCheck)
  case array(ArrayCheck)
  case object(ObjectCheck)
}

enum NumberCheck {
  case minimum(ExactDecimal, exclusive: Bool)
  case maximum(ExactDecimal, exclusive: Bool)
  case multipleOf(ExactDecimal)
}

enum StringCheck {
  case minLength(Int)
  case maxLength(Int)
  case pattern(ECMARegex)
  case format(String, @Sendable (UnsafeBufferPointer<UInt8>) -> Bool)
  /// Draft 7's `contentEncoding: base64` and `contentMediaType: application/json`.
  case content(base64: Bool, json: Bool)
}

enum ArrayCheck {
  case items(ItemSchemas)
  case contains(ContainsRule)
  case minItems(Int)
  case maxItems(Int)
  case uniqueItems
  case unevaluatedItems(SchemaNode)
}

enum ObjectCheck {
  case properties(PropertySchemas)
  case required(RequiredNames)
  case minProperties(Int)
  case maxProperties(Int)
  case propertyNames(SchemaNode)
  case dependentRequired([(name: String, required: [String])])
  case unevaluatedProperties(SchemaNode)
}

/// The set of types a `type` keyword allows.
struct TypeSet: OptionSet, Sendable {
  let rawValue: UInt8
  static let null = TypeSet(rawValue: 1)
  static let boolean = TypeSet(rawValue: 2)
  static let number = TypeSet(rawValue: 4)
  static let integer = TypeSet(rawValue: 8)
  static let string = TypeSet(rawValue: 16)
  static let array = TypeSet(rawValue: 32)
  static let object = TypeSet(rawValue: 64)

  static let names: [(String, TypeSet)] = [
    ("null", .null), ("boolean", .boolean), ("number", .number), ("integer", .integer), ("string", .string),
    ("array", .array), ("object", .object),
  ]
}

/// The allowed values of `enum`; all-string enums are looked up by bytes.
final class EnumValues: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  let values: [JSONValue]
  let strings: ByteKeyMap<Bool>?

  init(_ values: [JSONValue]) {
    self.values = values
    let strings = values.compactMap(\.stringValue)
    self.strings = strings.count == values.count ? ByteKeyMap(strings.map { ($0, true) }) : nil
  }
}

/// A `$ref`, whose target is filled in once compiled (it may be the node itself).
///
/// References are the only edges that can close a cycle between nodes, so they do not own
/// their targets: every node is owned by the compiled schema's node list instead, and these
/// references stay valid exactly as long as it does.
final class Reference: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  unowned(unsafe) var target: SchemaNode?
  let keyword: String
  init(keyword: String) { self.keyword = keyword }
}

/// A `$dynamicRef`: its static target, and for each resource that declares the same dynamic
/// anchor, that anchor's schema.
final class DynamicReference: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  unowned(unsafe) var initial: SchemaNode?
  /// Whether the static target itself declares the dynamic anchor (only then is the dynamic
  /// scope searched).
  var isDynamic = false
  var byResource: [Int: UnownedNode] = [:]
}

/// A node reference that does not own the node (see ``Reference``).
struct UnownedNode {
  unowned(unsafe) let node: SchemaNode
}

/// A `$recursiveRef` (2019-09): its static target, and the roots of resources that have
/// `"$recursiveAnchor": true`.
final class RecursiveReference: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  unowned(unsafe) var initial: SchemaNode?
  var isDynamic = false
  var byResource: [Int: UnownedNode] = [:]
}

/// `prefixItems`/`items`/`additionalItems` in any draft's spelling: schemas for the first
/// elements by position, and one schema for the rest.
struct ItemSchemas: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  var prefix: [SchemaNode]
  var rest: SchemaNode?
  /// The keyword that holds `rest` (`items` or `additionalItems`), for error locations.
  var restKeyword: StaticString
  var prefixKeyword: StaticString
}

/// `contains` with its `minContains`/`maxContains` bounds.
struct ContainsRule: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  var schema: SchemaNode
  var minimum: Int
  var maximum: Int?
}

/// `properties`, `patternProperties` and `additionalProperties` together, since the last
/// depends on the first two.
final class PropertySchemas: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  let named: ByteKeyMap<SchemaNode>
  let patterns: [(regex: ECMARegex, schema: SchemaNode)]
  let additional: SchemaNode?
  /// Which of the three keywords the schema has (for error locations and annotations).
  let hasProperties: Bool
  let hasPatterns: Bool
  /// Declared property names, for "did you mean" suggestions.
  let declared: [String]

  init(
    named: [(String, SchemaNode)], patterns: [(ECMARegex, SchemaNode)], additional: SchemaNode?, hasProperties: Bool,
    hasPatterns: Bool
  ) {
    self.named = ByteKeyMap(named)
    self.patterns = patterns
    self.additional = additional
    self.hasProperties = hasProperties
    self.hasPatterns = hasPatterns
    self.declared = named.map(\.0)
  }
}

/// The names `required` lists, matched against an object's keys in one pass.
final class RequiredNames: @unchecked Sendable {
  // @unchecked: filled in while compiling (under the registry's lock), only read afterwards.
  let names: [String]
  let positions: ByteKeyMap<Int>

  init(_ names: [String]) {
    self.names = names
    self.positions = ByteKeyMap(names.enumerated().map { ($1, $0) })
  }
}
