import CaseJSON

/// A case study arranged for reading: facets with readable labels, narrative sections in the
/// schema's order with their titles, impacts, timeline and numbered sources. The terminal,
/// Markdown and HTML renderings all start from this.
public struct CaseOutline: Sendable {
  public struct Facet: Sendable, Equatable {
    public var label: String
    public var values: [String]
  }

  public struct Section: Sendable, Equatable {
    public var title: String
    public var text: String
  }

  public struct Source: Sendable, Equatable {
    public var number: Int
    public var title: String
    public var publisher: String?
    public var date: String?
    public var url: String
    /// For a source marked as a copy: the original's publisher and title.
    public var copyOf: String?

    /// Publisher, date and the copy mark, as shown after the title.
    public var details: [String] {
      [publisher, date, copyOf.map { "a copy of " + $0 }].compactMap { $0 }
    }
  }

  public struct Entry: Sendable, Equatable {
    /// A date, or a short label such as "Harm, found by an authority".
    public var label: String
    public var text: String
    /// Numbers of the supporting sources.
    public var sources: [Int]
  }

  public var id: String
  public var title: String
  public var summary: String
  /// `2019–2021 · GB, NL`.
  public var dateline: String
  public var facets: [Facet] = []
  public var sections: [Section] = []
  public var impacts: [Entry] = []
  public var engagements: [Entry] = []
  public var accountability: [Entry] = []
  public var timeline: [Entry] = []
  public var sources: [Source] = []

  /// The outline with every text passed through `transform` (to escape it for a medium).
  public func mapText(_ transform: (String) -> String) -> CaseOutline {
    var copy = self
    copy.id = transform(id)
    copy.title = transform(title)
    copy.summary = transform(summary)
    copy.dateline = transform(dateline)
    copy.facets = facets.map { Facet(label: transform($0.label), values: $0.values.map(transform)) }
    copy.sections = sections.map { Section(title: transform($0.title), text: transform($0.text)) }
    func entries(_ list: [Entry]) -> [Entry] {
      list.map { Entry(label: transform($0.label), text: transform($0.text), sources: $0.sources) }
    }
    copy.impacts = entries(impacts)
    copy.engagements = entries(engagements)
    copy.accountability = entries(accountability)
    copy.timeline = entries(timeline)
    copy.sources = sources.map {
      Source(
        number: $0.number, title: transform($0.title), publisher: $0.publisher.map(transform),
        date: $0.date.map(transform), url: transform($0.url), copyOf: $0.copyOf.map(transform))
    }
    return copy
  }

  public init(_ study: CaseStudy, schema: CaseStudySchema) {
    id = study.id
    title = study.title
    summary = study.summary
    let value = study.value
    var years = ""
    if let span = study.years {
      years = span.first == span.last ? String(span.first) : "\(span.first)–" + (span.last.map(String.init) ?? "")
    }
    dateline = ([years, study.countries.joined(separator: ", ")].filter { !$0.isEmpty }).joined(separator: " · ")

    func labels(_ ids: [String], _ vocabulary: String) -> [String] {
      ids.map { schema.vocabulary(vocabulary)?.label($0) ?? $0 }
    }
    func strings(_ list: JSONValue?) -> [String] { list?.arrayValue?.compactMap(\.stringValue) ?? [] }
    let numbers = Dictionary(
      study.sources.enumerated().compactMap { position, source in source["id"]?.stringValue.map { ($0, position + 1) }
      },
      uniquingKeysWith: { first, _ in first })
    func refs(_ node: JSONValue) -> [Int] {
      node["source_refs"]?.arrayValue?.compactMap { $0.stringValue.flatMap { numbers[$0] } } ?? []
    }

    // Facets.
    var facets: [Facet] = [Facet(label: "Topics", values: labels(study.topics, "topics"))]
    facets.append(
      Facet(
        label: "Countries", values: study.countries.map { "\(schema.vocabulary("countries")?.label($0) ?? $0) (\($0))" }
      ))
    facets.append(Facet(label: "Places", values: study.places))
    facets.append(
      Facet(label: "Scope", values: labels([value["scope"]?.stringValue].compactMap { $0 }, "geographic-scopes")))
    facets.append(Facet(label: "Forms of AI", values: labels(strings(value["ai_forms"]), "ai-forms")))
    facets.append(Facet(label: "Goals", values: labels(strings(value["goals"]), "project-goals")))
    facets.append(
      Facet(
        label: "Organisations",
        values: study.organisations.map { organisation in
          let kind = organisation["kind"]?.stringValue
          let details =
            [
              organisation["level"]?.stringValue.map { labels([$0], "body-levels")[0].lowercased() },
              organisation["body_type"]?.stringValue.map { labels([$0], "body-types")[0].lowercased() }
                ?? kind.map { labels([$0], "organisation-kinds")[0].lowercased() },
            ].compactMap { $0 } + labels(strings(organisation["roles"]), "organisation-roles").map { $0.lowercased() }
          return (organisation["name"]?.stringValue ?? "")
            + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        }))
    facets.append(
      Facet(
        label: "Systems",
        values: study.systems.map { system in
          let kinds = labels(system["kinds"]?.arrayValue?.compactMap(\.stringValue) ?? [], "system-kinds")
          return (system["name"]?.stringValue ?? "")
            + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ").lowercased()))")
        }))
    facets.append(Facet(label: "Engagement", values: labels(study.methods, "engagement-methods")))
    let groups = value["affected_groups"]?.arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
    facets.append(Facet(label: "Affected", values: groups))
    if let outcome = value["outcome"]?["summary"]?.stringValue {
      facets.append(Facet(label: "Outcome", values: [outcome]))
    }
    facets.append(
      Facet(
        label: "Related",
        values: study.related.compactMap { related in
          related["id"]?.stringValue.map {
            "\($0) (\(labels([related["relation"]?.stringValue ?? ""], "relations")[0].lowercased()))"
          }
        }))
    facets.append(Facet(label: "Tags", values: study.tags))
    if let licence = study.licence ?? schema.settings.licence {
      facets.append(Facet(label: "Licence", values: [licence]))
    }
    self.facets = facets.filter { !$0.values.isEmpty }

