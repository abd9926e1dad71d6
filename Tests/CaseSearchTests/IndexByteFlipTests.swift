import Testing

@testable import CaseSearch

/// Every byte of a small index damaged in turn, in three ways, then opened and searched in
/// every way a search reads it: each must give a result or an `IndexError`, never a crash
/// (a crash ends the test run, which fails it).
@Suite("Index byte flips")
struct IndexByteFlipTests {
  typealias T = SearchTestIndex

  static let bytes = T.bytes(IndexCorruptionTests.documents)

  /// Reads everything a search, a staleness check and a filter can read.
  static func exercise(_ bytes: [UInt8]) -> Bool {
    do {
      let reader = try IndexReader(bytes: bytes)
      let searcher = Searcher(reader: reader)
      for text in [
        "council", "parking appeals", "\"parking appeals\"", "park*", "-panel council", "counsil", "pan* OR fines",
      ] {
        var request = SearchRequest(query: Query(parsing: text))
        request.explain = true
        request.countFacets = true
        request.fuzzy = text == "counsil"
        _ = try searcher.search(request)
      }
      var filtered = SearchRequest(query: Query(parsing: ""))
      filtered.facets = [0: ["local", "governance"], 1: ["GB"]]
      filtered.fromYear = 2020
      _ = try searcher.search(filtered)
      _ = try reader.stamps()
      for facet in reader.layout.facets.indices { _ = try reader.facetValues(facet) }
      try reader.verify()
      return true
    } catch {
      return false
    }
  }

  @Test func theUndamagedIndexPasses() {
    #expect(IndexByteFlipTests.exercise(IndexByteFlipTests.bytes))
  }

  @Test(arguments: [UInt8(0x01), 0x80, 0xFF])
  func everyDamagedByteIsCaught(mask: UInt8) {
    var caught = 0
    for offset in IndexByteFlipTests.bytes.indices {
      var bytes = IndexByteFlipTests.bytes
      bytes[offset] ^= mask
      // The whole-file checksum catches every flip in the end: `verify()` must fail.
      if !IndexByteFlipTests.exercise(bytes) { caught += 1 }
    }
    #expect(caught == IndexByteFlipTests.bytes.count)
  }
}
