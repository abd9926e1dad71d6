import Testing

@testable import CaseSearch

/// BM25F ranking, score explanations, "did you mean" suggestions and fuzzy matching.
@Suite("Search ranking, explanations and suggestions")
struct SearchRankingTests {
  typealias T = SearchTestIndex

  let filler = "The council reviewed how the service was run over several years and published a report. "

  @Test func aWordInTheTitleOutranksTheSameWordOnceInALongBody() throws {
    let documents = [
      T.document(
        "narrative", title: "Annual review", body: String(repeating: filler, count: 8) + "robodebt was mentioned."),
      T.document("title", title: "Robodebt scheme", body: String(repeating: filler, count: 8)),
      T.document("other", title: "Other", body: "unrelated"),
    ]
    #expect(try T.searcher(documents).search(T.request("robodebt")).keys == ["title", "narrative"])
  }

  @Test func moreOccurrencesAndShorterFieldsRankHigher() throws {
    let documents = [
      T.document("once", body: "audit " + filler), T.document("thrice", body: "audit audit audit " + filler),
      T.document("short", body: "audit"),
    ]
    let result = try T.searcher(documents).search(T.request("audit"))
    #expect(result.keys.first == "short" || result.keys.first == "thrice")
    #expect(result.keys.last == "once")
  }

  @Test func aRarerWordWeighsMore() throws {
    // "common" is in every document, "rare" in one; each candidate has one of the two words
    // the query asks for, in a body of the same length.
    var documents = (0..<6).map { T.document("filler\($0)", body: "common filler text here") }
    documents.append(T.document("has-rare", body: "rare other words here"))
    documents.append(T.document("has-common", body: "common other words here"))
    let result = try T.searcher(documents).search(T.request("rare OR common"))
    #expect(result.keys.first == "has-rare")
    let rare = try #require(result.hits.first { $0.key == "has-rare" })
    let common = try #require(result.hits.first { $0.key == "has-common" })
    #expect(rare.score > 2 * common.score)
  }

  @Test func scoresArePositiveAndDescending() throws {
    let documents = (0..<12).map { T.document(T.format($0), body: String(repeating: "audit ", count: $0 + 1) + "x") }
    let hits = try T.searcher(documents).search(T.request("audit x") { $0.limit = 20 }).hits
    #expect(hits.count == 12)
    #expect(hits.allSatisfy { $0.score > 0 })
    #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
  }

  // MARK: - Explanations

  static let explained = [
    T.document("a", title: "Police policy review", body: "The police changed policy after the review. Police police."),
    T.document(
      "b", title: "Parking appeals", body: "Parking appeals were scored; marking appeals too. A co-design panel."),
    T.document("c", title: "Welfare", body: "welfare fraud and the council of europe"),
    T.document("d", title: "Codesign", body: "codesign lab with police"),
  ]

  @Test(arguments: [
    "police", "police review", "title:police", "\"police changed policy\"", "police OR parking", "co-design",
    "welfare fraud -parking", "council of europe", "\"council of europe\"", "appeals parking scored",
  ])
  func theExplanationAddsUpToTheScore(query: String) throws {
    try checkExplanations(query)
  }

  @Test(arguments: ["poli*", "polic* appeals", "council council"])
  func theExplanationAddsUpToTheScoreForPrefixesAndRepeats(query: String) throws {
    try checkExplanations(query)
  }

  @Test func theExplanationAddsUpToTheScoreWhenFuzzy() throws {
    try checkExplanations("parkng") { $0.fuzzy = true }
  }

  func checkExplanations(_ query: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws {
    let result = try T.searcher(SearchRankingTests.explained).search(
      T.request(query) {
        $0.explain = true
        $0.anyWord = true
        configure(&$0)
      })
    #expect(!result.hits.isEmpty, "\(query) found nothing")
    for hit in result.hits {
      let explanation = try #require(hit.explanation)
      #expect(
        abs(explanation.score - hit.score) < 1e-9,
        "\(query): \(hit.key) scored \(hit.score), explained \(explanation.score)")
      #expect(abs(explanation.terms.reduce(0) { $0 + $1.score } - explanation.score) < 1e-9)
      for term in explanation.terms {
        #expect(abs(term.fields.reduce(0) { $0 + $1.contribution } - term.pseudoFrequency) < 1e-9)
        #expect(term.fields.allSatisfy { $0.frequency > 0 && $0.length > 0 })
      }
    }
  }

