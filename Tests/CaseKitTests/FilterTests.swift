import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

@Suite("Filters")
struct FilterTests {
  let cases: [CaseStudy] = FixtureRepository.fixtureCases.values.sorted().map {
    // swift-format-ignore: NeverUseForceTry
    // The fixtures are valid JSON.
    CaseStudy(try! JSONDocument(parsing: $0).root.value)
  }
  let builder = CaseFilterBuilder(schema: .builtIn)

  func ids(_ filter: CaseFilter) -> [String] { cases.filter(filter.matches).map(\.id).sorted() }

  @Test func topicsAreAlternativesAndFacetsCombine() throws {
    var filter = CaseFilter()
    filter.topics = try builder.resolve(["police", "benefits"], option: "topic", vocabulary: "topics")
    #expect(ids(filter) == ["example-minimal-case", "example-parking-fines-algorithm"])
    filter.countries = try builder.resolveCountries(["netherlands"])
    #expect(ids(filter) == ["example-minimal-case"])
  }

  @Test func everyFacet() throws {
    func only(_ configure: (inout CaseFilter) throws -> Void) rethrows -> [String] {
      var filter = CaseFilter()
      try configure(&filter)
      return ids(filter)
    }
    #expect(
      try only { $0.countries = try builder.resolveCountries(["england"]) } == ["example-parking-fines-algorithm"])
    #expect(try only { $0.countries = try builder.resolveCountries(["IE"]) } == ["example-parking-fines-algorithm"])
    #expect(
      try only { $0.levels = try builder.resolve(["local"], option: "level", vocabulary: "body-levels") } == [
        "example-engagement-panel", "example-parking-fines-algorithm",
      ])
    #expect(only { $0.bodies = ["ministry"] } == ["example-minimal-case"])
    #expect(
      try only { $0.methods = try builder.resolve(["jury"], option: "method", vocabulary: "engagement-methods") } == [
        "example-parking-fines-algorithm"
      ])
    #expect(
      try only { $0.kinds = try builder.resolve(["risk-scoring"], option: "kind", vocabulary: "system-kinds") } == [
        "example-parking-fines-algorithm"
      ])
    #expect(only { $0.fromYear = 2022 } == ["example-engagement-panel"])
    #expect(only { $0.toYear = 2019 } == ["example-parking-fines-algorithm"])
    #expect(
      only {
        $0.fromYear = 2020
        $0.toYear = 2020
      } == ["example-parking-fines-algorithm"])
    #expect(only { _ in } == ["example-engagement-panel", "example-minimal-case", "example-parking-fines-algorithm"])
  }

  @Test func unknownValuesSuggestTheNearest() {
    let error = #expect(throws: CaseFilterBuilder.UnknownValue.self) {
      try builder.resolve(["polcing"], option: "topic", vocabulary: "topics")
    }
    #expect(error?.suggestions == ["policing"])
    #expect(error?.vocabulary == "topics")
  }

  @Test func anOngoingCaseLastsUntilTheCurrentYear() {
    // example-engagement-panel began in 2023 and is ongoing (its timeline ends in 2023).
    func only(from: Int?, to: Int? = nil, currentYear: Int) -> [String] {
      var filter = CaseFilter()
      filter.fromYear = from
      filter.toYear = to
      filter.currentYear = currentYear
      return ids(filter)
    }
    #expect(only(from: 2025, currentYear: 2026) == ["example-engagement-panel"])
    #expect(only(from: 2026, to: 2026, currentYear: 2026) == ["example-engagement-panel"])
    #expect(only(from: 2027, currentYear: 2026).isEmpty)
    #expect(only(from: 2020, to: 2022, currentYear: 2026) == ["example-parking-fines-algorithm"])
  }

  @Test func aPeriodWithoutAnEndContinues() throws {
    let study = CaseStudy(
      try JSONDocument(parsing: #"{"period": {"start": "2016"}, "timeline": [{"date": "2017"}]}"#).root.value)
    #expect(study.years == YearSpan(first: 2016, last: nil))
    let dated = CaseStudy(
      try JSONDocument(parsing: #"{"timeline": [{"date": "2017"}, {"date": "2015-03"}]}"#).root.value)
    #expect(dated.years == YearSpan(first: 2015, last: 2017))
  }

  @Test func yearsComeFromThePeriodOrTheTimeline() {
    let years = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0.years) })
    #expect(years["example-parking-fines-algorithm"] == YearSpan(first: 2019, last: 2021))
    #expect(years["example-engagement-panel"] == YearSpan(first: 2023, last: nil))
    #expect(years["example-minimal-case"] == .some(nil))
  }
}

@Suite("Partial dates")
struct PartialDateTests {
  @Test func parsing() {
    #expect(PartialDate("2020") == PartialDate(year: 2020, month: nil, day: nil))
    #expect(PartialDate("2020-02-29") != nil)
    #expect(PartialDate("2021-02-29") == nil)
    #expect(PartialDate("2020-13") == nil)
    #expect(PartialDate("20") == nil)
    #expect(PartialDate("2020-1") == nil)
  }

  @Test func ordering() throws {
    let year = try #require(PartialDate("2020"))
    let month = try #require(PartialDate("2020-05"))
    let later = try #require(PartialDate("2021-01-01"))
    #expect(!month.isAfter(year))
    #expect(!year.isAfter(month))
    #expect(later.isAfter(month))
    #expect(!month.isAfter(later))
  }
}
