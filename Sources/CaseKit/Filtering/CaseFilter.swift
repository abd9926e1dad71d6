import CaseText

/// Which case studies a command works on: values of one facet are alternatives (`--topic
/// policing --topic health`: either), different facets must all hold.
public struct CaseFilter: Sendable, Equatable {
  public var topics: Set<String> = []
  /// ISO 3166-1 country codes and ISO 3166-2 subdivision codes.
  public var countries: Set<String> = []
  public var levels: Set<String> = []
  /// Words that must appear in a public body's name (any one of the values).
  public var bodies: [String] = []
  public var methods: Set<String> = []
  public var kinds: Set<String> = []
  /// The case's years must overlap `from...to`.
  public var fromYear: Int?
  public var toYear: Int?
  /// The year a case that continues lasts until: this year.
  public var currentYear = PartialDate.today().year

  public init() {}

  /// True when the filter lets everything through.
  public var isEmpty: Bool {
    topics.isEmpty && countries.isEmpty && levels.isEmpty && bodies.isEmpty && methods.isEmpty && kinds.isEmpty
      && fromYear == nil && toYear == nil
  }

  public func matches(_ study: CaseStudy) -> Bool {
    if !topics.isEmpty && topics.isDisjoint(with: study.topics) { return false }
    if !countries.isEmpty && countries.isDisjoint(with: study.countries + study.subdivisions) { return false }
    if !levels.isEmpty && levels.isDisjoint(with: study.levels) { return false }
    if !methods.isEmpty && methods.isDisjoint(with: study.methods) { return false }
    if !kinds.isEmpty && kinds.isDisjoint(with: study.systemKinds) { return false }
    if !bodies.isEmpty {
      let names = study.bodyNames.map(TextFolding.fold)
      let wanted = bodies.map(TextFolding.fold)
      if !wanted.contains(where: { word in names.contains { $0.contains(word) } }) { return false }
    }
    if fromYear != nil || toYear != nil {
      guard let years = study.years, years.overlaps(from: fromYear, to: toYear, currentYear: currentYear) else {
        return false
      }
    }
    return true
  }
}

/// Builds a ``CaseFilter`` from typed values, resolving aliases (`police`, `UK`) against the
/// vocabularies and explaining values that match nothing.
public struct CaseFilterBuilder: Sendable {
  let vocabularies: [String: Vocabulary]

  public init(schema: CaseStudySchema) {
    vocabularies = schema.vocabularies
  }

  /// A builder from the vocabularies alone (no compiled schema needed).
  public init(vocabularies: [String: Vocabulary]) {
    self.vocabularies = vocabularies
  }

  /// A value that no term matches.
  public struct UnknownValue: Error, Sendable, Equatable {
    /// The option's name without dashes (`topic`).
    public var option: String
    public var value: String
    /// The nearest valid values.
    public var suggestions: [String]
    /// The vocabulary to list the valid values with (`cases schema --vocab NAME`).
    public var vocabulary: String
    /// Several terms start with the value.
    public var ambiguous: [String]
  }

  /// The canonical term ids for typed `values` of the option `option`, looked up in `vocabulary`.
  public func resolve(_ values: [String], option: String, vocabulary name: String) throws(UnknownValue) -> Set<String> {
    guard let vocabulary = vocabularies[name] else { return Set(values) }
    var ids: Set<String> = []
    for value in values {
      switch vocabulary.resolve(value) {
      case .term(let id): ids.insert(id)
      case .ambiguous(let candidates):
        throw UnknownValue(option: option, value: value, suggestions: [], vocabulary: name, ambiguous: candidates)
      case .unknown(let suggestions):
        throw UnknownValue(option: option, value: value, suggestions: suggestions, vocabulary: name, ambiguous: [])
      }
    }
    return ids
  }

  /// Levels for typed values: terms of `body-levels`, and `none` (also `no-public-body`) for
  /// cases with no public body, led by a university, charity, community group or company.
  public func resolveLevels(_ values: [String], option: String) throws(UnknownValue) -> Set<String> {
    var levels: Set<String> = []
    for value in values {
      if ["none", "no-public-body"].contains(Vocabulary.normalize(value)) {
        levels.insert(CaseStudy.noPublicBody)
      } else {
        levels.formUnion(try resolve([value], option: option, vocabulary: "body-levels"))
      }
    }
    return levels
  }

  /// Country codes for typed values: countries (code, name or alias) and ISO 3166-2
  /// subdivisions (`GB-SCT`, or `scotland`, `england`, `wales`, `northern-ireland`).
  public func resolveCountries(_ values: [String]) throws(UnknownValue) -> Set<String> {
    var codes: Set<String> = []
    for value in values {
      let upper = value.uppercased()
      if upper.count >= 4, upper.dropFirst(2).first == "-",
        upper.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
      {
        codes.insert(upper)
      } else if let subdivision = CaseFilterBuilder.subdivisionNames[Vocabulary.normalize(value)] {
        codes.insert(subdivision)
      } else {
        codes.formUnion(try resolve([value], option: "country", vocabulary: "countries"))
      }
    }
    return codes
  }

  /// Names of the UK's nations, which people type as places more often than their codes.
  static let subdivisionNames = [
    "england": "GB-ENG", "scotland": "GB-SCT", "wales": "GB-WLS", "cymru": "GB-WLS", "northern-ireland": "GB-NIR",
  ]
}
