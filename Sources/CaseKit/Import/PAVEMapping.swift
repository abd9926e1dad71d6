import CaseJSON
import CaseText

/// A PAVE case record (with the records it links to) as a version-2 case study.
///
/// Every value comes from the records: nothing is guessed. A field with no home in the schema is
/// kept under `extensions["pave:fields"]`, and a vocabulary value with no known term under
/// `extensions["pave:unmapped"]`; both are noted for the report.
struct PAVEMapping {
  let site: PAVESite
  let schema: CaseStudySchema
  /// The current year: a conclusion year after it is a planned end, not an end.
  let currentYear: Int

  /// The fields of a case record that the mapping reads (the rest are kept as they are).
  static let readFields: Set<String> = [
    "title", "slug", "project-title", "provide-a-brief-description-of-the-project", "headline-findings",
    "what-limitations-to-the-project-should-be-noted", "inclusion-efforts",
    "why-is-this-project-important-to-include-in-the", "describe-the-subject-matter-in-your-own-words-one",
    "project-url", "project-status", "what-year-did-the-project-start", "what-year-did-the-project-conclude",
    "project-goals", "what-form-of-ai-is-the-project-about", "how-was-the-project-initiated", "lead-organisations",
    "funding-organisations", "involved-organisations", "geographic-scope", "participation-locations", "participants",
    "messages", "supporting-resources", "submitted-by", "additional-acknowledgements", "target-group",
  ]

  /// Fields the export adds for the web site, not facts of the case.
  static let siteFields: Set<String> = ["layout", "airtable_id", "redirect_from"]

  func convert(_ record: PAVESite.Record) -> ImportedCase {
    var conversion = Conversion(record: record, schema: schema)
    conversion.run(site: site, currentYear: currentYear)
    return ImportedCase(
      origin: record.path, externalID: ("pave", record.slug), value: conversion.builder.finished(namespace: "pave"),
      notes: conversion.builder.notes)
  }

  /// One case built from a PAVE record and the records it links to, noting as it goes.
  struct Conversion {
    let record: PAVESite.Record
    var builder: ImportBuilder

    init(record: PAVESite.Record, schema: CaseStudySchema) {
      self.record = record
      builder = ImportBuilder(schema: schema)
    }

    mutating func run(site: PAVESite, currentYear: Int) {
      let fields = record.fields
      builder.value["schema_version"] = .string(CaseMigration.currentVersion)
      var id = CaseID.slug(record.slug)
      if id.isEmpty { id = CaseID.slug(record.text("project-title") ?? record.text("title") ?? "") }
      builder.value["id"] = .string(id)
      if let title = record.text("project-title") ?? record.text("title") {
        builder.set("title", .string(title), from: record.text("project-title") == nil ? "title" : "project-title")
      } else {
        builder.notes.append(.missing(field: "title", reason: "the record has no project title"))
      }
      summary()
      if let why = record.text("why-is-this-project-important-to-include-in-the") {
        builder.narrative("significance", why, from: "why-is-this-project-important-to-include-in-the")
      }
      if let limits = record.text("what-limitations-to-the-project-should-be-noted") {
        builder.narrative("limitations", limits, from: "what-limitations-to-the-project-should-be-noted")
      }
      if let inclusion = record.text("inclusion-efforts") {
        builder.narrative("public_engagement", inclusion, from: "inclusion-efforts")
      }
      if let subject = record.text("describe-the-subject-matter-in-your-own-words-one") {
        builder.narrative("context", subject, from: "describe-the-subject-matter-in-your-own-words-one")
      }
      let goals = builder.terms(
        record.list("project-goals"), field: "project-goals", vocabulary: "project-goals", table: PAVEMapping.goals)
      if !goals.isEmpty { builder.set("goals", .array(goals.map(JSONValue.string)), from: "project-goals") }
      let forms = builder.terms(
        record.list("what-form-of-ai-is-the-project-about"), field: "what-form-of-ai-is-the-project-about",
        vocabulary: "ai-forms", table: PAVEMapping.aiForms)
      if !forms.isEmpty {
        builder.set("ai_forms", .array(forms.map(JSONValue.string)), from: "what-form-of-ai-is-the-project-about")
      }
      builder.value["case_focus"] = ["engagement"]
      period(currentYear: currentYear)
      places(site: site)
      organisations(site: site)
      engagements(site: site)
      findings()
      messages(site: site)
      resources(site: site)
      provenance()
      builder.value["external_ids"] = ["pave": .string(record.slug)]
      for (key, member) in fields where !PAVEMapping.readFields.contains(key) && !PAVEMapping.siteFields.contains(key) {
        builder.keep(key, member)
      }
    }

