import Testing

@testable import CaseSearch

/// Phrases across the parts of a field, prefixes folded like indexed words, and terms more
/// frequent than a field's frequency can record.
@Suite("Search edge cases")
struct SearchEdgeCaseTests {
  typealias T = SearchTestIndex

  func keys(_ text: String, in documents: [IndexDocument]) throws -> [String] {
    try T.searcher(documents).search(T.request(text)).keys.sorted()
  }

  @Test func phrasesDoNotMatchAcrossThePartsOfAField() throws {
    let documents = [T.document("bodies", body: "City Council" + IndexDocument.partSeparator + "Police Scotland")]
    #expect(try keys("\"city council\"", in: documents) == ["bodies"])
    #expect(try keys("\"police scotland\"", in: documents) == ["bodies"])
    #expect(try keys("\"council police\"", in: documents).isEmpty)
    // The words themselves are all there.
    #expect(try keys("council police", in: documents) == ["bodies"])
  }

  @Test func prefixesAreFoldedAsIndexedWordsAre() throws {
    let documents = [
      T.document("hyphen", body: "A co-design workshop."), T.document("apostrophe", body: "The people's panel."),
      T.document("accent", body: "Försäkringskassan's model."),
    ]
    #expect(try keys("co-des*", in: documents) == ["hyphen"])
    #expect(try keys("people\u{2019}s*", in: documents) == ["apostrophe"])
    #expect(try keys("FÖRSÄK*", in: documents) == ["accent"])
  }

  @Test func aTermMoreFrequentThanAFieldRecordsStaysReadable() throws {
    // 70,000 occurrences in one field: frequencies and positions are kept up to 65,535.
    let body = Array(repeating: "data", count: 70_000).joined(separator: " ") + " sharing"
    let documents = [T.document("many", body: body), T.document("other", body: "data sharing agreements")]
    let reader = try T.reader(documents)
    try reader.verify()
    let data = try #require(try reader.lookup("data"))
    #expect(try reader.postings(data).frequency(at: 0, field: 1) == 65_535)
    #expect(try keys("\"data sharing\"", in: documents) == ["other"])
    #expect(try keys("\"data data\"", in: documents) == ["many"])
  }
}
