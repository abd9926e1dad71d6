import Testing

@testable import CaseSearch

/// Facet and year filters, orders, paging and facet counts.
@Suite("Search filters and order")
struct SearchFilterOrderTests {
  typealias T = SearchTestIndex

  // topic: facet 0; country: facet 1.
  let documents = [
    T.document(
      "au-2015", title: "Robodebt", body: "welfare debts", topics: ["benefits"], countries: ["AU"], years: 2015...2020),
    T.document(
      "gb-2019", title: "Parking", body: "welfare appeals", topics: ["local", "policing"], countries: ["GB"],
      years: 2019...2021),
    T.document(
      "gb-2017", title: "Cameras", body: "facial recognition", topics: ["policing"], countries: ["GB"],
      years: 2017...2017),
    T.document(
      "nl-2014", title: "Éclair", body: "welfare fraud", topics: ["benefits"], countries: ["NL"], years: 2014...2020),
    T.document("se-none", title: "dog panel", body: "welfare panel", topics: ["governance"], countries: ["SE"]),
    T.document(
      "se-2023", title: "Fish", body: "welfare", topics: ["benefits", "local"], countries: ["SE", "GB"],
      years: 2023...2023),
  ]

  func search(_ text: String, _ configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResult {
    try T.searcher(documents).search(T.request(text, configure))
  }

  @Test func valuesOfOneFacetAreAlternatives() throws {
    let result = try search("") { $0.facets = [0: ["policing", "governance"]] }
    #expect(result.keys.sorted() == ["gb-2017", "gb-2019", "se-none"])
  }

  @Test func facetsCombine() throws {
    #expect(try search("") { $0.facets = [0: ["benefits"], 1: ["GB"]] }.keys == ["se-2023"])
    #expect(
      try search("") { $0.facets = [0: ["benefits", "policing"], 1: ["GB"]] }.keys.sorted() == [
        "gb-2017", "gb-2019", "se-2023",
      ])
    #expect(
      try search("welfare") { $0.facets = [0: ["benefits"], 1: ["AU", "NL"]] }.keys.sorted() == ["au-2015", "nl-2014"])
  }

  @Test func unknownOrEmptyFacetSelectionsMatchNothing() throws {
    #expect(try search("welfare") { $0.facets = [1: ["FR"]] }.total == 0)
    #expect(try search("welfare") { $0.facets = [1: []] }.total == 0)
    #expect(try search("") { $0.facets = [0: ["Benefits"]] }.total == 0, "values are matched exactly")
  }

  @Test func yearBoundsKeepDocumentsWhoseYearsOverlap() throws {
    func years(_ from: Int?, _ to: Int?) throws -> [String] {
      try search("") {
        $0.fromYear = from
        $0.toYear = to
      }.keys.sorted()
    }
    #expect(try years(2020, nil) == ["au-2015", "gb-2019", "nl-2014", "se-2023"])
    #expect(try years(2021, nil) == ["gb-2019", "se-2023"])
    #expect(try years(nil, 2016) == ["au-2015", "nl-2014"])
    #expect(try years(nil, 2014) == ["nl-2014"])
    #expect(try years(2017, 2017) == ["au-2015", "gb-2017", "nl-2014"])
    #expect(try years(2022, 2022) == [])
    #expect(try years(2024, nil) == [])
    // A document without years is left out by any year bound.
    #expect(try !years(nil, 3000).contains("se-none"))
    #expect(try years(nil, 3000).count == 5)
  }

  @Test func filtersAloneListNewestFirst() throws {
    let result = try search("") { $0.facets = [0: ["benefits", "governance", "local", "policing"]] }
    #expect(result.mode == .filtersOnly)
    #expect(result.keys == ["se-2023", "gb-2019", "gb-2017", "au-2015", "nl-2014", "se-none"])
    #expect(result.total == 6)
    #expect(result.hits.allSatisfy { $0.score == 0 })
    #expect(result.matchedTerms.isEmpty)
  }

  @Test func filtersWithWords() throws {
    let result = try search("welfare") { $0.fromYear = 2019 }
    #expect(result.mode == .allWords)
    #expect(result.keys.sorted() == ["au-2015", "gb-2019", "nl-2014", "se-2023"])
  }

  @Test func orderByDateWithWords() throws {
    let result = try search("welfare") { $0.order = .date }
    #expect(result.keys == ["se-2023", "gb-2019", "au-2015", "nl-2014", "se-none"])
    // The scores are still the relevance scores.
    let relevance = try search("welfare")
    for hit in result.hits {
      #expect(hit.score == relevance.hits.first { $0.key == hit.key }?.score)
      #expect(hit.score > 0)
    }
  }

  @Test func orderByTitleIgnoresCaseAndAccents() throws {
    let result = try search("welfare") { $0.order = .storedValue(0) }
    // "dog panel", "Éclair", "Fish", "Parking", "Robodebt".
    #expect(result.keys == ["se-none", "nl-2014", "se-2023", "gb-2019", "au-2015"])
  }

  @Test func datesTiedByYearKeepKeyOrder() throws {
    let tied = [
      T.document("c", body: "x", years: 2020...2020), T.document("a", body: "x", years: 2020...2022),
      T.document("b", body: "x", years: 2021...2021), T.document("d", body: "x"),
    ]
    let result = try T.searcher(tied).search(T.request("x") { $0.order = .date })
    #expect(result.keys == ["b", "a", "c", "d"])
  }

  @Test func offsetLimitAndTotal() throws {
    let all = try search("welfare") { $0.limit = 100 }
    #expect(all.total == 5)
    #expect(all.hits.count == 5)
    let page = try search("welfare") {
      $0.offset = 1
      $0.limit = 2
    }
    #expect(page.total == 5)
    #expect(page.keys == Array(all.keys[1...2]))
    let last = try search("welfare") {
      $0.offset = 4
      $0.limit = 10
    }
    #expect(last.keys == [all.keys[4]])
    let past = try search("welfare") { $0.offset = 5 }
    #expect(past.total == 5)
    #expect(past.hits.isEmpty)
    let none = try search("welfare") { $0.limit = 0 }
    #expect(none.total == 5)
    #expect(none.hits.isEmpty)
    // Paging by date and by title too.
    let byDate = try search("welfare") {
      $0.order = .date
      $0.offset = 3
      $0.limit = 1
    }
    #expect(byDate.keys == ["nl-2014"])
    let byTitle = try search("welfare") {
      $0.order = .storedValue(0)
      $0.offset = 1
      $0.limit = 2
    }
    #expect(byTitle.keys == ["nl-2014", "se-2023"])
  }

  @Test func paginationIsConsistentWithManyMatches() throws {
    // More matches than four times the page, so the best are picked with a heap.
    let many = (0..<60).map {
      T.document(T.format($0), body: String(repeating: "welfare ", count: 1 + $0 % 7) + "case")
    }
    let searcher = try T.searcher(many)
    let full = try searcher.search(T.request("welfare") { $0.limit = 60 })
    var paged: [String] = []
    for offset in stride(from: 0, to: 60, by: 7) {
      paged += try searcher.search(
        T.request("welfare") {
          $0.offset = offset
          $0.limit = 7
        }
      ).keys
    }
    #expect(paged == full.keys)
    // Highest score first, ties in key order.
    for (a, b) in zip(full.hits, full.hits.dropFirst()) {
      #expect(a.score > b.score || (a.score == b.score && a.key < b.key))
    }
  }

  @Test func facetCountsCoverEveryMatchNotJustThePage() throws {
    let result = try search("welfare") {
      $0.countFacets = true
      $0.limit = 1
    }
    #expect(result.hits.count == 1)
    #expect(result.facetCounts.count == 2)
    let topics = result.facetCounts[0].map { "\($0.value) \($0.count)" }
    #expect(topics == ["benefits 3", "local 2", "governance 1", "policing 1"])
    let countries = result.facetCounts[1].map { "\($0.value) \($0.count)" }
    #expect(countries == ["GB 2", "SE 2", "AU 1", "NL 1"])
    // Without asking, no counts.
    #expect(try search("welfare").facetCounts.isEmpty)
  }

  @Test func facetCountsFollowTheFilters() throws {
    let result = try search("welfare") {
      $0.countFacets = true
      $0.facets = [1: ["GB"]]
    }
    #expect(result.facetCounts[1].map { "\($0.value) \($0.count)" } == ["GB 2", "SE 1"])
    #expect(result.facetCounts[0].map { "\($0.value) \($0.count)" } == ["local 2", "benefits 1", "policing 1"])
  }
}
