import CaseJSON
import CaseKit
import CommandLineKit

/// The core fields `cases add` takes as options, for scripts; they override a draft's values.
enum AddFields {
  /// An option and the field it sets.
  struct Field {
    let option: Option
    let pointer: JSONPointer
    /// The vocabulary typed values are resolved in (aliases such as `police` work).
    let vocabulary: String?
  }

  static let fields: [Field] = [
    field(
      .value("id", "The id (the file name): lowercase words joined by hyphens; made from the title when left out."),
      "id"),
    field(.value("title", valueName: "text", "The title."), "title"),
    field(.value("summary", valueName: "text", "Two or three plain sentences on what happened."), "summary"),
    field(
      .value("topic", "A topic (repeat for several, most relevant first).", repeating: true), "topics",
      vocabulary: "topics"),
    field(
      .value("focus", "impact, engagement, or both (repeat).", repeating: true), "case_focus", vocabulary: "case-focus"),
    field(.value("body", valueName: "name", "The main public body's name."), "public_bodies/0/name"),
    field(
      .value("country", "The main public body's country: a code (GB) or a name."), "public_bodies/0/country",
      vocabulary: "countries"),
    field(
      .value("level", "The main public body's level of government (local, national, …)."), "public_bodies/0/level",
      vocabulary: "body-levels"),
    field(.value("start", valueName: "date", "When the case began: 2020, 2020-08 or 2020-08-13."), "period/start"),
    field(.value("end", valueName: "date", "When it ended, if it has."), "period/end"),
    field(
      .value("tag", valueName: "text", "A keyword: a system's, law's or campaign's name (repeat).", repeating: true),
      "tags"),
    field(.value("source-url", valueName: "url", "The address of the first source."), "sources/0/url"),
    field(.value("source-title", valueName: "text", "The title of the first source."), "sources/0/title"),
    field(
      .value("licence", valueName: "spdx", "The licence the case study is published under (CC-BY-4.0, …)."), "licence",
      vocabulary: "licences"),
    field(
      .value("contributor", valueName: "name", "Your name, recorded as the first contributor."),
      "provenance/contributors/0/name"),
  ]

  private static func field(_ option: Option, _ path: String, vocabulary: String? = nil) -> Field {
    Field(option: option, pointer: JSONPointer(path.split(separator: "/").map(String.init)), vocabulary: vocabulary)
  }

  /// Whether the command line sets any field.
  static func areGiven(_ arguments: ParsedArguments) -> Bool {
    fields.contains { arguments.has($0.option.name) }
  }

  /// `draft` with the fields the command line sets, and which option set each location.
  ///
  /// - Throws: ``UsageError`` for a vocabulary value no term matches, with the nearest ones.
  static func apply(_ arguments: ParsedArguments, to draft: JSONValue, schema: CaseStudySchema) throws
    -> (draft: JSONValue, options: [(pointer: JSONPointer, option: String)])
  {
    var value = draft
    var options: [(pointer: JSONPointer, option: String)] = []
    let builder = CaseFilterBuilder(schema: schema)
    for field in fields where arguments.has(field.option.name) {
      var typed = arguments.values(field.option.name)
      if field.pointer.tokens.first == "period" { typed = typed.map { Question.normalizedDate($0) ?? $0 } }
      if let vocabulary = field.vocabulary {
        do {
          // One at a time, to keep the order given (topics go most relevant first).
          typed = try typed.map {
            try builder.resolve([$0], option: field.option.name, vocabulary: vocabulary).first ?? $0
          }
        } catch let error as CaseFilterBuilder.UnknownValue {
          throw FilterOptions.usageError(error)
        }
      }
      let new: JSONValue = field.option.isRepeating ? .array(typed.map(JSONValue.string)) : .string(typed.last ?? "")
      value = value.setting(new, at: field.pointer)
      options.append((field.pointer, "--" + field.option.name))
    }
    // A first source needs an id for references to it; s1 is the convention.
    if arguments.has("source-url") || arguments.has("source-title"), value["sources"]?.arrayValue?.first?["id"] == nil {
      value = value.setting("s1", at: JSONPointer(["sources", "0", "id"]))
    }
    return (value, options)
  }
}
