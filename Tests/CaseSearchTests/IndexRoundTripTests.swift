import CaseIO
import CaseTestSupport
import Testing

@testable import CaseSearch

/// Building an index with `IndexWriter` and reading everything back with `IndexReader`.
@Suite("Index round trip")
struct IndexRoundTripTests {
  typealias T = SearchTestIndex

  let documents = [
    T.document(
      "parking", title: "Parking fines algorithm", body: "Parking appeals were scored. Parking appeals rose.",
      topics: ["local", "policing"], countries: ["GB"], years: 2019...2021),
    T.document(
      "benefits", title: "Benefits data sharing", body: "Sharing benefits data with councils.", topics: ["benefits"],
      countries: ["NL"]),
    T.document(
      "panel", title: "People's panel", body: "A standing panel of residents advised the council.",
      topics: ["governance", "local"], countries: ["SE", "GB"], years: 2023...2023),
  ]

  func check(_ reader: IndexReader) throws {
    #expect(reader.documentCount == 3)
    #expect(reader.layout == T.layout)
    #expect(reader.metadata == T.metadata)
    // Documents are numbered in key order.
    #expect(try (0..<3).map { try reader.key($0) } == ["benefits", "panel", "parking"])
    #expect(try reader.storedValues(0) == ["Benefits data sharing", ""])
    #expect(try reader.storedValues(2) == ["Parking fines algorithm", "2019"])
    #expect(try reader.stamps() == ["benefits", "panel", "parking"].map { T.document($0).stamp })
    #expect(reader.years(0) == nil)
    #expect(reader.years(1) == 2023...2023)
    #expect(reader.years(2) == 2019...2021)
    // Facets: values sorted, each with its documents in order.
    #expect(try reader.facetValues(0) == ["benefits", "governance", "local", "policing"])
    #expect(try reader.facetValues(1) == ["GB", "NL", "SE"])
    #expect(try reader.documents(facet: 0, value: "local") == [1, 2])
    #expect(try reader.documents(facet: 1, value: "GB") == [1, 2])
    #expect(try reader.documents(facet: 1, value: "NL") == [0])
    #expect(try reader.documents(facet: 1, value: "FR") == [])
    // Terms: stems, with document frequency and the word shown for them.
    let park = try #require(try reader.lookup("park"))
    #expect(park.documentFrequency == 1)
    #expect(park.displayWord == "parking")
    let postings = try reader.postings(park)
    #expect(postings.documents == [2])
    #expect(postings.frequency(at: 0, field: 0) == 1)
    #expect(postings.frequency(at: 0, field: 1) == 2)
    let council = try #require(try reader.lookup("council"))
    #expect(council.documentFrequency == 2)
    let councilPostings = try reader.postings(council)
    #expect(councilPostings.documents == [0, 1])
    #expect(councilPostings.frequencies == [0, 1, 0, 1])
    let appeal = try #require(try reader.lookup("appeal"))
    #expect(appeal.displayWord == "appeals")
    #expect(try reader.postings(appeal).frequency(at: 0, field: 1) == 2)
    // Stop words are not indexed; unknown terms are not found.
    #expect(try reader.lookup("the") == nil)
    #expect(try reader.lookup("were") == nil)
    #expect(try reader.lookup("zebra") == nil)
    #expect(try reader.lookup("") == nil)
    // The terms of the words with a prefix, in dictionary order; longer than a stem too.
    #expect(try reader.terms(ofWordsWithPrefix: "p").terms.map(\.text) == ["panel", "park", "peopl"])
    #expect(try reader.terms(ofWordsWithPrefix: "s").terms.map(\.text) == ["score", "share", "stand"])
    #expect(try reader.terms(ofWordsWithPrefix: "parki").terms.map(\.text) == ["park"])
    #expect(try reader.terms(ofWordsWithPrefix: "zz").terms.isEmpty)
    // A limit on the words looked at: the list says when it is cut short.
    let cut = try reader.terms(ofWordsWithPrefix: "p", limit: 1)
    #expect(cut.terms.map(\.text) == ["panel"])
    #expect(!cut.isComplete)
    #expect(try reader.terms(ofWordsWithPrefix: "p").isComplete)
    // The dictionary is sorted and every term is found by lookup.
    let all = try reader.allTerms()
    #expect(all.count == reader.termCount)
    #expect(all.map(\.text) == all.map(\.text).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    for info in all { #expect(try reader.lookup(info.text) == info) }
    // Positions (for phrases): "parking appeals" is at 0 and 4 in the body of "parking",
    // "appeals parking" is not there, and "fines algorithm" is in its title.
    let searcher = Searcher(reader: reader)
    #expect(try searcher.search(T.request("\"parking appeals\"")).keys == ["parking"])
    #expect(try searcher.search(T.request("\"appeals were scored\"")).keys == ["parking"])
    #expect(try searcher.search(T.request("\"appeals scored\"")).keys == [], "the stop word's gap is kept")
    #expect(try searcher.search(T.request("\"appeals parking\"")).keys == [])
    #expect(try searcher.search(T.request("\"fines algorithm\"")).keys == ["parking"])
    // Field lengths in terms (stop words not counted) and their averages.
    #expect(reader.fieldLength(2, 0) == 3)
    #expect(reader.fieldLength(2, 1) == 6)
    #expect(reader.averageFieldLengths[0] == 8.0 / 3)
    try reader.verify()
  }

  @Test func readBackFromBytes() throws {
    try check(try IndexReader(bytes: T.bytes(documents)))
  }

