import Testing

@testable import CaseSearch

/// Which documents a query matches: words, fallbacks, phrases, prefixes, exclusions, OR, field
/// scopes, hyphenated compounds and accents.
@Suite("Search matching")
struct SearchMatchingTests {
  typealias T = SearchTestIndex

  func keys(_ text: String, in documents: [IndexDocument], _ configure: (inout SearchRequest) -> Void = { _ in }) throws
    -> [String]
  {
    try T.searcher(documents).search(T.request(text, configure)).keys.sorted()
  }

  @Test func documentsWithEveryWordComeFirstThenThoseWithMost() throws {
    let documents = [
      T.document("welfare", body: "welfare payments welfare welfare"),
      T.document("both", body: "welfare fraud detection"),
      T.document("fraud", body: "fraud detection fraud fraud"), T.document("neither", body: "school meals"),
    ]
    let result = try T.searcher(documents).search(T.request("Welfare FRAUD"))
    // Holding both words beats holding one of them many times.
    #expect(result.keys.first == "both")
    #expect(Set(result.keys) == ["both", "welfare", "fraud"])
    #expect(result.mode == .allWords)
    #expect(result.total == 3)
    #expect(result.everyWord == 1)
    // Of three words, two beat one.
    let three = try T.searcher(documents).search(T.request("welfare fraud detection"))
    #expect(three.keys.prefix(2) == ["both", "fraud"])
    #expect(three.everyWord == 1)
    #expect(result.unknownWords.isEmpty)
    #expect(result.matchedTerms == ["welfar", "fraud"])
  }

  @Test func wordsMatchWhateverTheirEnding() throws {
    let documents = [T.document("a", body: "Residents were consulted."), T.document("b", body: "A consultation ran.")]
    #expect(try keys("consult", in: documents) == ["a", "b"])
    #expect(try keys("consultations", in: documents) == ["a", "b"])
  }

  @Test func anyWordWhenNoDocumentHasThemAll() throws {
    let documents = [
      T.document("welfare", body: "welfare payments"), T.document("fraud", body: "fraud detection"),
      T.document("other", body: "parking fines"),
    ]
    let result = try T.searcher(documents).search(T.request("welfare fraud"))
    #expect(result.mode == .anyWord)
    #expect(result.keys.sorted() == ["fraud", "welfare"])
    #expect(result.total == 2)
    // One word alone never falls back.
    let single = try T.searcher(documents).search(T.request("robodebt"))
    #expect(single.mode == .allWords)
    #expect(single.total == 0)
  }

  @Test func anyWordOnRequestRanksFullMatchesFirst() throws {
    let documents = [
      T.document("both", body: "welfare fraud"), T.document("welfare", body: "welfare"),
      T.document("fraud", body: "fraud"),
      T.document("none", body: "parking"),
    ]
    let result = try T.searcher(documents).search(T.request("welfare fraud") { $0.anyWord = true })
    #expect(result.mode == .anyWord)
    #expect(result.total == 3)
    #expect(result.keys.first == "both")
  }

  @Test func anUnknownWordFallsBackToTheOthers() throws {
    let documents = [T.document("a", body: "council"), T.document("b", body: "panel")]
    let result = try T.searcher(documents).search(T.request("council xyzzy"))
    #expect(result.mode == .anyWord)
    #expect(result.keys == ["a"])
    #expect(result.unknownWords.map(\.word) == ["xyzzy"])
  }

  @Test func phrasesNeedTheWordsInSequence() throws {
    let documents = [
      T.document("adjacent", body: "Police trialled live facial recognition cameras."),
      T.document("apart", body: "Recognition of faces: a facial expression study, no recognition cameras."),
      T.document("reversed", body: "recognition facial"),
      T.document("fields", title: "Facial", body: "recognition"),
    ]
    #expect(try keys("\"facial recognition\"", in: documents) == ["adjacent"])
    #expect(try keys("\"live facial recognition cameras\"", in: documents) == ["adjacent"])
    #expect(try keys("facial recognition", in: documents) == ["adjacent", "apart", "fields", "reversed"])
    #expect(try keys("\"facial cameras\"", in: documents) == [])
  }

