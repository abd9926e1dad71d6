import CaseJSON
import CaseSearch

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

    let stored: [String] = [
      study.title, study.year.map(String.init) ?? "", CaseIndexLayout.storedList(study.topics),
      CaseIndexLayout.storedList(study.countries), relativePath,
    ]
    return IndexDocument(
      key: study.id, fields: fields, facets: facets,
      years: study.years.map { $0.first...($0.last ?? IndexDocument.continuing) }, stored: stored, stamp: stamp)
  }
}
