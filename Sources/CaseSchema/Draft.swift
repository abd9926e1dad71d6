/// A JSON Schema dialect: which keywords exist and what they mean.
public enum Draft: String, CaseIterable, Sendable, Comparable {
  case draft4 = "draft-04"
  case draft6 = "draft-06"
  case draft7 = "draft-07"
  case draft201909 = "2019-09"
  case draft202012 = "2020-12"

  /// The dialect used when a schema does not say (`$schema` absent).
  public static let `default` = Draft.draft202012

  /// The URI of the dialect's metaschema, as `$schema` names it.
  public var metaSchemaURI: String {
    switch self {
    case .draft4: return "http://json-schema.org/draft-04/schema#"
    case .draft6: return "http://json-schema.org/draft-06/schema#"
    case .draft7: return "http://json-schema.org/draft-07/schema#"
    case .draft201909: return "https://json-schema.org/draft/2019-09/schema"
    case .draft202012: return "https://json-schema.org/draft/2020-12/schema"
    }
  }

  /// The dialect whose metaschema is `uri`, ignoring an empty fragment and `http`/`https`.
  public init?(metaSchemaURI uri: String) {
    let key = Draft.normalizedMetaSchemaURI(uri)
    guard let draft = Draft.allCases.first(where: { Draft.normalizedMetaSchemaURI($0.metaSchemaURI) == key }) else {
      return nil
    }
    self = draft
  }

  /// `uri` without a trailing `#` and with `https` for `http`.
  static func normalizedMetaSchemaURI(_ uri: String) -> String {
    var text = uri.hasSuffix("#") ? String(uri.dropLast()) : uri
    if text.hasPrefix("http://") { text = "https://" + text.dropFirst(7) }
    return text
  }

  /// Parses a `--draft` value: `4`, `draft4`, `draft-04`, `2019-09`, `2020-12`, …
  public init?(name: String) {
    let compact = name.lowercased().filter { $0 != "-" && $0 != "_" }
    switch compact {
    case "4", "04", "draft4", "draft04": self = .draft4
    case "6", "06", "draft6", "draft06": self = .draft6
    case "7", "07", "draft7", "draft07": self = .draft7
    case "201909", "draft201909": self = .draft201909
    case "202012", "draft202012": self = .draft202012
    default: return nil
    }
  }

  /// The keyword that sets a schema's identifier.
  var idKeyword: String { self == .draft4 ? "id" : "$id" }

  /// Whether `true` and `false` are schemas.
  var allowsBooleanSchemas: Bool { self >= .draft6 }

  /// Whether `$ref` makes its sibling keywords ignored (drafts 4 to 7).
  var refOverridesSiblings: Bool { self <= .draft7 }

  /// Whether `$id` may carry a plain-name fragment (`"$id": "#foo"`) as an anchor.
  var idDefinesAnchors: Bool { self <= .draft7 }

  public static func < (lhs: Draft, rhs: Draft) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}

/// The vocabularies of drafts 2019-09 and 2020-12; older drafts enable all of theirs.
struct Vocabularies: OptionSet, Sendable, Hashable {
  let rawValue: UInt16

  init(rawValue: UInt16) {
    self.rawValue = rawValue
  }

  static let core = Vocabularies(rawValue: 1 << 0)
  static let applicator = Vocabularies(rawValue: 1 << 1)
  static let unevaluated = Vocabularies(rawValue: 1 << 2)
  static let validation = Vocabularies(rawValue: 1 << 3)
  static let metaData = Vocabularies(rawValue: 1 << 4)
  static let formatAnnotation = Vocabularies(rawValue: 1 << 5)
  static let formatAssertion = Vocabularies(rawValue: 1 << 6)
  static let content = Vocabularies(rawValue: 1 << 7)

  static let all: Vocabularies = [
    .core, .applicator, .unevaluated, .validation, .metaData, .formatAnnotation, .content,
  ]

  /// The vocabulary a `$vocabulary` URI names, or nil for one we do not know.
  init?(uri: String) {
    let known: [String: Vocabularies] = [
      "https://json-schema.org/draft/2019-09/vocab/core": .core,
      "https://json-schema.org/draft/2019-09/vocab/applicator": [.applicator, .unevaluated],
      "https://json-schema.org/draft/2019-09/vocab/validation": .validation,
      "https://json-schema.org/draft/2019-09/vocab/meta-data": .metaData,
      "https://json-schema.org/draft/2019-09/vocab/format": .formatAnnotation,
      "https://json-schema.org/draft/2019-09/vocab/content": .content,
      "https://json-schema.org/draft/2020-12/vocab/core": .core,
      "https://json-schema.org/draft/2020-12/vocab/applicator": .applicator,
      "https://json-schema.org/draft/2020-12/vocab/unevaluated": .unevaluated,
      "https://json-schema.org/draft/2020-12/vocab/validation": .validation,
      "https://json-schema.org/draft/2020-12/vocab/meta-data": .metaData,
      "https://json-schema.org/draft/2020-12/vocab/format-annotation": .formatAnnotation,
      "https://json-schema.org/draft/2020-12/vocab/format-assertion": .formatAssertion,
      "https://json-schema.org/draft/2020-12/vocab/content": .content,
    ]
    guard let vocabulary = known[uri] else { return nil }
    self = vocabulary
  }
}
