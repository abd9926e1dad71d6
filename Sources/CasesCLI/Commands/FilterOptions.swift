import CaseKit
import CommandLineKit

/// The filters `list`, `search`, `stats` and `export` share.
enum FilterOptions {
  static let options: [Option] = [
    .value(
      "topic", "Only cases with this topic (repeat for any of several; aliases such as police work).", repeating: true),
    .value("country", "Only cases in this country: a code (GB), a name, or a UK nation (scotland).", repeating: true),
    .value("level", "Only cases with a public body at this level (local, national, …).", repeating: true),
    .value("body", valueName: "name", "Only cases with a public body whose name contains this.", repeating: true),
    .value("method", "Only cases with this engagement method (citizens-jury, …).", repeating: true),
    .value("kind", "Only cases with a system of this kind (facial-recognition, …).", repeating: true),
    .value("from", valueName: "year", "Only cases that run in or after this year."),
    .value("to", valueName: "year", "Only cases that run in or before this year."),
  ]

  /// The vocabulary each filter option is checked against.
  static let vocabularyByOption = [
    ("topic", "topics"), ("country", "countries"), ("level", "body-levels"), ("method", "engagement-methods"),
    ("kind", "system-kinds"),
  ]

  /// The vocabularies the filters given are checked against.
  static func vocabularies(_ arguments: ParsedArguments) -> [String] {
    vocabularyByOption.filter { arguments.has($0.0) }.map(\.1)
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

  /// Whether the command line asks for any filter.
  static func isRequested(_ arguments: ParsedArguments) -> Bool {
    options.contains { arguments.has($0.name) }
  }

  /// The filter the command line asks for, with typed values resolved against `schema`'s
  /// vocabularies.
  ///
  /// - Throws: ``UsageError`` naming the option, with the nearest valid values.
  static func filter(from arguments: ParsedArguments, schema: CaseStudySchema) throws -> CaseFilter {
    try filter(from: arguments, builder: CaseFilterBuilder(schema: schema))
  }

  /// The filter the command line asks for, with typed values resolved by `builder`.
  static func filter(from arguments: ParsedArguments, builder: CaseFilterBuilder) throws -> CaseFilter {
    var filter = CaseFilter()
    do {
      filter.topics = try builder.resolve(arguments.values("topic"), option: "topic", vocabulary: "topics")
      filter.countries = try builder.resolveCountries(arguments.values("country"))
      filter.levels = try builder.resolve(arguments.values("level"), option: "level", vocabulary: "body-levels")
      filter.methods = try builder.resolve(
        arguments.values("method"), option: "method", vocabulary: "engagement-methods")
      filter.kinds = try builder.resolve(arguments.values("kind"), option: "kind", vocabulary: "system-kinds")
    } catch {
      throw usageError(error)
    }
    filter.bodies = arguments.values("body")
    filter.fromYear = try arguments.integer("from", in: 1000...9999)
    filter.toYear = try arguments.integer("to", in: 1000...9999)
    if let from = filter.fromYear, let to = filter.toYear, from > to {
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
