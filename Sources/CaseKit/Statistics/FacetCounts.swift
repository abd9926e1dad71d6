/// How many case studies have each value of a facet (topic, country, level, …), for
/// `cases stats`.
public struct FacetCounts: Sendable, Equatable {
  /// A facet that can be counted.
  public enum Facet: String, Sendable, CaseIterable {
    case topic, country, level, organisation, method, kind, direction, year

    /// The heading of its chart.
    public var title: String {
      switch self {
      case .topic: return "Topics"
      case .country: return "Countries"
      case .level: return "Levels of government"
      case .organisation: return "Kinds of organisation"
      case .method: return "Engagement methods"
      case .kind: return "Kinds of system"
      case .direction: return "Impact directions"
      case .year: return "First year"
      }
    }

    /// The vocabulary its values come from (nil for years).
    public var vocabulary: String? {
      switch self {
      case .topic: return "topics"
      case .country: return "countries"
      case .level: return "body-levels"
      case .organisation: return "organisation-kinds"
      case .method: return "engagement-methods"
      case .kind: return "system-kinds"
      case .direction: return "impact-directions"
      case .year: return nil
      }
    }

    /// The values a case has. A case counts in the year it starts only, so the years add up
    /// to the number of dated cases.
    func values(of study: CaseStudy) -> [String] {
      switch self {
      case .topic: return study.topics
      case .country: return study.countries
      case .level: return study.levels
      case .organisation: return study.organisationKinds
      case .method: return study.methods
      case .kind: return study.systemKinds
      case .direction: return study.impactDirections
      case .year: return study.year.map { [String($0)] } ?? []
      }
    }
  }

  public struct Count: Sendable, Equatable {
    /// The vocabulary id (or the year).
    public var value: String
    /// The vocabulary's label (the year again for years).
    public var label: String
    public var count: Int
  }

  public var facet: Facet
  /// How many of the cases have at least one value.
  public var cases: Int
  /// By count, most first, then by label; years in order.
  public var counts: [Count]

  /// The counts of `facet` over `cases`, labelled from `schema`'s vocabularies.
  public init(_ facet: Facet, of cases: [CaseStudy], schema: CaseStudySchema) {
    self.facet = facet
    var tally: [String: Int] = [:]
    var withValue = 0
    for study in cases {
      let values = facet.values(of: study)
      if !values.isEmpty { withValue += 1 }
      for value in values { tally[value, default: 0] += 1 }
    }
    self.cases = withValue
    let vocabulary = facet.vocabulary.flatMap(schema.vocabulary)
    let counts = tally.map { value, count in
      let label =
        facet == .level && value == CaseStudy.noPublicBody ? "No public body" : vocabulary?.label(value) ?? value
      return Count(value: value, label: label, count: count)
    }
    if facet == .year {
      self.counts = counts.sorted { $0.value < $1.value }
    } else {
      self.counts = counts.sorted { ($1.count, $0.label, $0.value) < ($0.count, $1.label, $1.value) }
    }
  }
}
