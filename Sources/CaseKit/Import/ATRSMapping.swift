import CaseJSON
import CaseText

/// Records of the UK Algorithmic Transparency Recording Standard as GOV.UK publishes them: the
/// Content API's JSON for `https://www.gov.uk/api/content/algorithmic-transparency-records/SLUG`
/// (`base_path`, `title` as "Organisation: Tool", `description`, `details.metadata` with the
/// `algorithmic_transparency_record_*` facets, and `details.body`, the record's HTML).
///
/// Every record is a UK public body's, so each case's organisation is a public body in GB; the
/// rest comes from the record. The body's text becomes the narrative's system description.
struct ATRSMapping {
  let schema: CaseStudySchema

  static let prefix = "algorithmic_transparency_record_"

  /// The metadata keys the mapping reads (without the prefix).
  static let readKeys: Set<String> = [
    "organisation", "organisation_type", "function", "capability", "task", "phase", "region", "date_published",
    "other_tags",
  ]

  static let functions: [String: String] = [
    "health": "health", "education": "education", "public-order-and-safety": "policing",
    "social-protection": "benefits", "housing-and-community-amenities": "housing",
    "environmental-protection": "environment", "general-public-services": "governance",
  ]

  static let capabilities: [String: String] = [
    "creation": "generative-ai", "computer-vision": "image-analysis", "computer-linguistics": "text-analysis",
    "forecasting": "risk-scoring", "planning": "resource-allocation",
  ]

  static let phases: [String: String] = [
    "pre-deployment": "in-development", "beta-pilot": "pilot", "private-beta": "pilot", "production": "in-use",
    "retired": "retired",
  ]

  static let regions: [String: String] = [
    "scotland": "GB-SCT", "wales": "GB-WLS", "northern-ireland": "GB-NIR", "england": "GB-ENG", "london": "GB-ENG",
    "north-east": "GB-ENG", "north-west": "GB-ENG", "yorkshire-and-the-humber": "GB-ENG", "east-midlands": "GB-ENG",
    "west-midlands": "GB-ENG", "south-east": "GB-ENG", "east-of-england": "GB-ENG", "south-west": "GB-ENG",
  ]