    mutating func narrative(_ key: String, _ text: String, from field: String) {
      var narrative = builder.value["narrative"]?.objectValue ?? JSONObject()
      narrative[key] = .string(text)
      builder.value["narrative"] = .object(narrative)
      builder.notes.append(.imported(field: field, to: "narrative." + key))
    }

    /// The description is the summary when it fits (50 to 1,000 characters); a longer one is
    /// told whole as what happened, and the summary is its first paragraph, or its first
    /// sentences, that fit.
    mutating func summary() {
      let field = "provide-a-brief-description-of-the-project"
      guard let description = record.text(field) else {
        builder.notes.append(.missing(field: "summary", reason: "the record has no description"))
        return
      }
      guard description.count > 1000 else {
        if description.count < 50 {
          builder.notes.append(.missing(field: "summary", reason: "the description is shorter than 50 characters"))
          builder.keep(field, .string(description))
        } else {
          builder.set("summary", .string(description), from: field)
        }
        return
      }
      if let (opening, rest) = PAVEMapping.opening(of: description, within: 50...1000) {
        // Told once: the opening as the summary, the rest as what happened.
        builder.value["summary"] = .string(opening)
        builder.notes.append(.imported(field: field, to: "summary"))
        builder.narrative("what_happened", rest, from: field)
      } else {
        builder.narrative("what_happened", description, from: field)
        builder.notes.append(
          .missing(
            field: "summary", reason: "the description is longer than 1,000 characters with no opening that fits"))
      }
    }

    mutating func period(currentYear: Int) {
      let status = record.text("project-status")
      let start = record.fields["what-year-did-the-project-start"]?.numberValue.flatMap { Int($0.lexeme) }
      let end = record.fields["what-year-did-the-project-conclude"]?.numberValue.flatMap { Int($0.lexeme) }
      guard let start else {
        if let status { builder.keep("project-status", .string(status)) }
        if let end { builder.keep("what-year-did-the-project-conclude", .integer(end)) }
        return
      }
      var period: JSONObject = ["start": .string(String(start))]
      builder.notes.append(.imported(field: "what-year-did-the-project-start", to: "period.start"))
      if status == "In Progress" {
        period["ongoing"] = true
        builder.notes.append(.imported(field: "project-status", to: "period.ongoing"))
      } else if status != "Complete", let status {
        builder.keep("project-status", .string(status))
      }
      if let end {
        if status == "Complete" && end <= currentYear && end >= start {
          period["end"] = .string(String(end))
          builder.notes.append(.imported(field: "what-year-did-the-project-conclude", to: "period.end"))
        } else {
          // A planned end, or one that contradicts the start or the status: kept as written.
          builder.keep("what-year-did-the-project-conclude", .integer(end))
        }
      }
      builder.value["period"] = .object(period)
    }

    mutating func places(site: PAVESite) {
      var countries: [String] = []
      var places: [String] = []
      var global = false
      for slug in record.list("geographic-scope") {
        guard let location = site.linked("locations", slug) else {
          builder.notes.append(
            .missing(field: "countries", reason: "the location \(quoted(slug)) is not in _locations"))
          continue
        }
        if slug == "global" {
          global = true
        } else if let code = location.text("country-code"), !countries.contains(code) {
          countries.append(code)
        }
        if slug != "global", let name = location.text("name") ?? location.text("title"), !places.contains(name),
          name.contains(",")
        {
          places.append(name)
        }
      }
      if !countries.isEmpty {
        builder.value["countries"] = .array(countries.map(JSONValue.string))
        builder.notes.append(.imported(field: "geographic-scope", to: "countries"))
      }
      if global {
        builder.value["scope"] = "global"
        builder.notes.append(.imported(field: "geographic-scope", to: "scope"))
      }
      if let written = record.text("participation-locations") {
        places.append(written)
        builder.notes.append(.imported(field: "participation-locations", to: "places"))
      }
      if !places.isEmpty { builder.value["places"] = .array(places.map(JSONValue.string)) }
    }

