import CaseKit
import CommandLineKit

/// The filters `list`, `search`, `stats` and `export` share.
struct FilterOptions: ParsableOptions {
  @Option("topic", "Only cases with this topic (repeat for any of several; aliases such as police work).")
  var topics: [String]
  @Option("country", "Only cases in this country: a code (GB), a name, or a UK nation (scotland).")
  var countries: [String]
  @Option("level", "Only cases with a public body at this level (local, national, …), or none: no public body.")
  var levels: [String]
  @Option("body", valueName: "name", "Only cases with a public body whose name contains this.")
  var bodies: [String]
  @Option("method", "Only cases with this engagement method (citizens-jury, …).")
  var methods: [String]
  @Option("kind", "Only cases with a system of this kind (facial-recognition, …).")
  var kinds: [String]
  @Option("from", valueName: "year", "Only cases that run in or after this year.", in: 1000...9999)
  var from: Int?
  @Option("to", valueName: "year", "Only cases that run in or before this year.", in: 1000...9999)
  var to: Int?

  /// The vocabulary each filter option is checked against.
  static let vocabularyByOption = [
    ("topic", "topics"), ("country", "countries"), ("level", "body-levels"), ("method", "engagement-methods"),
    ("kind", "system-kinds"),
  ]

  /// The vocabularies the filters given are checked against.
  var vocabularies: [String] {
    let given = [
      ("topics", topics), ("countries", countries), ("body-levels", levels), ("engagement-methods", methods),
      ("system-kinds", kinds),
    ]
    return given.filter { !$0.1.isEmpty }.map(\.0)
  }

  /// Whether the command line asks for any filter.
  var isRequested: Bool {
    !(topics.isEmpty && countries.isEmpty && levels.isEmpty && bodies.isEmpty && methods.isEmpty && kinds.isEmpty)
      || from != nil || to != nil
  }

  /// The vocabulary a filter option's name stands for, singular or plural (`method`,
  /// `methods` and `--method` for `engagement-methods`).
  static func vocabulary(forOption name: String) -> String? {
    var option = name.hasPrefix("--") ? String(name.dropFirst(2)) : name
    if option.hasSuffix("s") && vocabularyByOption.contains(where: { $0.0 == String(option.dropLast()) }) {
      option.removeLast()
    }
    if option == "countrie" || option == "countries" { option = "country" }
    return vocabularyByOption.first { $0.0 == option }?.1
  }

  /// The filter the command line asks for, with typed values resolved against `schema`'s
  /// vocabularies.
  ///
  /// - Throws: ``UsageError`` naming the option, with the nearest valid values.
  func filter(schema: CaseStudySchema) throws -> CaseFilter {
    try filter(builder: CaseFilterBuilder(schema: schema))
  }

  /// The filter the command line asks for, with typed values resolved by `builder`.
  func filter(builder: CaseFilterBuilder) throws -> CaseFilter {
    var filter = CaseFilter()
    do {
      filter.topics = try builder.resolve(topics, option: $topics.name, vocabulary: "topics")
      filter.countries = try builder.resolveCountries(countries)
      filter.levels = try builder.resolveLevels(levels, option: $levels.name)
      filter.methods = try builder.resolve(methods, option: $methods.name, vocabulary: "engagement-methods")
      filter.kinds = try builder.resolve(kinds, option: $kinds.name, vocabulary: "system-kinds")
    } catch {
      throw FilterOptions.usageError(error)
    }
    filter.bodies = bodies
    filter.fromYear = from
    filter.toYear = to
    if let from, let to, from > to {
      throw UsageError("--from \(from) is after --to \(to)")
    }
    return filter
  }

  /// The usage error for a value no term matches: the nearest ones, and where to see them all.
  static func usageError(_ error: CaseFilterBuilder.UnknownValue) -> UsageError {
    var message = "The value '\(error.value)' is invalid for '--\(error.option) <\(error.option)>'."
    if !error.ambiguous.isEmpty {
      message += " It could mean " + error.ambiguous.map { "'\($0)'" }.joined(separator: ", ") + "."
    } else if let first = error.suggestions.first {
      message += " Did you mean '\(first)'?"
      if error.suggestions.count > 1 {
        message += " (or " + error.suggestions.dropFirst().map { "'\($0)'" }.joined(separator: ", ") + ")"
      }
    }
    return UsageError(message, help: "run `cases schema --vocab \(error.vocabulary)` to see every value")
  }
}