  func convert(_ record: JSONValue, origin: String) -> ImportedCase {
    var builder = ImportBuilder(schema: schema)
    let metadata = record["details"]?["metadata"]?.objectValue ?? JSONObject()
    func meta(_ key: String) -> JSONValue? { metadata[ATRSMapping.prefix + key] }
    func metaList(_ key: String) -> [String] {
      switch meta(key) {
      case .array(let items): return items.compactMap(\.stringValue)
      case .string(let text): return [text]
      default: return []
      }
    }
    // Only a GOV.UK record's own path makes its address (`/algorithmic-transparency-records/SLUG`).
    let given = record["base_path"]?.stringValue ?? ""
    let prefix = "/algorithmic-transparency-records/"
    let basePath =
      given.hasPrefix(prefix) && CaseID.problem(with: String(given.dropFirst(prefix.count))) == nil ? given : ""
    let slug = String(basePath.split(separator: "/").last ?? "")
    builder.value["schema_version"] = .string(CaseMigration.currentVersion)
    builder.value["id"] = .string(CaseID.slug(slug))
    let title = record["title"]?.stringValue?.trimmingWhitespace() ?? ""
    if title.isEmpty {
      builder.notes.append(.missing(field: "title", reason: "the record has no title"))
    } else {
      builder.set("title", .string(title), from: "title")
    }
    if let description = record["description"]?.stringValue?.trimmingWhitespace(), !description.isEmpty {
      if description.count >= 50 {
        builder.set("summary", .string(description), from: "description")
      } else {
        builder.notes.append(
          .missing(field: "summary", reason: "the one-sentence description is shorter than 50 characters"))
        builder.keep("description", .string(description))
      }
    } else {
      builder.notes.append(.missing(field: "summary", reason: "the record has no description"))
    }
    let topics = builder.terms(
      metaList("function"), field: ATRSMapping.prefix + "function", vocabulary: "topics", table: ATRSMapping.functions)
    if !topics.isEmpty {
      builder.set("topics", .array(topics.map(JSONValue.string)), from: ATRSMapping.prefix + "function")
    }

    // The organisation: its name as the title gives it ("Organisation: Tool"), else its GOV.UK slug.
    let (organisationName, toolName) = ATRSMapping.split(title)
    var organisation: JSONObject = [
      "name": .string(organisationName ?? meta("organisation")?.stringValue ?? ""), "kind": "public-body",
      "country": "GB", "roles": ["deployer"],
    ]
    let types = builder.terms(
      metaList("organisation_type"), field: ATRSMapping.prefix + "organisation_type", vocabulary: "body-types",
      table: [:])
    if types.count == 1 { organisation["body_type"] = .string(types[0]) }
    let subdivisions = Set(metaList("region").compactMap { ATRSMapping.regions[$0] })
    if subdivisions.count == 1, let subdivision = subdivisions.first {
      organisation["subdivision"] = .string(subdivision)
    }
    if organisation["name"]?.stringValue?.isEmpty == false {
      builder.set("organisations", [.object(organisation)], from: ATRSMapping.prefix + "organisation")
    } else {
      builder.notes.append(.missing(field: "organisations", reason: "the record names no organisation"))
    }

    var system = JSONObject()
    system["name"] = .string(toolName ?? title)
    let kinds = builder.terms(
      metaList("capability"), field: ATRSMapping.prefix + "capability", vocabulary: "system-kinds",
      table: ATRSMapping.capabilities)
    if !kinds.isEmpty { system["kinds"] = .array(kinds.map(JSONValue.string)) }
    if let task = meta("task")?.stringValue?.trimmingWhitespace(), !task.isEmpty {
      system["description"] = .string(task)
    }
    let phases = builder.terms(
      metaList("phase"), field: ATRSMapping.prefix + "phase", vocabulary: "system-status", table: ATRSMapping.phases)
    let published = meta("date_published")?.stringValue
    if let phase = phases.first {
      system["status"] = .string(phase)
      if let published { system["status_as_of"] = .string(published) }
    }
    if !title.isEmpty { builder.set("systems", [.object(system)], from: ATRSMapping.prefix + "task") }

    if let body = record["details"]?["body"]?.stringValue {
      let text = HTMLText.text(body)
      if !text.isEmpty { builder.narrative("system_description", text, from: "details.body") }
    }
    if let tags = meta("other_tags")?.stringValue?.trimmingWhitespace(), !tags.isEmpty {
      if tags.count <= 60 {
        builder.set("tags", [.string(tags)], from: ATRSMapping.prefix + "other_tags")
      } else {
        builder.keep(ATRSMapping.prefix + "other_tags", .string(tags))
      }
    }
    if !basePath.isEmpty, !title.isEmpty {
      var source: JSONObject = [
        "id": "s1", "url": .string("https://www.gov.uk" + basePath), "title": .string(title),
        "source_type": "transparency-record",
      ]
      if let name = organisationName { source["publisher"] = .string(name) }
      if let published { source["date_published"] = .string(published) }
      builder.set("sources", [.object(source)], from: "base_path")
    } else {
      builder.notes.append(.missing(field: "sources", reason: "the record has no GOV.UK address (base_path)"))
    }
    if !slug.isEmpty { builder.value["external_ids"] = ["atrs": .string(slug)] }
    for (key, member) in metadata {
      let short = key.hasPrefix(ATRSMapping.prefix) ? String(key.dropFirst(ATRSMapping.prefix.count)) : key
      if !ATRSMapping.readKeys.contains(short) { builder.keep(key, member) }
    }
    builder.value["provenance"] = [
      "notes": .string("Imported from the UK Algorithmic Transparency Recording Standard record \(slug) on GOV.UK.")
    ]
    return ImportedCase(
      origin: origin, externalID: slug.isEmpty ? nil : ("atrs", slug), value: builder.finished(namespace: "atrs"),
      notes: builder.notes)
  }

  /// "Organisation: Tool" as its two parts; nil parts when the title has no colon.
  static func split(_ title: String) -> (organisation: String?, tool: String?) {
    guard let colon = title.firstIndex(of: ":") else { return (nil, nil) }
    let organisation = String(title[..<colon]).trimmingWhitespace()
    let tool = String(title[title.index(after: colon)...]).trimmingWhitespace()
    return (organisation.isEmpty ? nil : organisation, tool.isEmpty ? nil : tool)
  }
}
