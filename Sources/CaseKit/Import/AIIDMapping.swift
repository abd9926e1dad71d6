import CaseJSON
import CaseText

/// Incidents of the AI Incident Database as its weekly snapshot publishes them: `incidents.csv`
/// (`_id, incident_id, date, reports, Alleged deployer of AI system, Alleged developer of AI
/// system, Alleged harmed or nearly harmed parties, description, title`, with list columns written
/// as JSON arrays) and, beside it, `reports.csv`, whose reports become the case's sources.
///
/// Deployers, developers and harmed parties are entity ids (`department-for-work-and-pensions`):
/// their display names are not in the CSV files, so the ids are kept as written, never turned
/// into names. Whether a deployer is a public body is not recorded, so no organisation gets a kind.
struct AIIDMapping {
  let schema: CaseStudySchema
  /// The reports of `reports.csv`, by report number.
  let reports: [String: [String: String]]

  static let readColumns: Set<String> = [
    "incident_id", "date", "reports", "Alleged deployer of AI system", "Alleged developer of AI system",
    "Alleged harmed or nearly harmed parties", "description", "title",
  ]

  /// A list column: a JSON array (`[1,2]`, `["a","b"]`) or, failing that, values joined by commas.
  static func list(_ text: String?) -> [String] {
    guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return [] }
    if text.hasPrefix("["), let value = try? JSONDocument(parsing: text).root.value, let items = value.arrayValue {
      return items.compactMap { item in item.stringValue ?? item.numberValue?.lexeme }
    }
    return text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  func convert(_ row: [String: String], origin: String) -> ImportedCase {
    var builder = ImportBuilder(schema: schema)
    let number = row["incident_id"]?.trimmingWhitespace() ?? ""
    builder.value["schema_version"] = .string(CaseMigration.currentVersion)
    let title = row["title"]?.trimmingWhitespace() ?? ""
    builder.value["id"] = .string(CaseID.slug(title.isEmpty ? "aiid-incident-\(number)" : title))
    if title.isEmpty {
      builder.notes.append(.missing(field: "title", reason: "the incident has no title"))
    } else {
      builder.set("title", .string(title), from: "title")
    }
    let description = row["description"]?.trimmingWhitespace() ?? ""
    if description.count >= 50 && description.count <= 1000 {
      builder.set("summary", .string(description), from: "description")
    } else if description.count > 1000 {
      builder.narrative("what_happened", description, from: "description")
      builder.notes.append(.missing(field: "summary", reason: "the description is longer than 1,000 characters"))
    } else {
      builder.notes.append(.missing(field: "summary", reason: "the description is shorter than 50 characters"))
      if !description.isEmpty { builder.keep("description", .string(description)) }
    }
    if let date = row["date"]?.trimmingWhitespace(), PartialDate(date) != nil {
      builder.set("period", ["start": .string(date)], from: "date")
    }
    var organisations: [JSONValue] = []
    for (column, role) in [
      ("Alleged deployer of AI system", "deployer"), ("Alleged developer of AI system", "developer"),
    ] {
      for entity in AIIDMapping.list(row[column]) {
        if let index = organisations.firstIndex(where: { $0["name"]?.stringValue == entity }),
          case .object(var existing) = organisations[index]
        {
          existing["roles"] = .array((existing["roles"]?.arrayValue ?? []) + [.string(role)])
          organisations[index] = .object(existing)
        } else {
          organisations.append(["name": .string(entity), "roles": [.string(role)]])
        }
      }
    }
    if !organisations.isEmpty {
      builder.set("organisations", .array(organisations), from: "Alleged deployer and developer of AI system")
    }
    let harmed = AIIDMapping.list(row["Alleged harmed or nearly harmed parties"])
    if !harmed.isEmpty {
      builder.set(
        "affected_groups",
        .array(
          harmed.enumerated().map { index, entity in
            [
              "id": .string(CaseID.slug(entity).isEmpty ? "group-\(index + 1)" : CaseID.slug(entity)),
              "label": .string(entity),
            ]
          }), from: "Alleged harmed or nearly harmed parties")
    }
    var sources: [JSONValue] = []
    var seen = Set<String>()
    for reportNumber in AIIDMapping.list(row["reports"]) {
      guard let report = reports[reportNumber] else {
        builder.keepInList("reports-not-found", .string(reportNumber))
        builder.notes.append(.missing(field: "sources", reason: "report \(reportNumber) is not in reports.csv"))
        continue
      }
      guard let url = report["url"]?.trimmingWhitespace(), PAVEMapping.isWebAddress(url), seen.insert(url).inserted,
        let reportTitle = report["title"]?.trimmingWhitespace(), !reportTitle.isEmpty
      else { continue }
      var source: JSONObject = [
        "id": .string("s\(sources.count + 1)"), "url": .string(url), "title": .string(reportTitle),
      ]
      if let domain = report["source_domain"]?.trimmingWhitespace(), !domain.isEmpty {
        source["publisher"] = .string(domain)
      }
      let authors = (report["authors"] ?? "").split(separator: ",").map { String($0).trimmingWhitespace() }
        .filter { !$0.isEmpty }
      if !authors.isEmpty { source["authors"] = .array(authors.map(JSONValue.string)) }
      if let published = report["date_published"].map({ String($0.prefix(10)) }), PartialDate(published) != nil {
        source["date_published"] = .string(published)
      }
      if let language = report["language"]?.trimmingWhitespace(), language.count >= 2, language.count <= 3,
        language.allSatisfy({ $0.isLowercase })
      {
        source["language"] = .string(language)
      }
      sources.append(.object(source))
    }
    if !sources.isEmpty {
      builder.set("sources", .array(sources), from: "reports")
    } else if reports.isEmpty {
      builder.notes.append(
        .missing(field: "sources", reason: "no reports.csv beside incidents.csv to name the reports"))
      builder.keep("reports", .array(AIIDMapping.list(row["reports"]).map(JSONValue.string)))
    }
    if let id = Int(number), id > 0 { builder.value["external_ids"] = ["aiid": [.integer(id)]] }
    for (column, text) in row.sorted(by: { $0.key < $1.key })
    where !AIIDMapping.readColumns.contains(column) && !text.isEmpty {
      builder.keep(column, .string(text))
    }
    builder.value["provenance"] = ["notes": .string("Imported from the AI Incident Database, incident \(number).")]
    return ImportedCase(
      origin: origin, externalID: number.isEmpty ? nil : ("aiid", number), value: builder.finished(namespace: "aiid"),
      notes: builder.notes)
  }
}
