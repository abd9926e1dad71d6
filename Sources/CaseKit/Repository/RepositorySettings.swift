import CaseIO
import CaseJSON

/// A repository's settings, `schemas/repository.json`: for now, the licence its case studies
/// are published under unless a case names its own.
///
/// ```json
/// { "licence": "CC-BY-4.0" }
/// ```
public struct RepositorySettings: Sendable, Equatable {
  /// The settings file's name inside `schemas/`.
  public static let fileName = "repository.json"

  /// The licence of cases that name none (an id of the `licences` vocabulary).
  public var licence: String?

  public init(licence: String? = nil) {
    self.licence = licence
  }

  /// The settings in `files` (the repository's schemas, or the built-in ones), and the
  /// problems with them: an unknown key, a licence that is not a term of `licences`.
  static func read(from files: SchemaFiles, vocabularies: [String: Vocabulary]) -> (
    settings: RepositorySettings, findings: [Finding]
  ) {
    guard let file = files.files.first(where: { $0.relativePath == fileName }) else {
      return (RepositorySettings(), [])
    }
    let root = file.document.root
    guard root.value.objectValue != nil else {
      return (
        RepositorySettings(),
        [Finding(.error, rule: "settings", message: "the settings must be a JSON object", location: root.location)]
      )
    }
    var settings = RepositorySettings()
    var findings: [Finding] = []
    for (keyNode, node) in root.members {
      let key = keyNode.stringValue ?? ""
      switch key {
      case "licence":
        guard let licence = node.stringValue,
          vocabularies["licences"].map({ $0.term(licence) != nil }) ?? true
        else {
          let known = vocabularies["licences"]?.terms.map(\.id).joined(separator: ", ") ?? ""
          findings.append(
            Finding(
              .error, rule: "settings", message: "the default licence must be one of the licences: \(known)",
              location: node.location))
          continue
        }
        settings.licence = licence
      default:
        findings.append(
          Finding(
            .error, rule: "settings", message: "unknown setting \(quoted(key)); the settings are: licence",
            location: keyNode.location))
      }
    }
    return (settings, findings)
  }
}