    mutating func organisations(site: PAVESite) {
      var order: [String] = []
      var roles: [String: [String]] = [:]
      for (field, role) in [
        ("lead-organisations", "lead"), ("funding-organisations", "funder"), ("involved-organisations", "partner"),
      ] {
        for slug in record.list(field) {
          if roles[slug] == nil { order.append(slug) }
          if roles[slug]?.contains(role) != true { roles[slug, default: []].append(role) }
        }
      }
      var organisations: [JSONValue] = []
      var unresolved: [JSONValue] = []
      for slug in order {
        guard let record = site.linked("organisations", slug), let name = record.text("name") ?? record.text("title")
        else {
          unresolved.append(.string(slug))
          builder.notes.append(
            .missing(field: "organisations", reason: "the organisation \(quoted(slug)) is not in _organisations"))
          continue
        }
        var organisation: JSONObject = ["name": .string(name)]
        let kinds = builder.terms(
          record.list("organisation-type"), field: "organisation-type", vocabulary: "organisation-kinds",
          table: PAVEMapping.organisationKinds)
        let countries = record.list("main-location").compactMap { site.linked("locations", $0)?.text("country-code") }
        if countries.count == 1, !record.list("main-location").contains("global") {
          organisation["country"] = .string(countries[0])
        }
        if kinds.count == 1 {
          if kinds[0] != "public-body" || organisation["country"] != nil {
            organisation["kind"] = .string(kinds[0])
          } else {
            // A public body gives its country; without one, the kind waits for a person to add both.
            builder.notes.append(
              .missing(field: "organisations", reason: "\(quoted(name)) is a public body with no country in _locations")
            )
            builder.keepExtra(
              "public-bodies-without-country",
              .array((builder.unmapped["public-bodies-without-country"]?.arrayValue ?? []) + [.string(name)]))
          }
        }
        organisation["roles"] = .array((roles[slug] ?? []).map(JSONValue.string))
        if let url = record.text("website-address"), PAVEMapping.isWebAddress(url) {
          organisation["url"] = .string(url)
        }
        organisations.append(.object(organisation))
      }
      if !organisations.isEmpty {
        builder.value["organisations"] = .array(organisations)
        builder.notes.append(
          .imported(field: "lead-organisations, funding-organisations, involved-organisations", to: "organisations"))
      }
      if !unresolved.isEmpty { builder.keepExtra("organisations-not-found", .array(unresolved)) }
    }

    mutating func keepExtra(_ key: String, _ member: JSONValue) {
      builder.unmapped[key] = member
    }

    /// Keeps a linked record the case cannot use (its fields, by its slug) under `key`.
    mutating func keepRecord(_ key: String, _ linked: PAVESite.Record) {
      var records = builder.unmapped[key]?.objectValue ?? JSONObject()
      var fields = JSONObject()
      for (field, member) in linked.fields where !PAVEMapping.siteFields.contains(field) && field != "cases" {
        fields[field] = member
      }
      records[linked.slug] = .object(fields)
      builder.unmapped[key] = .object(records)
    }