    // Narrative sections, in the schema's order, under its titles.
    let narrativeSchema = schema.schema(at: JSONPointer(["narrative"]))
    let order = narrativeSchema?["properties"]?.objectValue?.keys ?? value["narrative"]?.objectValue?.keys ?? []
    if let purpose = value["purpose"]?.stringValue { sections.append(Section(title: "Purpose", text: purpose)) }
    for key in order {
      guard let text = value["narrative"]?[key]?.stringValue else { continue }
      let title = narrativeSchema?["properties"]?[key]?["title"]?.stringValue ?? key
      sections.append(Section(title: title, text: text))
    }
    // Findings, recommendations and quotes, as lists with their sources' numbers.
    func cited(_ item: JSONValue) -> String {
      let numbers = refs(item)
      return numbers.isEmpty ? "" : " [" + numbers.map(String.init).joined(separator: ", ") + "]"
    }
    for (key, title) in [("findings", "Findings"), ("recommendations", "Recommendations")] {
      let items = (value[key]?.arrayValue ?? []).compactMap { item in
        item["text"]?.stringValue.map { "- " + $0 + cited(item) }
      }
      if !items.isEmpty { sections.append(Section(title: title, text: items.joined(separator: "\n"))) }
    }
    let quotes = (value["quotes"]?.arrayValue ?? []).compactMap { quote in
      quote["text"]?.stringValue.map {
        "- \u{201C}\($0)\u{201D}" + (quote["attribution"]?.stringValue.map { " (\($0))" } ?? "") + cited(quote)
      }
    }
    if !quotes.isEmpty { sections.append(Section(title: "Quotes", text: quotes.joined(separator: "\n"))) }

    impacts = study.impacts.map { impact in
      var label = labels([impact["direction"]?.stringValue ?? ""], "impact-directions")[0]
      if let evidence = impact["evidence"]?.stringValue {
        label += ", " + labels([evidence], "evidence-levels")[0].lowercased()
      }
      return Entry(label: label, text: impact["description"]?.stringValue ?? "", sources: refs(impact))
    }
    engagements = study.engagements.map { engagement in
      let methods = labels(engagement["methods"]?.arrayValue?.compactMap(\.stringValue) ?? [], "engagement-methods")
      var parts: [String] = []
      if let name = engagement["name"]?.stringValue { parts.append(name) }
      if let count = engagement["participants"]?["count"]?.numberValue {
        parts.append("\(count.lexeme) participants")
      }
      let facilitation = engagement["facilitation"]
      for (key, text) in [
        ("trained_facilitators", "trained facilitators"), ("learning_phase", "a learning phase"),
        ("materials_published", "learning materials published"),
      ] where facilitation?[key] == .bool(true) {
        parts.append(text)
      }
      if let method = engagement["decision_method"]?.stringValue {
        parts.append("decided by " + labels([method], "decision-methods")[0].lowercased())
      }
      if let level = engagement["influence"]?["level"]?.stringValue {
        parts.append("influence: " + labels([level], "influence-levels")[0].lowercased())
      }
      if let description = engagement["description"]?.stringValue { parts.append(description) }
      return Entry(
        label: methods.joined(separator: ", "), text: parts.joined(separator: "; "), sources: refs(engagement))
    }
    accountability = (value["accountability"]?["events"]?.arrayValue ?? []).map { event in
      let kind = labels([event["type"]?.stringValue ?? ""], "redress-types")[0]
      let date = event["date"]?.stringValue.map { " (\($0))" } ?? ""
      return Entry(label: kind + date, text: event["description"]?.stringValue ?? "", sources: refs(event))
    }
    timeline = study.timeline.map { event in
      Entry(label: event["date"]?.stringValue ?? "", text: event["event"]?.stringValue ?? "", sources: refs(event))
    }
    sources = study.sources.enumerated().map { position, source in
      Source(
        number: position + 1, title: source["title"]?.stringValue ?? "", publisher: source["publisher"]?.stringValue,
        date: source["date_published"]?.stringValue, url: source["url"]?.stringValue ?? "",
        copyOf: source["copy_of"].map { original in
          [original["publisher"]?.stringValue, original["title"]?.stringValue.map { "\u{201C}\($0)\u{201D}" }]
            .compactMap { $0 }.joined(separator: ", ")
        })
    }
  }
}
