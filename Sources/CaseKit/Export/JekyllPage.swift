import CaseJSON

/// A case study as a page of a Jekyll collection (`_cases/ID.md`): YAML front matter with the
/// fields a site's layouts and filters use, then the case in Markdown, without its title (the
/// layout shows `page.title`).
public enum JekyllPage {
  public static func render(_ study: CaseStudy, schema: CaseStudySchema) -> String {
    "---\n" + YAMLWriter.document(frontMatter(study, defaultLicence: schema.settings.licence)) + "---\n\n"
      // Braces are written as entities throughout the body: Liquid finds no tags in it.
      + CaseMarkdown.body(CaseOutline(study, schema: schema))
  }

  /// The front matter: ids and codes for filtering, texts for showing. Lists are always
  /// there (perhaps empty); dates, year and outcome only when the case has them.
  static func frontMatter(_ study: CaseStudy, defaultLicence: String?) -> JSONValue {
    func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
    var matter: JSONObject = [
      "id": .string(study.id), "title": .string(study.title), "summary": .string(study.summary),
    ]
    matter["topics"] = strings(study.topics)
    matter["countries"] = strings(study.countries)
    matter["places"] = strings(study.places)
    matter["public_bodies"] = strings(study.bodyNames)
    matter["organisations"] = strings(study.organisationNames)
    matter["levels"] = strings(study.levels)
    matter["system_kinds"] = strings(study.systemKinds)
    matter["engagement_methods"] = strings(study.methods)
    matter["impact_directions"] = strings(study.impactDirections)
    matter["tags"] = strings(study.tags)
    let period = study.value["period"]
    if let start = period?["start"] { matter["start"] = start }
    if let end = period?["end"] { matter["end"] = end }
    if let ongoing = period?["ongoing"] { matter["ongoing"] = ongoing }
    if let year = study.year { matter["year"] = .integer(year) }
    if let outcome = study.value["outcome"]?["summary"] { matter["outcome"] = outcome }
    matter["sources"] = .array(
      study.sources.map { source in
        var entry = JSONObject()
        for key in ["title", "url", "publisher", "date_published", "copy_of"] {
          if let value = source[key] { entry[key] = value }
        }
        return .object(entry)
      })
    if let licence = study.licence ?? defaultLicence { matter["licence"] = .string(licence) }
    return .object(matter)
  }
}
