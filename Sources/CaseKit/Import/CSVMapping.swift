import CaseJSON
import CaseText

/// A row of `cases export --format csv` as a case.
///
/// The export flattens a case, so only the columns with one place in a case are read back as
/// the case's own: id, title, summary, period, topics, countries, places, organisations, tags,
/// outcome, sources (their addresses, which are also their titles: the export has no titles),
/// licence. A column that needs structure the row does not give (which body a level belongs
/// to, which system a kind) is filled only when the row leaves one choice (one public body,
/// one system) and is otherwise kept under `extensions["csv:fields"]`. Columns the export
/// derives (year, copied_sources) are checked, not stored.
struct CSVMapping {
  let schema: CaseStudySchema

  /// The values of a cell the export joined with "; ".
  static func cells(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    return unneutralised(text).split(separator: "; ", omittingEmptySubsequences: false).map(String.init)
  }

  /// A cell as it was before the export neutralised it as a formula (a leading `'` added).
  static func unneutralised(_ text: String) -> String {
    guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
      CSV.formulaStarts.contains(second)
    else { return text }
    return String(text.dropFirst())
  }

  func convert(_ row: [String: String], origin: String) -> ImportedCase {
    var builder = ImportBuilder(schema: schema)
    func cell(_ column: String) -> String? {
      guard let text = row[column], !text.isEmpty else { return nil }
      return CSVMapping.unneutralised(text)
    }
    builder.value["schema_version"] = .string(CaseMigration.currentVersion)
    let id = cell("id") ?? ""
    builder.value["id"] = .string(id)
    for key in ["title", "summary"] {
      if let text = cell(key) { builder.set(key, .string(text), from: key) }
    }
    if let start = cell("start") {
      var period: JSONObject = ["start": .string(start)]
      if let end = cell("end") { period["end"] = .string(end) }
      if cell("ongoing") == "yes" { period["ongoing"] = true }
      builder.set("period", .object(period), from: "start, end, ongoing")
    }
    for (column, key, vocabulary) in [("topics", "topics", "topics"), ("countries", "countries", "countries")] {
      let values = builder.terms(CSVMapping.cells(row[column]), field: column, vocabulary: vocabulary, table: [:])
      if !values.isEmpty { builder.set(key, .array(values.map(JSONValue.string)), from: column) }
    }
    for key in ["places", "tags"] {
      let values = CSVMapping.cells(row[key])
      if !values.isEmpty { builder.set(key, .array(values.map(JSONValue.string)), from: key) }
    }
    organisations(&builder, row)
    systems(&builder, row)
    if let outcome = cell("outcome") { builder.set("outcome", ["summary": .string(outcome)], from: "outcome") }
    let urls = CSVMapping.cells(row["sources"])
    if !urls.isEmpty {
      builder.set(
        "sources",
        .array(
          urls.enumerated().map { index, url in
            ["id": .string("s\(index + 1)"), "url": .string(url), "title": .string(url)]
          }),
        from: "sources")
    }
    if let licence = cell("licence") { builder.set("licence", .string(licence), from: "licence") }
    for column in ["subdivisions", "engagement_methods", "impact_directions"] {
      if let text = cell(column) { builder.keep(column, .string(text)) }
    }
    return ImportedCase(
      origin: origin, externalID: id.isEmpty ? nil : (CaseImport.ownIDs, id), value: builder.finished(namespace: "csv"),
      notes: builder.notes)
  }

  /// Organisations from the names; a public body gets its country and level only when the row
  /// has one of each to give.
  func organisations(_ builder: inout ImportBuilder, _ row: [String: String]) {
    let names = CSVMapping.cells(row["organisations"])
    let bodies = Set(CSVMapping.cells(row["public_bodies"]))
    let countries = CSVMapping.cells(row["countries"])
    let levels = CSVMapping.cells(row["levels"])
    guard !names.isEmpty else {
      // "none" is what the export writes for a case with no public body.
      if !levels.isEmpty && levels != [CaseStudy.noPublicBody] { builder.keep("levels", .string(row["levels"] ?? "")) }
      return
    }
    var organisations: [JSONValue] = []
    for name in names {
      var organisation: JSONObject = ["name": .string(name)]
      if bodies.contains(name) {
        if countries.count == 1 {
          organisation["kind"] = "public-body"
          organisation["country"] = .string(countries[0])
          if levels.count == 1 && bodies.count == 1 { organisation["level"] = .string(levels[0]) }
        } else {
          builder.notes.append(
            .missing(
              field: "organisations",
              reason: "\(JSONWriter.quoted(name)) is a public body; the row's countries do not say which is its"))
        }
      }
      organisations.append(.object(organisation))
    }
    builder.set("organisations", .array(organisations), from: "organisations, public_bodies")
    // A country given to a public body is not repeated in `countries`.
    if organisations.contains(where: { $0["country"] != nil }) { builder.value["countries"] = nil }
    if !(levels.count == 1 && bodies.count == 1) && !levels.isEmpty && levels != [CaseStudy.noPublicBody] {
      builder.keep("levels", .string(row["levels"] ?? ""))
    }
  }

  func systems(_ builder: inout ImportBuilder, _ row: [String: String]) {
    let names = CSVMapping.cells(row["systems"])
    let kinds = CSVMapping.cells(row["system_kinds"])
    guard !names.isEmpty else {
      if !kinds.isEmpty { builder.keep("system_kinds", .string(row["system_kinds"] ?? "")) }
      return
    }
    let systems: [JSONValue] = names.map { name in
      var system: JSONObject = ["name": .string(name)]
      if names.count == 1 && !kinds.isEmpty { system["kinds"] = .array(kinds.map(JSONValue.string)) }
      return .object(system)
    }
    builder.set("systems", .array(systems), from: "systems")
    if names.count > 1 && !kinds.isEmpty { builder.keep("system_kinds", .string(row["system_kinds"] ?? "")) }
  }
}
