/// Case studies as one Markdown document: a table of contents by topic, then each topic's
/// cases in full. A case with several topics is told under its first and listed under the others.
public enum CaseCatalogueMarkdown {
  public static func render(_ cases: [CaseStudy], schema: CaseStudySchema) -> String {
    let groups = TopicGroups(cases, schema: schema)
    var lines = [
      "# Case studies", "",
      "\(cases.count) case stud\(cases.count == 1 ? "y" : "ies"), grouped by topic. A case with several topics is "
        + "told under its first and listed under the others.", "",
      "## Contents", "",
    ]
    for group in groups.groups {
      lines.append("- [\(CaseMarkdown.escape(group.label))](#topic-\(group.id)) (\(group.cases.count))")
      for study in group.cases { lines.append("  - [\(CaseMarkdown.escape(study.title))](#\(study.id))") }
    }
    lines.append("")
    var text = lines.joined(separator: "\n") + "\n"
    for group in groups.groups {
      text += "<a id=\"topic-\(group.id)\"></a>\n\n## \(CaseMarkdown.escape(group.label))\n\n"
      for study in group.cases where study.topics.first == group.id {
        text +=
          "<a id=\"\(study.id)\"></a>\n\n" + CaseMarkdown.render(CaseOutline(study, schema: schema), level: 3) + "\n"
      }
      let others = group.cases.filter { $0.topics.first != group.id }
      if !others.isEmpty {
        text +=
          "Also under this topic: "
          + others.map { "[\(CaseMarkdown.escape($0.title))](#\($0.id))" }.joined(separator: ", ") + ".\n\n"
      }
    }
    return text
  }
}

/// Case studies grouped by topic, topics in the vocabulary's order, each case under every
/// topic it has.
struct TopicGroups {
  struct Group {
    var id: String
    var label: String
    var cases: [CaseStudy]
  }

  var groups: [Group]

  init(_ cases: [CaseStudy], schema: CaseStudySchema) {
    let vocabulary = schema.vocabulary("topics")
    let known = vocabulary?.terms.map(\.id) ?? []
    let unknown = Set(cases.flatMap(\.topics)).subtracting(known).sorted()
    groups = (known + unknown).compactMap { topic in
      let members = cases.filter { $0.topics.contains(topic) }
      return members.isEmpty ? nil : Group(id: topic, label: vocabulary?.label(topic) ?? topic, cases: members)
    }
  }
}
