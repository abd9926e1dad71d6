import CaseJSON
import CaseSearch
import CaseText

/// What of a case study the search index holds: the text of each field, the facet values,
/// the years and the values results display.
enum CaseIndexDocument {
  static func make(_ study: CaseStudy, stamp: FileStamp, relativePath: String, schema: CaseStudySchema) -> IndexDocument
  {
    let value = study.value
    func texts(_ values: [JSONValue], _ keys: [String]) -> [String] {
      values.flatMap { item in keys.compactMap { item[$0]?.stringValue } }
    }
    func labels(_ ids: [String], _ vocabulary: String) -> [String] {
      ids.map { schema.vocabulary(vocabulary)?.label($0) ?? $0 }
    }
    let narrative = (value["narrative"]?.objectValue?.values.compactMap(\.stringValue) ?? []).joined(
      separator: IndexDocument.partSeparator)
    let bodies = study.organisationNames + texts(study.organisations, ["locality"]) + study.places
    let systems =
      texts(study.systems, ["name", "description"])
      + study.systems.flatMap { $0["suppliers"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
    let accountability = value["accountability"]
    var details = texts(study.engagements, ["name", "description"]) + texts(study.impacts, ["description"])
    details += study.engagements.flatMap { $0["organisers"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
    details += texts(value["affected_groups"]?.arrayValue ?? [], ["label"])
    details +=
      texts(study.timeline, ["event"]) + texts(accountability?["events"]?.arrayValue ?? [], ["description", "by"])
    details += [value["outcome"]?["summary"]?.stringValue, value["purpose"]?.stringValue].compactMap { $0 }
    for key in ["findings", "recommendations", "quotes"] {
      details += texts(value[key]?.arrayValue ?? [], ["text", "attribution"])
    }
    // Every other text a reader sees (a system's data, an engagement's participants, …).
    let (otherTexts, vocabularyLabels) = CaseIndexDocument.otherTexts(value, schema: schema)
    details += otherTexts
    let tags =
      study.tags + labels(study.topics, "topics") + labels(study.systemKinds, "system-kinds")
      + labels(study.methods, "engagement-methods")
    let sources = texts(study.sources, ["title", "publisher"])

    var fields = [String](repeating: "", count: CaseIndexLayout.layout.fields.count)
    func set(_ name: String, _ parts: [String]) {
      if let index = CaseIndexLayout.layout.field(named: name) {
        fields[index] = parts.joined(separator: IndexDocument.partSeparator)
      }
    }
    set("title", [study.title])
    set("summary", [study.summary])
    set("narrative", [narrative])
    set("bodies", bodies)
    set("systems", systems)
    set("details", details)
    set("tags", tags)
    set("sources", sources)
    set("labels", vocabularyLabels)

    var facets = [[String]](repeating: [], count: CaseIndexLayout.layout.facets.count)
    func facet(_ name: String, _ values: [String]) {
      if let index = CaseIndexLayout.layout.facet(named: name) { facets[index] = values }
    }
    facet("topic", study.topics)
    facet("country", study.countries + study.subdivisions)
    facet("level", study.levels)
    facet("method", study.methods)
    facet("kind", study.systemKinds)
    facet("body", study.bodyNames)
    facet("direction", study.impactDirections)
    facet("main-topic", Array(study.topics.prefix(1)))

    let stored: [String] = [
      study.title, study.year.map(String.init) ?? "", CaseIndexLayout.storedList(study.topics),
      CaseIndexLayout.storedList(study.countries), relativePath,
    ]
    return IndexDocument(
      key: study.id, fields: fields, facets: facets,
      years: study.years.map { $0.first...($0.last ?? IndexDocument.continuing) }, stored: stored, stamp: stamp)
  }

  /// A body's name as the body facet counts it: without a short form in brackets at its end, so
  /// that "Department of Health and Social Care (DHSC)" and the name without it count once.
  static func bodyFacetName(_ name: String) -> String {
    guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name }
    let short = name[name.index(after: open)..<name.index(before: name.endIndex)]
    let isAbbreviation =
      (2...12).contains(short.count)
      && short.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "&" || $0 == "-" || $0 == "." }
    guard isAbbreviation else { return name }
    let base = String(name[..<open]).trimmingWhitespace()
    return base.isEmpty ? name : base
  }

  /// The places whose texts the fields above index (with `*` for any array element); what is
  /// inside one of them is indexed with it.
  static let indexedPlaces: Set<String> = [
    "id", "title", "summary", "narrative", "tags", "places", "purpose", "organisations/*/name",
    "organisations/*/locality", "systems/*/name", "systems/*/description", "systems/*/suppliers",
    "engagements/*/name", "engagements/*/description", "engagements/*/organisers", "impacts/*/description",
    "affected_groups/*/label", "timeline/*/event", "accountability/events/*/description",
    "accountability/events/*/by", "outcome/summary", "findings", "recommendations", "quotes", "sources", "related",
    "external_ids", "provenance", "extensions", "schema_version", "language",
  ]

  /// In one walk of the case: the texts the fields above do not index that are prose or names
  /// (not vocabulary terms, ids, addresses or dates), and the labels and aliases of every
  /// vocabulary term the case uses (a country's names and demonyms, a method's label), so that
  /// what a reader sees for a term finds it.
  static func otherTexts(_ value: JSONValue, schema: CaseStudySchema) -> (texts: [String], labels: [String]) {
    var texts: [String] = []
    var labels: [String] = []
    var seen = Set<String>()
    func visit(_ value: JSONValue, place: CaseStudySchema.Place?, indexed: Bool) {
      switch value {
      case .string(let text):
        if let vocabulary = place?.vocabulary {
          guard seen.insert(vocabulary + "/" + text).inserted, let term = schema.vocabulary(vocabulary)?.term(text)
          else { return }
          labels.append(term.label)
          // Aliases are ids (`united-kingdom`): the tokenizer reads their hyphens as joining words.
          labels += term.aliases.filter { $0.utf8.count > 3 }
          if vocabulary == "countries" { labels += CountryDemonyms.words[text] ?? [] }
        } else if !indexed, place?.isFormatted != true, place?.path.hasSuffix("/id") != true {
          texts.append(text)
        }
      case .array(let items):
        let child = place?.items
        let inside = indexed || child.map { indexedPlaces.contains($0.path) } ?? true
        for item in items { visit(item, place: child, indexed: inside) }
      case .object(let object):
        for (key, member) in object {
          // A place the schema does not declare (inside `extensions`) counts as indexed: not read.
          let child = place?.members[key]
          visit(member, place: child, indexed: indexed || child.map { indexedPlaces.contains($0.path) } ?? true)
        }
      default:
        break
      }
    }
    visit(value, place: schema.places, indexed: false)
    return (texts, labels)
  }
}