  @Test func explanationDetails() throws {
    let result = try T.searcher(SearchRankingTests.explained).search(T.request("title:police") { $0.explain = true })
    #expect(result.keys == ["a"])
    let explanation = try #require(result.hits.first?.explanation)
    #expect(explanation.terms.map(\.term) == ["polic"])
    let term = try #require(explanation.terms.first)
    #expect(term.documentFrequency == 2)
    #expect(term.fields.map(\.name) == ["title"], "a field-scoped word explains only that field")
    #expect(term.fields.first?.frequency == 1)
    #expect(term.fields.first?.length == 3)
    #expect(term.fields.first?.weight == 2.5)
    // Without asking, no explanations.
    #expect(
      try T.searcher(SearchRankingTests.explained).search(T.request("police")).hits.allSatisfy { $0.explanation == nil }
    )
  }

  // MARK: - Suggestions and fuzzy matching

  static let suggestions = [
    T.document("r1", title: "Robodebt", body: "robodebt scheme"),
    T.document("r2", body: "the robodebt royal commission"),
    T.document("p", body: "parking appeals"), T.document("m", body: "marking essays"),
  ]

  @Test func unknownWordsComeWithTheNearestIndexedWord() throws {
    let result = try T.searcher(SearchRankingTests.suggestions).search(T.request("robodept"))
    #expect(result.total == 0)
    #expect(result.unknownWords.map(\.word) == ["robodept"])
    #expect(result.unknownWords.map(\.suggestion) == ["robodebt"])
    // The word is reported folded, as typed (not stemmed).
    let accented = try T.searcher(SearchRankingTests.suggestions).search(T.request("Röbodebts"))
    #expect(accented.unknownWords.isEmpty, "\"röbodebts\" folds and stems to robodebt")
    let far = try T.searcher(SearchRankingTests.suggestions).search(T.request("xylophone"))
    #expect(far.unknownWords.map(\.word) == ["xylophone"])
    #expect(far.unknownWords.map(\.suggestion) == [nil])
  }

  @Test func suggestionsPreferTheMostFrequentOfTheNearest() throws {
    // "parking" (1 document) and "marking" (1) are both one letter from "barking"; add a
    // second document with "parking" so it wins.
    var documents = SearchRankingTests.suggestions
    documents.append(T.document("p2", body: "parking fines"))
    let result = try T.searcher(documents).search(T.request("barking"))
    #expect(result.unknownWords.map(\.suggestion) == ["parking"])
  }

  @Test func shortWordsAllowOneEditOnly() throws {
    let documents = [T.document("a", body: "audit"), T.document("b", body: "fines")]
    #expect(try T.searcher(documents).search(T.request("fnes")).unknownWords.map(\.suggestion) == ["fines"])
    #expect(try T.searcher(documents).search(T.request("fonts")).unknownWords.map(\.suggestion) == [nil], "two edits")
  }

  @Test func unknownWordsInsidePhrasesAreReported() throws {
    let result = try T.searcher(SearchRankingTests.suggestions).search(T.request("\"robodept scheme\""))
    #expect(result.total == 0)
    #expect(result.unknownWords.map(\.word) == ["robodept"])
  }

  @Test func excludedWordsAreNeverReportedUnknown() throws {
    let result = try T.searcher(SearchRankingTests.suggestions).search(T.request("robodebt -robodept"))
    #expect(result.keys.count == 2)
    #expect(result.unknownWords.isEmpty)
  }

  @Test func fuzzyMatchesNearSpellings() throws {
    let searcher = try T.searcher(SearchRankingTests.suggestions)
    #expect(try searcher.search(T.request("robodept")).total == 0)
    let fuzzy = try searcher.search(T.request("robodept") { $0.fuzzy = true })
    #expect(fuzzy.keys.sorted() == ["r1", "r2"])
    #expect(fuzzy.matchedTerms.contains("robodebt"))
    // Near words are added to exact ones.
    let both = try searcher.search(T.request("parking") { $0.fuzzy = true })
    #expect(both.keys.sorted() == ["m", "p"])
    // Fuzzy does not reach far.
    #expect(try searcher.search(T.request("xylophone") { $0.fuzzy = true }).total == 0)
  }

  @Test func theExactSpellingOutranksNearSpellingsWhenFuzzy() throws {
    // "parking" and "marking" are equally rare and in equally long bodies: with --fuzzy, the
    // case with the word as typed should still come first.
    let result = try T.searcher(SearchRankingTests.suggestions).search(T.request("parking") { $0.fuzzy = true })
    #expect(result.keys == ["p", "m"])
    #expect(result.hits.count == 2 && result.hits[0].score > result.hits[1].score)
  }

  @Test func fuzzyDoesNotApplyToExclusions() throws {
    let searcher = try T.searcher(SearchRankingTests.suggestions)
    let result = try searcher.search(T.request("appeals OR essays -parkng") { $0.fuzzy = true })
    #expect(result.keys.sorted() == ["m", "p"])
  }
}