  @Test func phrasesKeepTheGapsOfStopWords() throws {
    let documents = [
      T.document("of", body: "The Council of Europe met."), T.document("for", body: "a council for Europe"),
      T.document("none", body: "council Europe"), T.document("two", body: "council of the Europe"),
    ]
    // Any one stop word fills the gap; no gap or a wider one does not match.
    #expect(try keys("\"council of europe\"", in: documents) == ["for", "of"])
    #expect(try keys("\"council europe\"", in: documents) == ["none"])
    // A phrase of only stop words constrains nothing.
    let result = try T.searcher(documents).search(T.request("\"of the\""))
    #expect(result.mode == .filtersOnly)
    #expect(result.total == 4)
  }

  @Test func aPhraseOfOneWordIsThatWord() throws {
    let documents = [T.document("a", body: "audits"), T.document("b", body: "audit trail")]
    #expect(try keys("\"audit\"", in: documents) == ["a", "b"])
  }

  @Test func prefixes() throws {
    let documents = [
      T.document("algorithm", body: "an algorithm"), T.document("algorithmic", body: "algorithmic decisions"),
      T.document("algorithms", body: "Algorithms everywhere"), T.document("algebra", body: "algebra lessons"),
    ]
    let result = try T.searcher(documents).search(T.request("ALGORITH*"))
    #expect(result.keys.sorted() == ["algorithm", "algorithmic", "algorithms"])
    #expect(result.matchedPrefixes == ["algorith"])
    #expect(try keys("alg*", in: documents).count == 4)
    #expect(try keys("zz*", in: documents) == [])
  }

  @Test func aPrefixThatIsAWholeWordFindsThatWord() throws {
    // Prefixes are matched against stems: "parking" is indexed as "park", "consultation" as
    // "consult", "community" as "communiti"; the words themselves must still match.
    let documents = [
      T.document("parking", body: "parking fines"), T.document("consultation", body: "a public consultation"),
      T.document("community", body: "community groups"),
    ]
    #expect(try keys("parking*", in: documents) == ["parking"])
    #expect(try keys("parki*", in: documents) == ["parking"])
    #expect(try keys("consultation*", in: documents) == ["consultation"])
    #expect(try keys("community*", in: documents) == ["community"])
  }

  @Test func exclusions() throws {
    let documents = [
      T.document("trial", body: "council trial of cameras"), T.document("plain", body: "council cameras"),
      T.document("pilot", body: "council pilot scheme"), T.document("other", body: "parking"),
    ]
    #expect(try keys("council -trial", in: documents) == ["pilot", "plain"])
    #expect(try keys("council -trials", in: documents) == ["pilot", "plain"], "exclusions are stemmed too")
    #expect(try keys("council -\"pilot scheme\"", in: documents) == ["plain", "trial"])
    #expect(try keys("council -pil*", in: documents) == ["plain", "trial"])
    #expect(try keys("council -unknownword", in: documents) == ["pilot", "plain", "trial"])
    // Exclusions alone: every other document.
    let only = try T.searcher(documents).search(T.request("-trial -pilot"))
    #expect(only.keys.sorted() == ["other", "plain"])
    #expect(only.mode == .filtersOnly)
    #expect(only.unknownWords.isEmpty)
  }

  @Test func orAlternatives() throws {
    let documents = [
      T.document("police", body: "police cameras"), T.document("policing", body: "policing by algorithm"),
      T.document("welfare", body: "welfare fraud"), T.document("benefits", body: "benefits fraud"),
      T.document("neither", body: "parking fines"),
    ]
    #expect(try keys("police OR policing", in: documents) == ["police", "policing"])
    #expect(try keys("fraud welfare OR benefits", in: documents) == ["benefits", "welfare"])
    #expect(try keys("cameras OR algorithm OR parking", in: documents) == ["neither", "police", "policing"])
    // Both sides count: a document with both scores higher than one with either.
    let both = [T.document("both", body: "welfare benefits"), T.document("one", body: "welfare cases")]
    #expect(try T.searcher(both).search(T.request("welfare OR benefits")).keys == ["both", "one"])
  }

