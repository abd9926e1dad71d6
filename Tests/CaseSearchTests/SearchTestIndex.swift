@testable import CaseSearch

/// Small hand-made indexes for the search tests: a two-field layout (title, body), two facets
/// (topic, country) and two stored values (title, year).
enum SearchTestIndex {
  static let layout = IndexLayout(
    fields: [.init("title", weight: 2.5, lengthNormalization: 0.6), .init("body", weight: 1.0)],
    facets: ["topic", "country"],
    stored: ["title", "year"])

  static let metadata = IndexWriter.Metadata(
    folderModified: 1_700_000_000_000_000_000, built: 1_700_000_000_500_000_000,
    otherFiles: [FileStamp(path: "/repo/casestudies/broken.json", size: 12, modified: 99)])

  /// A document of the test layout.
  static func document(
    _ key: String, title: String = "", body: String = "", topics: [String] = [], countries: [String] = [],
    years: ClosedRange<Int>? = nil
  ) -> IndexDocument {
    IndexDocument(
      key: key, fields: [title, body], facets: [topics, countries], years: years,
      stored: [title, years.map { String($0.lowerBound) } ?? ""],
      stamp: FileStamp(
        path: "/repo/casestudies/\(key).json", size: Int64(key.utf8.count * 10), modified: Int64(key.utf8.count)))
  }

  static func bytes(_ documents: [IndexDocument], threads: Int = 2, blockSize: Int? = nil) -> [UInt8] {
    IndexWriter.build(documents, layout: layout, metadata: metadata, threads: threads, blockSize: blockSize).bytes
  }

  static func reader(_ documents: [IndexDocument]) throws -> IndexReader {
    try IndexReader(bytes: bytes(documents))
  }

  static func searcher(_ documents: [IndexDocument]) throws -> Searcher {
    Searcher(reader: try reader(documents))
  }

  /// A request for `text` with optional tweaks.
  static func request(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) -> SearchRequest {
    var request = SearchRequest(query: Query(parsing: text))
    configure(&request)
    return request
  }

  /// Where two byte arrays first differ (nil when equal), to compare indexes without printing them.
  static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String? {
    if let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) {
      return "byte \(index): \(a[index]) vs \(b[index])"
    }
    return a.count == b.count ? nil : "lengths \(a.count) vs \(b.count)"
  }

  /// Little-endian integers inside index bytes, for tests that find and damage sections.
  static func u32(_ bytes: [UInt8], _ offset: Int) -> Int {
    (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
  }

  static func u64(_ bytes: [UInt8], _ offset: Int) -> Int {
    (0..<8).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
  }

  /// The byte range of each section, from the section table.
  static func sections(_ bytes: [UInt8]) -> [IndexFormat.Section: Range<Int>] {
    var result: [IndexFormat.Section: Range<Int>] = [:]
    let count = u32(bytes, 16)
    for entry in 0..<count {
      let base = IndexFormat.headerSize + entry * IndexFormat.tableEntrySize
      guard let kind = IndexFormat.Section(rawValue: UInt32(u32(bytes, base))) else { continue }
      let offset = u64(bytes, base + 8)
      result[kind] = offset..<offset + u64(bytes, base + 16)
    }
    return result
  }
}

extension SearchResult {
  /// The keys of the hits, in order.
  var keys: [String] { hits.map(\.key) }
}
