import CaseJSON
import CaseKit
import CommandLineKit

/// The core fields `cases add` takes as options, for scripts; they override a draft's values.
struct AddFields: ParsableOptions {
  @Option("id", "The id (the file name): lowercase words joined by hyphens; made from the title when left out.")
  var id: String?
  @Option("title", valueName: "text", "The title.") var title: String?
  @Option("summary", valueName: "text", "Two or three plain sentences on what happened.") var summary: String?
  @Option("topic", "A topic (repeat for several, most relevant first).") var topics: [String]
  @Option("focus", "impact, engagement, or both (repeat).") var focus: [String]
  @Option("body", valueName: "name", "The main public body's name.") var body: String?
  @Option("country", "The main public body's country: a code (GB) or a name.") var country: String?
  @Option("level", "The main public body's level of government (local, national, …).") var level: String?
  @Option("start", valueName: "date", "When the case began: 2020, 2020-08 or 2020-08-13.") var start: String?
  @Option("end", valueName: "date", "When it ended, if it has.") var end: String?
  @Option("tag", valueName: "text", "A keyword: a system's, law's or campaign's name (repeat).") var tags: [String]
  @Option("source-url", valueName: "url", "The address of the first source.") var sourceURL: String?
  @Option("source-title", valueName: "text", "The title of the first source.") var sourceTitle: String?
  @Option("licence", valueName: "spdx", "The licence the case study is published under (CC-BY-4.0, …).")
  var licence: String?
  @Option("contributor", valueName: "name", "Your name, recorded as the first contributor.") var contributor: String?

  /// A field option given: its declaration, its values as typed, where it goes, and the
  /// vocabulary typed values are resolved in (aliases such as `police` work).
  private struct Given {
    var declared: Declared
    var values: [String]
    var pointer: JSONPointer
    var vocabulary: String?
  }

  /// The field options, in the order of the schema, with the values given.
  private var fields: [Given] {
    func field(_ declared: Declared, _ values: [String], _ path: String, vocabulary: String? = nil) -> Given {
      Given(
        declared: declared, values: values, pointer: JSONPointer(path.split(separator: "/").map(String.init)),
        vocabulary: vocabulary)
    }
    func one(_ value: String?) -> [String] { value.map { [$0] } ?? [] }
    return [
      field($id, one(id), "id"),
      field($title, one(title), "title"),
      field($summary, one(summary), "summary"),
      field($topics, topics, "topics", vocabulary: "topics"),
      field($focus, focus, "case_focus", vocabulary: "case-focus"),
      field($body, one(body), "organisations/0/name"),
      field($country, one(country), "organisations/0/country", vocabulary: "countries"),
      field($level, one(level), "organisations/0/level", vocabulary: "body-levels"),
      field($start, one(start), "period/start"),
      field($end, one(end), "period/end"),
      field($tags, tags, "tags"),
      field($sourceURL, one(sourceURL), "sources/0/url"),
      field($sourceTitle, one(sourceTitle), "sources/0/title"),
      field($licence, one(licence), "licence", vocabulary: "licences"),
      field($contributor, one(contributor), "provenance/contributors/0/name"),
    ]
  }

  /// The options (`--licence`) of the fields `value` lacks that `isRequired` requires.
  func missing(in value: JSONValue, isRequired: (JSONPointer) -> Bool) -> [String] {
    fields.filter { $0.pointer.resolve(in: value) == nil && isRequired($0.pointer) }.map { "--" + $0.declared.name }
  }

  /// Whether the command line sets any field.
  var areGiven: Bool { fields.contains { $0.declared.isGiven } }

  /// `draft` with the fields the command line sets, and which option set each location.
  ///
  /// - Throws: ``UsageError`` for a vocabulary value no term matches, with the nearest ones.
  func apply(to draft: JSONValue, schema: CaseStudySchema) throws
    -> (draft: JSONValue, options: [(pointer: JSONPointer, option: String)])
  {
    // An old draft is migrated first, so that the options land in the version-2 places.
    var value = CaseMigration.migrated(draft)
    var options: [(pointer: JSONPointer, option: String)] = []
    let builder = CaseFilterBuilder(schema: schema)
    for field in fields where field.declared.isGiven {
      var typed = field.values
      if field.pointer.tokens.first == "period" { typed = typed.map { Question.normalizedDate($0) ?? $0 } }
      if let vocabulary = field.vocabulary {
        do {
          // One at a time, to keep the order given (topics go most relevant first).
          typed = try typed.map {
            try builder.resolve([$0], option: field.declared.name, vocabulary: vocabulary).first ?? $0
          }
        } catch let error as CaseFilterBuilder.UnknownValue {
          throw FilterOptions.usageError(error)
        }
      }
      let new: JSONValue =
        field.declared.spec.isRepeating ? .array(typed.map(JSONValue.string)) : .string(typed.last ?? "")
      value = value.setting(new, at: field.pointer)
      options.append((field.pointer, "--" + field.declared.name))
    }
    // --body names a public body.
    if $body.isGiven, value["organisations"]?.arrayValue?.first?["kind"] == nil {
      value = value.setting("public-body", at: JSONPointer(["organisations", "0", "kind"]))
    }
    // A first source needs an id for references to it; s1 is the convention.
    if $sourceURL.isGiven || $sourceTitle.isGiven, value["sources"]?.arrayValue?.first?["id"] == nil {
      value = value.setting("s1", at: JSONPointer(["sources", "0", "id"]))
    }
    return (value, options)
  }
}
