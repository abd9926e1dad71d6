import CaseJSON
import CaseSearch

/// The search index of a case-study repository: which parts of a case are searched, and how
/// much each counts.
public enum CaseIndexLayout {
  /// Field weights reflect where words say most about a case: its title, then its summary and
  /// tags, then the names of its bodies and systems, then the narrative.
  public static let layout = IndexLayout(
    fields: [
      .init("title", weight: 2.5, lengthNormalization: 0.6),
      .init("summary", weight: 1.5),
      .init("narrative", weight: 1.0),
      .init("bodies", weight: 1.5, lengthNormalization: 0.5),
      .init("systems", weight: 1.3),
      .init("details", weight: 1.0),
      .init("tags", weight: 1.5, lengthNormalization: 0.3),
      .init("sources", weight: 0.5),
      // The labels and aliases of the vocabulary terms the case uses (Netherlands, Holland, Dutch).
      .init("labels", weight: 1.2, lengthNormalization: 0.3),
    ],
    facets: ["topic", "country", "level", "method", "kind", "body", "direction", "main-topic"],
    stored: ["title", "year", "topics-json", "countries-json", "path"])

  /// A list as one stored value: a JSON array, which holds any text whole.
  static func storedList(_ values: [String]) -> String {
    JSONWriter(style: .compact).string(.array(values.map(JSONValue.string)))
  }

  /// The list a stored value holds (none when the value is not a list).
  static func list(stored text: String) -> [String] {
    guard let document = try? JSONDocument(parsing: text), case .array(let items) = document.root.value else {
      return []
    }
    return items.compactMap(\.stringValue)
  }
}
