import CaseIO
import CaseJSON
import CaseKit
import CaseSearch
import CommandLineKit

/// `cases-bench trec-run`: ranks a test collection's documents for each of its queries with
/// exactly the analyzer, index and scorer of `cases search`, and prints a TREC run file.
enum TRECRun {
  static let command = Command(
    "trec-run",
    abstract: "Write a TREC run file for a test collection, ranked as cases search ranks.",
    discussion: """
      The corpus is JSON Lines of {"id", "title", "text"}; the queries are JSON Lines of {"id", "text"}. \
      Titles are indexed as case titles and texts as case narratives, with the field weights cases search \
      uses. Queries are natural-language sentences, so documents are ranked when they match any query word \
      (cases search first asks for every word). Score the run with ../shared/peers/ireval.py QRELS RUN.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @Option("corpus", valueName: "file", "Documents, one JSON object per line.", required: true) var corpus: String?
    @Option("queries", valueName: "file", "Queries, one JSON object per line.", required: true) var queries: String?
    @Option("top", valueName: "n", "Results per query.", default: 100, in: 1...10_000) var top: Int
    @Option("tag", "The run's name in the file.", default: "cases") var tag: String
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let top = options.top
    let layout = CaseIndexLayout.layout
    guard let titleField = layout.field(named: "title"), let textField = layout.field(named: "narrative") else {
      throw CommandFailure("the case index has no title or narrative field")
    }
    var documents: [IndexDocument] = []
    for line in try lines(options.corpus ?? "", context) {
      var fields = [String](repeating: "", count: layout.fields.count)
      fields[titleField] = line["title"]?.stringValue ?? ""
      fields[textField] = line["text"]?.stringValue ?? ""
      let id = line["id"]?.stringValue ?? ""
      documents.append(
        IndexDocument(
          key: id, fields: fields, facets: layout.facets.map { _ in [] }, years: nil, stored: [],
          stamp: FileStamp(path: id, size: 0, modified: 0)))
    }
    let path = "/tmp/cases-bench-trec-\(ProcessControl.id).idx"
    defer { FileTree.removeTree(path) }
    try IndexWriter.build(documents, layout: layout, metadata: .init(folderModified: 0, built: 0)).save(to: path)
    let searcher = Searcher(reader: try IndexReader(path: path))
    let tag = options.tag
    for line in try lines(options.queries ?? "", context) {
      let id = line["id"]?.stringValue ?? ""
      var request = SearchRequest(query: Query(parsing: QueryText.plainWords(line["text"]?.stringValue ?? "")))
      request.anyWord = true
      request.limit = top
      for (rank, hit) in try searcher.search(request).hits.enumerated() {
        context.stdout.line("\(id) Q0 \(hit.key) \(rank + 1) \(hit.score) \(tag)")
      }
    }
    return .success
  }

  /// The JSON objects of a JSON Lines file.
  private static func lines(_ path: String, _ context: CommandContext) throws -> [JSONValue] {
    let bytes = try FileReader.read(context.absolutePath(path))
    return try bytes.split(separator: UInt8(ascii: "\n")).map { try JSONDocument(parsing: Array($0)).root.value }
  }
}

/// Query text as plain words: the collection's queries are prose, not query syntax.
enum QueryText {
  static func plainWords(_ text: String) -> String {
    String(text.map { $0 == "\"" || $0 == "*" || $0 == ":" || $0 == "-" ? " " : $0 })
  }
}
