import CaseIO
import CaseJSON

/// The records read from a source to import, and the records that could not be read.
public struct ImportSource: Sendable {
  public var cases: [ImportedCase]
  /// Records (or files) that could not be read: where, and why.
  public var problems: [(origin: String, message: String)]

  /// A PAVE case book's case files, folders of them, or its root (see ``PAVESite``).
  public static func pave(_ paths: [String], schema: CaseStudySchema, currentYear: Int) -> ImportSource {
    let site = PAVESite.read(paths)
    let mapping = PAVEMapping(site: site, schema: schema, currentYear: currentYear)
    return ImportSource(
      cases: site.cases.map(mapping.convert),
      problems: site.problems.map { problem in
        (problem.location.map { "\(problem.path):\($0)" } ?? problem.path, problem.message)
      })
  }

  /// `cases export --format jsonl`: one whole case per line. A case of format version 1 is
  /// migrated; a case matches the repository's file of the same id.
  public static func jsonLines(_ bytes: [UInt8], origin: String) -> ImportSource {
    var source = ImportSource(cases: [], problems: [])
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      let text = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
      guard text.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { continue }
      let place = "\(origin):\(lineNumber)"
      let value: JSONValue
      do {
        value = try JSONDocument(parsing: Array(text)).root.value
      } catch {
        source.problems.append((place + ":\(error.location.column)", error.message))
        continue
      }
      guard value.objectValue != nil else {
        source.problems.append((place, "the line is not a JSON object (a case study)"))
        continue
      }
      let id = value["id"]?.stringValue
      source.cases.append(
        ImportedCase(
          origin: place, externalID: id.map { (CaseImport.ownIDs, $0) }, value: CaseMigration.migrated(value),
          notes: [.imported(field: "the whole line", to: "the case")]))
    }
    return source
  }
}