  @Test func fieldScopes() throws {
    let documents = [
      T.document("title", title: "Robodebt inquiry", body: "an inquiry"),
      T.document("body", title: "An inquiry", body: "the robodebt scheme"),
    ]
    #expect(try keys("title:robodebt", in: documents) == ["title"])
    #expect(try keys("body:robodebt", in: documents) == ["body"])
    #expect(try keys("robodebt", in: documents) == ["body", "title"])
    #expect(try keys("title:\"robodebt inquiry\"", in: documents) == ["title"])
    #expect(try keys("body:\"robodebt inquiry\"", in: documents) == [])
    #expect(try keys("title:robo*", in: documents) == ["title"])
    #expect(try keys("inquiry -title:robodebt", in: documents) == ["body"])
  }

  @Test func aPhraseInOneFieldDoesNotSpanFields() throws {
    let documents = [T.document("split", title: "Live facial", body: "recognition cameras")]
    #expect(try keys("\"facial recognition\"", in: documents) == [])
  }

  @Test func anUnknownFieldNameIsSearchedAsText() throws {
    let documents = [
      T.document("colon", body: "The colour: red, as agreed."), T.document("red", body: "red"),
    ]
    #expect(try keys("colour:red", in: documents) == ["colon"])
  }

  @Test func hyphenatedCompoundsMatchEverySpelling() throws {
    let documents = [
      T.document("hyphen", body: "A co-design workshop."), T.document("joined", body: "The codesign lab."),
      T.document("spaced", body: "We co design services."), T.document("apart", body: "co-operative design"),
    ]
    let result = try T.searcher(documents).search(T.request("co-design"))
    #expect(result.keys.sorted() == ["hyphen", "joined", "spaced"])
    #expect(result.unknownWords.isEmpty)
    #expect(try keys("codesign", in: documents) == ["hyphen", "joined"])
    #expect(try keys("\"co design\"", in: documents) == ["hyphen", "spaced"])
    #expect(try keys("CO\u{2011}DESIGN", in: documents) == ["hyphen", "joined", "spaced"])
  }

  @Test func aCompoundFoundByOneSpellingReportsNoUnknownWords() throws {
    // Only the joined spelling is indexed: the parts "co" and "design" are not words the
    // index lacks in any way that matters, since the compound matched.
    let joined = try T.searcher([T.document("joined", body: "The codesign lab.")]).search(T.request("co-design"))
    #expect(joined.keys == ["joined"])
    #expect(joined.unknownWords.map(\.word) == [])
    // Only the spaced spelling is indexed: the joined form is missing, but the parts matched.
    let spaced = try T.searcher([T.document("spaced", body: "We co design services.")]).search(T.request("co-design"))
    #expect(spaced.keys == ["spaced"])
    #expect(spaced.unknownWords.map(\.word) == [])
  }

  @Test func aPhraseWithACompoundMatchesTheSpacedSpelling() throws {
    let documents = [
      T.document("hyphen", body: "a co-design workshop"), T.document("spaced", body: "a co design workshop"),
    ]
    #expect(try keys("\"co-design workshop\"", in: documents) == ["hyphen", "spaced"])
  }

  @Test func accentsAndCaseInQueries() throws {
    let documents = [
      T.document("accented", title: "Försäkringskassan"), T.document("plain", body: "forsakringskassan model"),
      T.document("greek", body: "Αθήνα"),
    ]
    #expect(try keys("forsakringskassan", in: documents) == ["accented", "plain"])
    #expect(try keys("FÖRSÄKRINGSKASSAN", in: documents) == ["accented", "plain"])
    #expect(try keys("Fo\u{0308}rsa\u{0308}kringskassan", in: documents) == ["accented", "plain"])
    #expect(try keys("ΑΘΗΝΑ", in: documents) == ["greek"])
    #expect(try keys("försäk*", in: documents) == ["accented", "plain"])
  }

  @Test func stopWordsAloneMatchEverything() throws {
    let documents = [T.document("a", body: "x", years: 2020...2020), T.document("b", body: "y", years: 2022...2022)]
    let result = try T.searcher(documents).search(T.request("the of and"))
    #expect(result.mode == .filtersOnly)
    #expect(result.keys == ["b", "a"], "newest first")
    // A stop word beside a real word is ignored.
    #expect(try keys("the x", in: documents) == ["a"])
  }

  @Test func punctuationOnlyWordsAreIgnored() throws {
    let documents = [T.document("a", body: "council")]
    #expect(try keys("council - --", in: documents) == ["a"])
    #expect(try keys("council *", in: documents) == ["a"])
  }
}
