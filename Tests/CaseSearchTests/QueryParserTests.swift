import CaseSearch
import Testing

/// `Query(parsing:)`: every form of the query syntax, and odd input it must survive.
@Suite("Query parser")
struct QueryParserTests {
  typealias Node = Query.Node

  func word(_ text: String, _ field: String? = nil) -> Node { .word(text, field: field) }

  @Test func wordsAreRequiredClausesInOrder() {
    let query = Query(parsing: "welfare  fraud\talgorithm")
    #expect(query.required == [word("welfare"), word("fraud"), word("algorithm")])
    #expect(query.excluded.isEmpty)
    #expect(!query.isEmpty)
  }

  @Test func emptyAndBlankQueries() {
    #expect(Query(parsing: "").isEmpty)
    #expect(Query(parsing: "   \n ").isEmpty)
    #expect(Query(parsing: "").required.isEmpty)
  }

  @Test func orJoinsTheClausesEitherSide() {
    #expect(Query(parsing: "police OR policing").required == [.any([word("police"), word("policing")])])
    #expect(
      Query(parsing: "fraud welfare OR benefits").required == [
        word("fraud"), .any([word("welfare"), word("benefits")]),
      ])
    #expect(Query(parsing: "a OR b OR c d").required == [.any([word("a"), word("b"), word("c")]), word("d")])
    // Only upper-case OR is an operator.
    #expect(Query(parsing: "police or policing").required == [word("police"), word("or"), word("policing")])
  }

  @Test func orAtTheEdgesOrDoubledIsIgnored() {
    #expect(Query(parsing: "OR police").required == [word("police")])
    #expect(Query(parsing: "police OR").required == [word("police")])
    #expect(Query(parsing: "OR").isEmpty)
    #expect(Query(parsing: "police OR OR policing").required == [.any([word("police"), word("policing")])])
  }

  @Test func orDoesNotJoinExclusions() {
    let query = Query(parsing: "police OR -trial")
    #expect(query.required == [word("police")])
    #expect(query.excluded == [word("trial")])
    let other = Query(parsing: "-trial OR police")
    #expect(other.required == [word("police")])
    #expect(other.excluded == [word("trial")])
  }

  @Test func exclusions() {
    let query = Query(parsing: "council -trial -\"pilot scheme\" -title:draft")
    #expect(query.required == [word("council")])
    #expect(query.excluded == [word("trial"), .phrase("pilot scheme", field: nil), word("draft", "title")])
    // Only exclusions: nothing required.
    let only = Query(parsing: "-trial")
    #expect(only.required.isEmpty)
    #expect(only.excluded == [word("trial")])
    #expect(!only.isEmpty)
  }

  @Test func aLoneOrInnerHyphenIsAWord() {
    #expect(Query(parsing: "-").required == [word("-")])
    #expect(Query(parsing: "a - b").required == [word("a"), word("-"), word("b")])
    #expect(Query(parsing: "co-design").required == [word("co-design")])
    #expect(Query(parsing: "--x").excluded == [word("-x")])
  }

  @Test func phrases() {
    #expect(
      Query(parsing: "\"facial recognition\" police").required == [
        .phrase("facial recognition", field: nil), word("police"),
      ])
    #expect(Query(parsing: "\"\"").required == [.phrase("", field: nil)])
    // Quotes inside a word do not start a phrase.
    #expect(Query(parsing: "say\"hi\"").required == [word("say\"hi\"")])
  }

  @Test func anUnclosedQuoteRunsToTheEnd() {
    #expect(
      Query(parsing: "council \"live facial recognition").required == [
        word("council"), .phrase("live facial recognition", field: nil),
      ])
    #expect(Query(parsing: "\"").required == [.phrase("", field: nil)])
  }

  @Test func prefixes() {
    #expect(Query(parsing: "algorith*").required == [.prefix("algorith", field: nil)])
    #expect(Query(parsing: "title:algo*").required == [.prefix("algo", field: "title")])
    #expect(Query(parsing: "-pilot*").excluded == [.prefix("pilot", field: nil)])
    // A lone star is a word, not an empty prefix.
    #expect(Query(parsing: "*").required == [word("*")])
  }

  @Test func fieldScopes() {
    #expect(Query(parsing: "title:robodebt").required == [word("robodebt", "title")])
    #expect(Query(parsing: "TITLE:Robodebt").required == [word("Robodebt", "title")], "field names fold to lower case")
    #expect(Query(parsing: "title:\"live facial\"").required == [.phrase("live facial", field: "title")])
    #expect(Query(parsing: "some_field:x").required == [word("x", "some_field")])
  }

  @Test func unknownFieldNamesAreParsedAndLeftToTheSearcher() {
    // The parser does not know the layout; an unknown name is resolved (as text) when searching.
    #expect(Query(parsing: "colour:red").required == [word("red", "colour")])
  }

  @Test func colonsThatAreNotFieldScopes() {
    // No name before the colon, nothing after it, or a space after it.
    #expect(Query(parsing: ":x").required == [word(":x")])
    #expect(Query(parsing: "title:").required == [word("title:")])
    #expect(Query(parsing: "title: robodebt").required == [word("title:"), word("robodebt")])
    #expect(Query(parsing: "2023:x").required == [word("2023:x")])
  }

  @Test func orIsOnlyAnOperatorWhenBare() {
    #expect(Query(parsing: "a title:OR b").required == [word("a"), word("OR", "title"), word("b")])
    #expect(Query(parsing: "a \"OR\" b").required == [word("a"), .phrase("OR", field: nil), word("b")])
  }

  @Test func nonASCIIQueries() {
    #expect(
      Query(parsing: "Försäkringskassan «algorithme»").required == [word("Försäkringskassan"), word("«algorithme»")])
    #expect(Query(parsing: "\u{201C}curly\u{201D}").required == [word("\u{201C}curly\u{201D}")])
  }
}
