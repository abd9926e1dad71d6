import CaseJSON
import CaseSchema

/// Checks a repository's schema files: each against its metaschema, every property documented
/// with a title and a description, and the vocabularies consistent.
public enum SchemaFileCheck {
  /// A report for each schema file with problems; empty when all is well.
  public static func problems(in files: SchemaFiles) -> [FileReport] {
    var reports: [FileReport] = []
    let registry: SchemaRegistry
    do {
      registry = try files.registry()
    } catch {
      return [
        FileReport(
          path: files.folder ?? "schemas", status: .invalid,
          findings: [Finding(.error, rule: "schema", message: error.message, location: error.location)])
      ]
    }
    for file in files.files {
      var findings: [Finding]
      do {
        findings = try registry.checkSchema(file.uri)
      } catch {
        findings = [Finding(.error, rule: "schema", message: error.message, location: error.location)]
      }
      findings += undocumentedProperties(file.document.root, at: .root)
      if !findings.isEmpty {
        reports.append(FileReport(path: file.path ?? file.relativePath, status: .invalid, findings: findings))
      }
    }
    return reports + VocabularyConsistency.check(files)
  }

  /// Properties declared without a `title` or a `description`.
  private static func undocumentedProperties(_ schema: JSONNode, at pointer: JSONPointer) -> [Finding] {
    var findings: [Finding] = []
    for (key, value) in schema.members {
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings.
      let name = key.stringValue!
      if name == "properties" {
        for (property, definition) in value.members {
          let missing = ["title", "description"].filter { definition[$0] == nil }
          if !missing.isEmpty {
            findings.append(
              Finding(
                .error, rule: "documented",
                message:
                  "the property \(quoted(property.stringValue ?? "")) has no \(missing.joined(separator: " or "))",
                location: property.location,
                instanceLocation: pointer.appending(name).appending(property.stringValue ?? "")))
          }
        }
      }
      if value.kind == .object { findings += undocumentedProperties(value, at: pointer.appending(name)) }
    }
    return findings
  }
}
