/// The formats `cases export` writes, and what each produces.
public enum ExportFormat: String, Sendable, CaseIterable {
  case csv, jsonl
  case opensearchBulk = "opensearch-bulk"
  case md, jekyll, html

  /// A file an export produces: its path relative to the output folder, and its bytes.
  public struct File: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]
  }

  /// Whether the output is a folder of files rather than one file. An OpenSearch export
  /// is a folder (the bulk file and the mapping), whose bulk file alone can go to a pipe.
  public var writesFolder: Bool { self == .jekyll || self == .opensearchBulk }

  /// The files of `cases` in this format, the main one first; cases in order of id, so the
  /// same cases give the same bytes.
  public func export(_ cases: [CaseStudy], schema: CaseStudySchema) -> [File] {
    let sorted = cases.sorted { $0.id < $1.id }
    switch self {
    case .csv:
      return [
        File(path: "cases.csv", bytes: Array(CaseCSV.render(sorted, defaultLicence: schema.settings.licence).utf8))
      ]
    case .jsonl: return [File(path: "cases.jsonl", bytes: CaseJSONLines.render(sorted, schema: schema))]
    case .opensearchBulk:
      return [
        File(path: "bulk.ndjson", bytes: CaseJSONLines.bulk(sorted, schema: schema)),
        File(path: "mapping.json", bytes: OpenSearchMapping.document(for: schema)),
      ]
    case .md: return [File(path: "cases.md", bytes: Array(CaseCatalogueMarkdown.render(sorted, schema: schema).utf8))]
    case .jekyll:
      return sorted.map { File(path: "_cases/\($0.id).md", bytes: Array(JekyllPage.render($0, schema: schema).utf8)) }
    case .html: return [File(path: "cases.html", bytes: Array(HTMLCatalogue.render(sorted, schema: schema).utf8))]
    }
  }
}