    mutating func engagements(site: PAVESite) {
      let initiators = builder.terms(
        record.list("how-was-the-project-initiated"), field: "how-was-the-project-initiated", vocabulary: "initiators",
        table: PAVEMapping.initiators)
      var engagements: [JSONValue] = []
      for slug in record.list("participants") {
        guard let cohort = site.linked("participants", slug) else {
          builder.notes.append(
            .missing(field: "engagements", reason: "the participant group \(quoted(slug)) is not in _participants"))
          builder.keepExtra(
            "participants-not-found",
            .array((builder.unmapped["participants-not-found"]?.arrayValue ?? []) + [.string(slug)]))
          continue
        }
        if let engagement = engagement(from: cohort, initiators: initiators) { engagements.append(.object(engagement)) }
      }
      if !engagements.isEmpty {
        builder.value["engagements"] = .array(engagements)
        builder.notes.append(.imported(field: "participants", to: "engagements"))
      }
      // Several initiators have no one place (an engagement has one); none with no engagement either.
      if !record.list("how-was-the-project-initiated").isEmpty && (engagements.isEmpty || initiators.count > 1) {
        builder.keep(
          "how-was-the-project-initiated", .array(record.list("how-was-the-project-initiated").map(JSONValue.string)))
      }
    }

    mutating func engagement(from cohort: PAVESite.Record, initiators: [String]) -> JSONObject? {
      let methods = builder.terms(
        cohort.list("which-of-the-following-methods-were-used-to"),
        field: "which-of-the-following-methods-were-used-to",
        vocabulary: "engagement-methods", table: PAVEMapping.methods)
      guard !methods.isEmpty else {
        builder.notes.append(
          .missing(field: "engagements", reason: "the participant group \(quoted(cohort.slug)) names no known method"))
        keepRecord("participants-without-method", cohort)
        return nil
      }
      var engagement: JSONObject = [:]
      if let name = cohort.text("group-description") { engagement["name"] = .string(name) }
      engagement["methods"] = .array(methods.map(JSONValue.string))
      if initiators.count == 1 { engagement["initiated_by"] = .string(initiators[0]) }
      let formats = builder.terms(
        cohort.list("where-did-engagement-take-place"), field: "where-did-engagement-take-place",
        vocabulary: "engagement-formats", table: PAVEMapping.formats)
      if formats.count == 1 {
        engagement["format"] = .string(formats[0])
      } else if formats.count > 1 {
        engagement["format"] = "hybrid"
      }
      var participants = JSONObject()
      if let count = cohort.fields["how-many-people-took-part"]?.numberValue, count.value.isInteger {
        participants["count"] = .number(count)
      }
      let recruitment = builder.terms(
        cohort.list("recruitment-method"), field: "recruitment-method", vocabulary: "recruitment",
        table: PAVEMapping.recruitment)
      if recruitment.count == 1 { participants["recruitment"] = .string(recruitment[0]) }
      let described = [cohort.text("was-there-a-specific-target-population"), cohort.text("recruitment-description")]
        .compactMap { $0 }
      if !described.isEmpty { participants["description"] = .string(described.joined(separator: "\n")) }
      if let hours = cohort.fields["on-average-how-many-hours-did-each-participant"]?.numberValue {
        participants["hours"] = .number(hours)
      }
      if !participants.isEmpty { engagement["participants"] = .object(participants) }
      var facilitation = JSONObject()
      for statement in cohort.list("do-any-of-the-following-apply") {
        if let key = PAVEMapping.facilitation[statement] {
          facilitation[key] = true
        } else {
          builder.unmapped["do-any-of-the-following-apply"] = .array(
            (builder.unmapped["do-any-of-the-following-apply"]?.arrayValue ?? []) + [.string(statement)])
          builder.notes.append(.unknown(vocabulary: "facilitation", value: statement, suggestions: []))
        }
      }
      if !facilitation.isEmpty { engagement["facilitation"] = .object(facilitation) }
      if let notesText = cohort.text("additional-notes") { engagement["description"] = .string(notesText) }
      return engagement
    }

    mutating func findings() {
      guard let findings = record.text("headline-findings") else { return }
      builder.set("findings", [["text": .string(findings)]], from: "headline-findings")
    }

