import CaseIO
import CaseJSON

/// Reading only the vocabularies a command needs (a search filtering by topic reads
/// `vocabularies/topics.json` and nothing else), from the repository's `schemas/` or the
/// built-in copy, without the rest of the schema.
public enum VocabularyFiles {
  /// The vocabularies called `names` (those that exist), by name.
  ///
  /// - Throws: ``SchemaLoadError`` when a vocabulary file cannot be read or parsed.
  public static func load(_ names: [String], from folder: String?) throws(SchemaLoadError) -> [String: Vocabulary] {
    var vocabularies: [String: Vocabulary] = [:]
    let usesFolder = folder.map { FileTree.kind(of: $0 + "/" + SchemaFiles.mainFile) == .file } ?? false
    for name in names {
      let relativePath = "vocabularies/" + name + ".json"
      let document: JSONDocument
      if let folder, usesFolder {
        let path = folder + "/" + relativePath
        guard FileTree.kind(of: path) == .file else { continue }
        document = try SchemaFiles.read(path)
      } else {
        guard let file = BuiltInSchemas.files.first(where: { $0.path == relativePath }),
          let parsed = try? JSONDocument(parsing: Array(file.text.utf8))
        else { continue }
        document = parsed
      }
      vocabularies[name] = Vocabulary(name: name, schema: document.root.value)
    }
    return vocabularies
  }
}
