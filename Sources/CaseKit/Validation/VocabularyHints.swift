import CaseJSON
import CaseSchema
import CaseText

/// Better messages for vocabulary values: the schema checker knows only the allowed ids, but
/// the vocabulary also knows aliases and labels, so `"welfar"` can get "did you mean
/// "benefits" (welfare)?" and `"police"` can be told its id is "policing".
struct VocabularyHints {
  let schema: CaseStudySchema

  /// `finding` with a message that uses the vocabulary, when it is an `enum` miss on a
  /// vocabulary field.
  func improve(_ finding: Finding, in document: JSONDocument) -> Finding {
    guard finding.rule == "enum", let location = finding.instanceLocation,
      let fieldSchema = schema.schema(at: location) ?? schema.schema(at: location.parent ?? .root),
      let name = schema.vocabularyName(of: fieldSchema), let vocabulary = schema.vocabulary(name),
      let typed = location.resolve(in: document.root)?.stringValue
    else { return finding }
    var improved = finding
    let shown = JSONWriter.quoted(typed)
    switch vocabulary.resolve(typed) {
    case .term(let id):
      improved.message = "\(shown) is not an allowed value; write the vocabulary's id \(JSONWriter.quoted(id)) instead"
    case .ambiguous(let ids):
      improved.message =
        "\(shown) is not an allowed value; did you mean " + ids.map(JSONWriter.quoted).joined(separator: " or ") + "?"
    case .unknown(let suggestions):
      guard let first = suggestions.first, let term = vocabulary.term(first) else { return finding }
      let alias = term.aliases.min { EditDistanceHint.distance(typed, $0) < EditDistanceHint.distance(typed, $1) }
      let viaAlias =
        alias.map { EditDistanceHint.distance(typed, $0) < EditDistanceHint.distance(typed, first) } ?? false
      improved.message =
        "\(shown) is not an allowed value; did you mean \(JSONWriter.quoted(first))"
        + (viaAlias ? " (\(alias ?? ""))" : "") + "?"
    }
    improved.message += " (see `cases schema --vocab \(name)`)"
    return improved
  }
}

/// Edit distance on folded text, for choosing which alias to mention.
enum EditDistanceHint {
  static func distance(_ first: String, _ second: String) -> Int {
    EditDistance.between(Vocabulary.normalize(first), Vocabulary.normalize(second))
  }
}
