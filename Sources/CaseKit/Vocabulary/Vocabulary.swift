import CaseJSON
import CaseText

/// A controlled vocabulary: the terms a field may take, with their definitions and the
/// aliases people may type instead (`police` for `policing`, `UK` for `GB`).
public struct Vocabulary: Sendable, Equatable {
  /// The vocabulary's file name without `.json`, such as `topics`.
  public let name: String
  public let title: String
  public let description: String
  public let terms: [Term]
  /// Each term's position in `terms`, by id.
  private let positions: [String: Int]

  public struct Term: Sendable, Equatable {
    public let id: String
    public let label: String
    public let definition: String
    public let aliases: [String]
    /// Terms of other catalogues this one corresponds to.
    public let mapsTo: [String]
    /// Further attributes, such as an engagement method's `mode` or an impact category's `kind`.
    public let attributes: [String: String]
  }

  public init(name: String, title: String, description: String, terms: [Term]) {
    self.name = name
    self.title = title
    self.description = description
    self.terms = terms
    positions = Dictionary(terms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Reads a vocabulary file: a JSON Schema with an `enum` of ids and a `terms` annotation.
  public init(name: String, schema: JSONValue) {
    var terms: [Term] = []
    for entry in schema["terms"]?.arrayValue ?? [] {
      guard let id = entry["id"]?.stringValue else { continue }
      var attributes: [String: String] = [:]
      for (key, value) in entry.objectValue ?? JSONObject() {
        if let text = value.stringValue, !["id", "label", "definition"].contains(key) { attributes[key] = text }
      }
      terms.append(
        Term(
          id: id, label: entry["label"]?.stringValue ?? id, definition: entry["definition"]?.stringValue ?? "",
          aliases: entry["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? [],
          mapsTo: entry["maps_to"]?.arrayValue?.compactMap(\.stringValue) ?? [], attributes: attributes))
    }
    // A vocabulary without term descriptions still has its enum.
    let described = Set(terms.map(\.id))
    for id in schema["enum"]?.arrayValue?.compactMap(\.stringValue) ?? [] where !described.contains(id) {
      terms.append(Term(id: id, label: id, definition: "", aliases: [], mapsTo: [], attributes: [:]))
    }
    self.init(
      name: name, title: schema["title"]?.stringValue ?? name, description: schema["description"]?.stringValue ?? "",
      terms: terms)
  }

  /// The term with exactly this id.
  public func term(_ id: String) -> Term? { positions[id].map { terms[$0] } }

  /// The label of a term id, or the id itself when unknown.
  public func label(_ id: String) -> String { term(id)?.label ?? id }

  // MARK: - Resolving typed values

  /// What a typed value resolves to.
  public enum Resolution: Sendable, Equatable {
    case term(String)
    /// Several terms start with the text; the value is ambiguous.
    case ambiguous([String])
    /// No term matches; the ids are the closest ones.
    case unknown(suggestions: [String])
  }

  /// Resolves what someone typed: an id (any case), an alias, a label, or a unique prefix of
  /// an id; spaces, underscores and accents are ignored (`Forsakringskassan`-style folding).
  public func resolve(_ typed: String) -> Resolution {
    let key = Vocabulary.normalize(typed)
    guard !key.isEmpty else { return .unknown(suggestions: []) }
    if let term = terms.first(where: { Vocabulary.normalize($0.id) == key }) { return .term(term.id) }
    if let term = terms.first(where: { $0.aliases.contains { Vocabulary.normalize($0) == key } }) {
      return .term(term.id)
    }
    if let term = terms.first(where: { Vocabulary.normalize($0.label) == key }) { return .term(term.id) }
    let prefixed = terms.filter { Vocabulary.normalize($0.id).hasPrefix(key) }
    if prefixed.count == 1 { return .term(prefixed[0].id) }
    if prefixed.count > 1 { return .ambiguous(prefixed.map(\.id)) }
    return .unknown(suggestions: suggestions(for: typed))
  }

  /// The ids nearest to `typed` (by edit distance to ids and aliases), best first.
  public func suggestions(for typed: String, limit: Int = 3) -> [String] {
    let key = Vocabulary.normalize(typed)
    var scored: [(id: String, distance: Int)] = []
    for term in terms {
      let names = [term.id] + term.aliases
      let distance = names.map { EditDistance.between(key, Vocabulary.normalize($0)) }.min() ?? Int.max
      if distance <= max(2, key.count / 3) { scored.append((term.id, distance)) }
    }
    return scored.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }.prefix(limit).map(\.id)
  }

  /// Case and accents folded, with spaces and underscores as hyphens and apostrophes dropped.
  static func normalize(_ text: String) -> String {
    var result = ""
    for scalar in TextFolding.fold(text).unicodeScalars {
      switch scalar {
      case " ", "_", "\t": result.unicodeScalars.append("-")
      case "'", "’": continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