    mutating func messages(site: PAVESite) {
      var quotes: [JSONValue] = []
      var recommendations: [JSONValue] = []
      var findings = builder.value["findings"]?.arrayValue ?? []
      for slug in record.list("messages") {
        guard let message = site.linked("messages", slug), let text = message.text("name") ?? message.text("title")
        else {
          builder.notes.append(.missing(field: "quotes", reason: "the message \(quoted(slug)) is not in _messages"))
          continue
        }
        let credit = message.text("additional-credit-line")
        switch message.text("type") {
        case "Quote":
          if let credit {
            quotes.append(["text": .string(text), "attribution": .string(credit)])
          } else {
            builder.keepExtra(
              "quotes-without-attribution",
              .array((builder.unmapped["quotes-without-attribution"]?.arrayValue ?? []) + [.string(text)]))
            builder.notes.append(.missing(field: "quotes", reason: "the quote \(quoted(slug)) says nobody's words"))
          }
        case "Recommendation": recommendations.append(["text": .string(text)])
        default: findings.append(["text": .string(text)])
        }
      }
      if !quotes.isEmpty { builder.set("quotes", .array(quotes), from: "messages") }
      if !recommendations.isEmpty { builder.set("recommendations", .array(recommendations), from: "messages") }
      if !findings.isEmpty { builder.value["findings"] = .array(findings) }
    }

    mutating func resources(site: PAVESite) {
      var sources: [JSONValue] = []
      var seen = Set<String>()
      if let url = record.text("project-url") {
        if PAVEMapping.isWebAddress(url), let title = record.text("project-title") ?? record.text("title") {
          seen.insert(url)
          sources.append(["id": "s1", "url": .string(url), "title": .string(title)])
          builder.notes.append(.imported(field: "project-url", to: "sources"))
        } else {
          builder.keep("project-url", .string(url))
          builder.notes.append(
            .missing(field: "sources", reason: "the project URL \(quoted(url)) is not a web address"))
        }
      }
      for slug in record.list("supporting-resources") {
        guard let resource = site.linked("resources", slug) else {
          builder.notes.append(.missing(field: "sources", reason: "the resource \(quoted(slug)) is not in _resources"))
          builder.keepExtra(
            "resources-not-found", .array((builder.unmapped["resources-not-found"]?.arrayValue ?? []) + [.string(slug)])
          )
          continue
        }
        // A resource whose only identity is its address has the address as its title.
        let title = resource.text("title") ?? resource.text("name")
        // The address field is `external_url` in readable keys, `url` when named from the schema map.
        let address = resource.text("external_url") ?? resource.text("url")
        guard let url = address ?? title.flatMap({ PAVEMapping.isWebAddress($0) ? $0 : nil }),
          PAVEMapping.isWebAddress(url), let title
        else {
          builder.notes.append(
            .missing(field: "sources", reason: "the resource \(quoted(slug)) has no web address or title"))
          keepRecord("resources-without-address", resource)
          continue
        }
        guard seen.insert(url).inserted else { continue }
        var source: JSONObject = ["id": .string("s\(sources.count + 1)"), "url": .string(url), "title": .string(title)]
        let kinds = builder.terms(
          resource.list("select"), field: "select", vocabulary: "source-types", table: PAVEMapping.sourceTypes)
        if let kind = kinds.first { source["source_type"] = .string(kind) }
        sources.append(.object(source))
      }
      if record.fields["supporting-resources"] != nil {
        builder.notes.append(.imported(field: "supporting-resources", to: "sources"))
      }
      if sources.isEmpty {
        builder.notes.append(
          .missing(field: "sources", reason: "the record has no project URL or resource with a web address"))
      } else {
        builder.value["sources"] = .array(sources)
      }
    }

    mutating func provenance() {
      var provenance = JSONObject()
      if let name = record.text("submitted-by") {
        provenance["contributors"] = [["name": .string(name), "roles": ["submitter"]]]
        builder.notes.append(.imported(field: "submitted-by", to: "provenance.contributors"))
      }
      if let thanks = record.text("additional-acknowledgements") {
        provenance["acknowledgements"] = .string(thanks)
        builder.notes.append(.imported(field: "additional-acknowledgements", to: "provenance.acknowledgements"))
      }
      if let target = record.text("target-group") { builder.keep("target-group", .string(target)) }
      provenance["notes"] = .string("Imported from the PAVE case book (connectedbydata/pave), case \(record.slug).")
      builder.value["provenance"] = .object(provenance)
    }
  }
}
