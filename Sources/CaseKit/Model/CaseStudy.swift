import CaseJSON

/// A case study, read from its JSON: typed access to the fields that listing, filtering,
/// searching and exporting need, and the whole value for everything else.
public struct CaseStudy: Sendable, Equatable {
  /// The case as stored.
  public let value: JSONValue

  public init(_ value: JSONValue) {
    self.value = value
  }

  public var id: String { value["id"]?.stringValue ?? "" }
  public var title: String { value["title"]?.stringValue ?? "" }
  public var summary: String { value["summary"]?.stringValue ?? "" }
  public var topics: [String] { strings("topics") }
  public var tags: [String] { strings("tags") }
  public var places: [String] { strings("places") }
  public var focus: [String] { strings("case_focus") }
  public var licence: String? { value["licence"]?.stringValue }

  /// The organisations involved, main one first: a version-2 file's `organisations`, or a
  /// version-1 file's `public_bodies` (all of them public bodies).
  public var organisations: [JSONValue] {
    if let organisations = value["organisations"]?.arrayValue { return organisations }
    return (value["public_bodies"]?.arrayValue ?? []).map { body in
      guard case .object(var object) = body, object["kind"] == nil else { return body }
      object["kind"] = .string("public-body")
      return .object(object)
    }
  }

  /// The organisations that are public bodies.
  public var publicBodies: [JSONValue] {
    organisations.filter { $0["kind"]?.stringValue == "public-body" }
  }

  public var systems: [JSONValue] { value["systems"]?.arrayValue ?? [] }
  public var engagements: [JSONValue] { value["engagements"]?.arrayValue ?? [] }
  public var impacts: [JSONValue] { value["impacts"]?.arrayValue ?? [] }
  public var timeline: [JSONValue] { value["timeline"]?.arrayValue ?? [] }
  public var sources: [JSONValue] { value["sources"]?.arrayValue ?? [] }
  public var related: [JSONValue] { value["related"]?.arrayValue ?? [] }

  /// The public bodies' names, main body first.
  public var bodyNames: [String] { publicBodies.compactMap { $0["name"]?.stringValue } }

  /// Every organisation's name, main one first.
  public var organisationNames: [String] { organisations.compactMap { $0["name"]?.stringValue } }

  /// The sources marked as copies of an original published elsewhere.
  public var copiedSources: [JSONValue] { sources.filter { $0["copy_of"]?.objectValue != nil } }

  /// The countries the case concerns: its public bodies' and any listed in `countries`, in
  /// order. Other organisations' countries are where they are based, not where the case is (a
  /// foundation abroad funding a local panel).
  public var countries: [String] {
    unique(publicBodies.compactMap { $0["country"]?.stringValue } + strings("countries"))
  }

  /// The ISO 3166-2 subdivisions of the public bodies (such as GB-SCT).
  public var subdivisions: [String] { unique(publicBodies.compactMap { $0["subdivision"]?.stringValue }) }

  public var organisationKinds: [String] { unique(organisations.compactMap { $0["kind"]?.stringValue }) }
  /// The levels of government of the public bodies; ``noPublicBody`` for a case with none (led
  /// by a university, charity, community group or company).
  public var levels: [String] {
    let bodies = publicBodies
    return bodies.isEmpty ? [CaseStudy.noPublicBody] : unique(bodies.compactMap { $0["level"]?.stringValue })
  }

  /// The level of a case with no public body, as filters and counts name it.
  public static let noPublicBody = "none"
  public var bodyTypes: [String] { unique(publicBodies.compactMap { $0["body_type"]?.stringValue }) }
  public var systemKinds: [String] {
    unique(systems.flatMap { $0["kinds"]?.arrayValue?.compactMap(\.stringValue) ?? [] })
  }
  public var methods: [String] {
    unique(engagements.flatMap { $0["methods"]?.arrayValue?.compactMap(\.stringValue) ?? [] })
  }
  public var impactDirections: [String] { unique(impacts.compactMap { $0["direction"]?.stringValue }) }

  /// The years the case spans: from `period` when given, else from the timeline's dates. A
  /// period without an end (an ongoing case, or one whose end is not recorded) continues.
  public var years: YearSpan? {
    let period = value["period"]
    let dated = timeline.compactMap { year($0["date"]?.stringValue) }
    guard let first = year(period?["start"]?.stringValue) ?? dated.min() else { return nil }
    if period?["ongoing"] == .bool(true) { return YearSpan(first: first, last: nil) }
    if let end = year(period?["end"]?.stringValue) { return YearSpan(first: first, last: max(first, end)) }
    if period != nil { return YearSpan(first: first, last: nil) }
    return YearSpan(first: first, last: max(first, dated.max() ?? first))
  }

  /// The first year, which lists and "newest first" orderings use.
  public var year: Int? { years?.first }

  private func strings(_ key: String) -> [String] {
    value[key]?.arrayValue?.compactMap(\.stringValue) ?? []
  }

  private func year(_ date: String?) -> Int? {
    guard let date, date.count >= 4 else { return nil }
    return Int(date.prefix(4))
  }

  private func unique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
  }
}

/// The years a case spans: a first year and a last one, or none while it continues.
public struct YearSpan: Sendable, Equatable {
  public var first: Int
  /// The last year; nil while the case continues (it then lasts until the current year).
  public var last: Int?

  public init(first: Int, last: Int?) {
    self.first = first
    self.last = last
  }

  /// Whether the span overlaps the years `from...to` (either bound may be open), a span that
  /// continues lasting until `currentYear`.
  public func overlaps(from: Int?, to: Int?, currentYear: Int) -> Bool {
    let end = last ?? max(first, currentYear)
    if let from, end < from { return false }
    if let to, first > to { return false }
    return true
  }
}