  @Test func readBackFromAWrittenFile() throws {
    let folder = TemporaryDirectory()
    let path = folder.path + "/new-folder/index.bin"
    try IndexWriter.build(documents, layout: T.layout, metadata: T.metadata, threads: 2).save(to: path)
    let reader = try IndexReader(path: path)
    try check(reader)
    #expect(reader.fileSize == T.bytes(documents).count)
    #expect(
      T.firstDifference(try FileReader.read(path), T.bytes(documents)) == nil, "writing gives the bytes building gives")
  }

  @Test func documentOrderDoesNotMatter() {
    #expect(T.firstDifference(T.bytes(documents), T.bytes(documents.reversed())) == nil)
  }

  @Test func anEmptyIndex() throws {
    let reader = try IndexReader(bytes: T.bytes([]))
    #expect(reader.documentCount == 0)
    #expect(reader.termCount == 0)
    #expect(try reader.lookup("anything") == nil)
    #expect(try reader.facetValues(0).isEmpty)
    try reader.verify()
    let result = try Searcher(reader: reader).search(T.request("anything"))
    #expect(result.total == 0)
    #expect(result.hits.isEmpty)
  }

  @Test func nonASCIITermsAndFacetValues() throws {
    let reader = try T.reader([
      T.document("se", title: "Försäkringskassan", body: "Αθήνα 東京都", topics: ["välfärd"], countries: ["SE"])
    ])
    #expect(try reader.lookup("forsakringskassan")?.displayWord == "forsakringskassan")
    #expect(try reader.lookup("αθηνα") != nil)
    #expect(try reader.lookup("東京都") != nil)
    #expect(try reader.facetValues(0) == ["välfärd"], "facet values are stored as given")
    #expect(try reader.documents(facet: 0, value: "välfärd") == [0])
    try reader.verify()
  }

  /// Many documents, so several partial indexes (one per thread) are merged.
  static func manyDocuments(_ count: Int) -> [IndexDocument] {
    let topics = ["alpha", "beta", "gamma"]
    return (0..<count).map { number in
      var body = "common words for case \(number)"
      if number % 7 == 0 { body += " seventh" }
      if number % 100 == 0 { body += " hundredth hundredth" }
      if number == count - 1 { body += " finale" }
      return T.document(
        String(format4(number)), title: "Case number \(number)", body: body, topics: [topics[number % 3]],
        countries: number % 2 == 0 ? ["EVEN"] : ["ODD"], years: 1990 + number % 30...1990 + number % 30 + number % 3)
    }
  }

  static func format4(_ number: Int) -> String {
    let digits = String(number)
    return "doc" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  @Test func severalPartialIndexesMergeIntoTheSameIndex() throws {
    let documents = IndexRoundTripTests.manyDocuments(700)
    let one = T.bytes(documents, threads: 1)
    #expect(T.firstDifference(one, T.bytes(documents, threads: 2)) == nil)
    #expect(T.firstDifference(one, T.bytes(documents, threads: 4)) == nil)
    // Inverting the occurrences a few documents at a time (each document a block of its own,
    // or a few) makes the same index.
    for blockSize in [1, 7, 300] {
      #expect(T.firstDifference(one, T.bytes(documents, threads: 1, blockSize: blockSize)) == nil)
      #expect(T.firstDifference(one, T.bytes(documents, threads: 3, blockSize: blockSize)) == nil)
    }
    let reader = try IndexReader(bytes: T.bytes(documents, threads: 3))
    try reader.verify()
    #expect(reader.documentCount == 700)
    let seventh = try #require(try reader.lookup("seventh"))
    #expect(seventh.documentFrequency == 100)
    #expect(try reader.postings(seventh).documents == stride(from: 0, to: 700, by: 7).map(Int32.init))
    let hundredth = try #require(try reader.lookup("hundredth"))
    let postings = try reader.postings(hundredth)
    #expect(postings.documents == [0, 100, 200, 300, 400, 500, 600])
    #expect((0..<7).map { postings.frequency(at: $0, field: 1) } == Array(repeating: 2, count: 7))
    #expect(try reader.postings(try #require(try reader.lookup("final"))).documents == [699])
    #expect(try reader.postings(try #require(try reader.lookup("common"))).documents.count == 700)
    #expect(try reader.documents(facet: 1, value: "ODD").count == 350)
    #expect(try reader.key(699) == "doc0699")
    #expect(reader.years(13) == 2003...2004)
    // Positions survive the merge: the number follows "case" in every body.
    let phrase = try Searcher(reader: reader).search(T.request("\"case 512\""))
    #expect(phrase.keys == ["doc0512"])
  }

  @Test func theWordShownForATermDoesNotDependOnTheThreadCount() throws {
    // "runs" in the first documents, "running" (more often) in the later ones: the index should
    // show the most frequent word whatever the split into partial indexes.
    let documents = (0..<600).map { number in
      T.document(T.format(number), body: number < 300 ? "runs" : "running running")
    }
    let one = try IndexReader(bytes: T.bytes(documents, threads: 1))
    let two = try IndexReader(bytes: T.bytes(documents, threads: 2))
    #expect(try one.lookup("run")?.displayWord == "running")
    #expect(try two.lookup("run")?.displayWord == "running")
    #expect(T.firstDifference(T.bytes(documents, threads: 1), T.bytes(documents, threads: 2)) == nil)
  }
}

extension SearchTestIndex {
  static func format(_ number: Int) -> String { IndexRoundTripTests.format4(number) }
}
