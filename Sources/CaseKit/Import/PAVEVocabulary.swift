/// How the choices of PAVE's Airtable fields map to the terms of this schema's vocabularies.
/// Choices not listed are tried against the vocabulary's ids, aliases and labels.
extension PAVEMapping {
  static let methods: [String: String] = [
    "Action Research": "participatory-action-research",
    "Capacity Building Workshop": "capacity-building-workshop",
    "Citizens’ Assembly": "citizens-assembly",
    "Citizens' Assembly": "citizens-assembly",
    "Citizens' Jury": "citizens-jury",
    "Citizens’ Jury": "citizens-jury",
    "Co-creation workshops": "co-design",
    "Community Advisory Group": "community-advisory-group",
    "Community-led Audit": "community-audit",
    "Community-Based Participatory Research": "participatory-research",
    "Collective Intelligence Process": "collective-intelligence",
    "Crowdsourcing": "crowdsourcing",
    "Deliberation": "deliberation",
    "Deliberative Polling®": "deliberative-poll",
    "Distributed dialogue": "distributed-dialogue",
    "Focus Group": "focus-group",
    "Forum Theatre": "forum-theatre",
    "Future Workshop": "futures-workshop",
    "Interviews": "interviews",
    "Notice and Request for Public Comment": "public-consultation",
    "Opinion Polling": "survey",
    "Participatory Arts": "participatory-arts",
    "Participatory futures workshop": "futures-workshop",
    "Peer-Research": "participatory-research",
    "Prototyping": "prototyping",
    "Public Dialogue": "public-dialogue",
    "Public Hearing": "public-meeting",
    "Roundtable Discussion": "roundtable",
    "Scenario Workshop": "futures-workshop",
    "Survey": "survey",
    "Workers' Council": "workers-consultation",
    "Workers’ Council": "workers-consultation",
  ]

  static let recruitment: [String: String] = [
    "Self selected / volunteered": "self-selected",
    "Demographic lottery": "demographic-lottery",
    "Statistical sample": "random-sample",
    "Peer recruitment (snowball)": "snowball",
    "Other": "other",
  ]

  static let initiators: [String: String] = [
    "Commissioned": "commissioned",
    "Community Led": "community-led",
    "Co-created": "co-created",
    "Academic research": "academic-research",
    "Other": "other",
  ]

  static let formats: [String: String] = ["Online": "online", "Offline": "in-person", "Hybrid": "hybrid"]

  static let goals: [String: String] = [
    "Methods: Create re-usable participation tools & methods": "methods",
    "Quantitative: Generate statistical evidence on public attitudes to AI": "quantitative-evidence",
    "Qualitative: Capture qualitative evidence on public attitudes to AI": "qualitative-evidence",
    "Policy: Inform a policy-making process": "inform-policy",
    "Capacity: Build participant capacity to engage with AI": "build-capacity",
    "AI Development: Shape the development of AI tools": "shape-ai-development",
    "Audit: Review design or implementation of AI tools": "audit",
    "Empowerment: Build community power with respect to AI": "empowerment",
    "Evaluate: Check the quality of evidence or engagement processes": "evaluate",
  ]

  static let aiForms: [String: String] = [
    "Generative AI": "generative-ai",
    "Predictive AI": "predictive-ai",
    "Specific AI system(s)": "specific-systems",
    "AI in general": "ai-in-general",
    "Current issues": "current-issues",
    "Future issues": "future-issues",
  ]

  static let sourceTypes: [String: String] = [
    "Project report": "engagement-report",
    "Evaluation": "evaluation",
    "Research poster": "academic",
    "Citation": "academic",
    "Academic paper or presentation": "academic",
    "Media coverage": "news",
    "Facilitation guide": "toolkit",
    "Workshop resource": "toolkit",
    "Video": "video",
    "Photo or image": "other",
    "Other": "other",
  ]

  static let organisationKinds: [String: String] = [
    "Non-profit": "charity", "Research": "university", "Public sector": "public-body", "Private sector": "company",
  ]

  /// The statements of "Do any of the following apply?", by the facilitation field they set.
  static let facilitation: [String: String] = [
    "There were trained facilitators involved": "trained_facilitators",
    "There was a learning phase for participants": "learning_phase",
    "Materials from the learning phase have been published": "materials_published",
  ]

  /// Whether `text` is a whole http(s) address with no spaces.
  static func isWebAddress(_ text: String) -> Bool {
    (text.hasPrefix("https://") || text.hasPrefix("http://")) && text.count > 8
      && !text.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" })
  }

  /// `text` split into its longest opening whose length is in `limits` and the rest: the
  /// opening ends at a paragraph break if one fits, else at a sentence's end (a full stop,
  /// question or exclamation mark) in the first paragraph; nil when none does. Nothing is
  /// lost or added: the opening and the rest are the text, less the spaces between them.
  static func opening(of text: String, within limits: ClosedRange<Int>) -> (opening: String, rest: String)? {
    func split(at end: String.Index) -> (opening: String, rest: String)? {
      let opening = String(text[..<end]).trimmingWhitespace()
      guard limits.contains(opening.count) else { return nil }
      return (opening, String(text[end...]).trimmingWhitespace())
    }
    // Paragraph breaks: the last one whose opening fits.
    var best: (opening: String, rest: String)?
    var index = text.startIndex
    while let range = text[index...].firstRange(of: "\n\n") {
      if let candidate = split(at: range.lowerBound) {
        best = candidate
      } else if text.distance(from: text.startIndex, to: range.lowerBound) > limits.upperBound {
        break
      }
      index = range.upperBound
    }
    if let best { return best }
    // Sentence ends in the first paragraph.
    let firstBreak = text.firstRange(of: "\n\n")?.lowerBound ?? text.endIndex
    var sentenceEnd: String.Index?
    var position = text.startIndex
    while position < firstBreak {
      let next = text.index(after: position)
      if ".?!".contains(text[position]), next == text.endIndex || text[next] == " " || text[next] == "\n" {
        if split(at: next) != nil { sentenceEnd = next }
      }
      position = next
    }
    return sentenceEnd.flatMap(split)
  }
}
