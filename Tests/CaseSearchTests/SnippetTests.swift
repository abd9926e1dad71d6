import CaseSearch
import Testing

/// `Snippet`: choosing the passage, marking the matched words (in Unicode scalar offsets),
/// ellipses, and the opening of a text.
@Suite("Snippets")
struct SnippetTests {
  /// The highlighted pieces of a snippet, cut out by Unicode scalar offsets.
  func marked(_ snippet: Snippet) -> [String] {
    let scalars = Array(snippet.text.unicodeScalars)
    return snippet.highlights.map { range in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return String(view)
    }
  }

  /// `count` distinct filler words: w1 w2 ...
  func filler(_ from: Int, _ count: Int) -> String {
    (from..<from + count).map { "w\($0)" }.joined(separator: " ")
  }

  @Test func highlightsCoverExactlyTheMatchedWords() throws {
    let snippet = try #require(
      Snippet.make(from: "The Council of Europe adopted it", terms: ["council", "europ"], prefixes: []))
    #expect(snippet.text == "The Council of Europe adopted it")
    #expect(marked(snippet) == ["Council", "Europe"])
    #expect(snippet.highlights == [4..<11, 15..<21])
    #expect(snippet.distinctMatches == 2)
    #expect(snippet.totalMatches == 2)
  }

  @Test func stemmedFormsAreHighlightedAsWritten() throws {
    let snippet = try #require(
      Snippet.make(from: "Residents consulted; consultations followed.", terms: ["consult"], prefixes: []))
    #expect(marked(snippet) == ["consulted", "consultations"])
    #expect(snippet.distinctMatches == 1)
    #expect(snippet.totalMatches == 2)
  }

  @Test func highlightsCountUnicodeScalars() throws {
    // A flag is one character but two scalars; "ö" written decomposed is two scalars too.
    let text = "🇸🇪 Hos Försäkringskassan och Fo\u{0308}rsa\u{0308}kringskassan, «Αθήνα» idag"
    let snippet = try #require(Snippet.make(from: text, terms: ["forsakringskassan", "αθηνα"], prefixes: []))
    #expect(snippet.text == text)
    #expect(marked(snippet) == ["Försäkringskassan", "Fo\u{0308}rsa\u{0308}kringskassan", "Αθήνα"])
    #expect(snippet.highlights.first == 7..<24)
  }

  @Test func prefixesHighlightTheWordsTheyStart() throws {
    let snippet = try #require(
      Snippet.make(from: "An algorithmic tool; algorithms; algebra.", terms: [], prefixes: ["algorith"]))
    #expect(marked(snippet) == ["algorithmic", "algorithms"])
  }

  @Test func aMatchedCompoundIsHighlightedWhole() throws {
    let joined = try #require(Snippet.make(from: "A co-design workshop.", terms: ["codesign"], prefixes: []))
    #expect(marked(joined) == ["co-design"])
    let part = try #require(Snippet.make(from: "A co-design workshop", terms: ["design"], prefixes: []))
    #expect(marked(part) == ["design"])
    #expect(part.text == "A co-design workshop")
  }

  @Test func nothingMatchedIsNil() {
    #expect(Snippet.make(from: "Parking appeals were scored.", terms: ["robodebt"], prefixes: ["xyz"]) == nil)
    #expect(Snippet.make(from: "", terms: ["robodebt"], prefixes: []) == nil)
    #expect(Snippet.make(from: "The of and", terms: ["the"], prefixes: []) == nil, "stop words are never matched")
  }

  @Test func theWindowWithTheMostDistinctTermsIsChosen() throws {
    // "audit" alone early (three times), "audit" with "fraud" later.
    let text = "audit audit audit " + filler(0, 40) + " audit and fraud " + filler(100, 40)
    let snippet = try #require(Snippet.make(from: text, terms: ["audit", "fraud"], prefixes: [], words: 10))
    #expect(snippet.distinctMatches == 2)
    #expect(marked(snippet) == ["audit", "fraud"])
    #expect(snippet.text.hasPrefix("…"))
    #expect(snippet.text.hasSuffix("…"))
  }

  @Test func theWindowStartsAFewWordsBeforeTheFirstMatch() throws {
    let text = filler(0, 20) + " robodebt " + filler(100, 20)
    let snippet = try #require(Snippet.make(from: text, terms: ["robodebt"], prefixes: [], words: 8))
    #expect(snippet.text == "…w17 w18 w19 robodebt w100 w101 w102 w103…")
    #expect(marked(snippet) == ["robodebt"])
    #expect(snippet.highlights == [13..<21])
  }

  @Test func aMatchAtTheStartHasNoLeadingEllipsis() throws {
    let snippet = try #require(
      Snippet.make(from: "Robodebt " + filler(0, 20), terms: ["robodebt"], prefixes: [], words: 5))
    #expect(snippet.text == "Robodebt w0 w1 w2 w3…")
    #expect(snippet.highlights == [0..<8])
  }

  @Test func theWindowKeepsEveryTermThatMadeItBest() throws {
    // The best 10-word window starts at "audit" and ends at "fraud"; starting it three words
    // earlier for context must not push "fraud" out.
    let text = filler(0, 10) + " audit " + filler(100, 8) + " fraud " + filler(200, 10)
    let snippet = try #require(Snippet.make(from: text, terms: ["audit", "fraud"], prefixes: [], words: 10))
    #expect(snippet.distinctMatches == 2)
    #expect(marked(snippet) == ["audit", "fraud"])
  }

  @Test func aWholeTextEndingInPunctuationHasNoEllipsis() throws {
    let snippet = try #require(
      Snippet.make(from: "The council stopped using the score.", terms: ["council"], prefixes: []))
    #expect(snippet.text == "The council stopped using the score.")
    let quoted = try #require(Snippet.make(from: "She said: “the council met”", terms: ["council"], prefixes: []))
    #expect(quoted.text == "She said: “the council met”")
  }

  @Test func lineBreaksAndRunsOfSpacesBecomeSingleSpaces() throws {
    let snippet = try #require(
      Snippet.make(from: "First line\n\n  second   council\tline", terms: ["council"], prefixes: []))
    #expect(snippet.text == "First line second council line")
    #expect(marked(snippet) == ["council"])
  }

  @Test func runsSplitTheTextAtTheHighlights() throws {
    let snippet = try #require(
      Snippet.make(from: "Jurors heard officers and residents", terms: ["juror", "resid"], prefixes: []))
    let runs = snippet.runs
    #expect(runs.map(\.text) == ["Jurors", " heard officers and ", "residents"])
    #expect(runs.map(\.highlighted) == [true, false, true])
    #expect(runs.map(\.text).joined() == snippet.text)
    // Out-of-range highlights are ignored rather than trapping.
    let odd = Snippet(text: "abc", highlights: [1..<2, 2..<10])
    #expect(odd.runs.map(\.text) == ["a", "b", "c"])
  }

  @Test func theOpeningOfAText() {
    let long = Snippet.opening(of: filler(0, 50), words: 5)
    #expect(long.text == "w0 w1 w2 w3 w4…")
    #expect(long.highlights.isEmpty)
    let short = Snippet.opening(of: "Only a few words", words: 30)
    #expect(short.text == "Only a few words")
    #expect(Snippet.opening(of: "", words: 30).text == "")
    #expect(Snippet.opening(of: "Line one\nline  two and more", words: 4).text == "Line one line two…")
  }

  @Test func theOpeningOfAWholeSentenceKeepsItsFullStop() {
    #expect(
      Snippet.opening(of: "It has only the required fields.", words: 30).text == "It has only the required fields.")
  }
}
