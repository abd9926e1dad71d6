import CaseJSON

/// The questions the guided `cases add` asks, in order: the required core first (with a few
/// optional fields that belong with it), then optional blocks offered one by one. Titles,
/// descriptions, whether a field is required and which vocabulary it takes all come from
/// the schema, so the form follows a repository's own schema.
public struct GuidedForm: Sendable {
  /// A group of fields asked together; a list block may be answered several times (each time
  /// one more element of the array at `pointer`).
  public struct Block: Sendable {
    /// The object (or, for a list, the array) the block fills.
    public let pointer: JSONPointer
    /// `system`, `impact`: what one answer of the block is called.
    public let noun: String
    public let description: String
    public let isList: Bool
    /// Whether at least one is required (`sources`).
    public let isRequired: Bool
    /// The fields of one element, relative to it.
    let fields: [String]
    let schema: CaseStudySchema

    /// The questions for element `index` of a list (or for the object).
    public func questions(element index: Int = 0) -> [Question] {
      let base = isList ? pointer.appending(index) : pointer
      return fields.compactMap { schema.question(at: base.appending(JSONPointer(parsingPath: $0)), within: base) }
    }
  }

  /// The core fields, asked one after another.
  public let core: [Question]
  /// The sources block (required, asked after the core fields) and the closing questions.
  public let sources: Block
  public let closing: [Question]
  /// The optional blocks, offered one by one.
  public let blocks: [Block]

  /// The form for `schema`, with `licence` defaulting to `defaultLicence` when given.
  public init(schema: CaseStudySchema, defaultLicence: String? = nil) {
    func question(_ path: String) -> Question? { schema.question(at: JSONPointer(parsingPath: path), within: .root) }
    func block(_ path: String, fields: [String]) -> Block {
      let pointer = JSONPointer(parsingPath: path)
      let definition = schema.schema(at: pointer)
      let isList = definition?["type"]?.stringValue == "array"
      let element = isList ? schema.schema(at: pointer.appending(0)) : definition
      let title = element?["title"]?.stringValue ?? pointer.tokens.last ?? ""
      return Block(
        pointer: pointer, noun: title.prefix(1).lowercased() + title.dropFirst(),
        description: definition?["description"]?.stringValue ?? "",
        isList: isList, isRequired: schema.isRequired(pointer, within: .root), fields: fields, schema: schema)
    }
    core = GuidedForm.linked(
      [
        "title", "summary", "topics", "case_focus", "organisations/0/name", "organisations/0/kind",
        "organisations/0/country", "organisations/0/level",
        "period/start", "period/end", "places", "tags",
      ].compactMap(question), schema: schema)
    sources = block("sources", fields: ["url", "title", "publisher", "date_published"])
    // With a repository default, a case names a licence only to differ from it: not asked.
    var licence = schema.settings.licence == nil ? question("licence") : nil
    licence?.defaultAnswer = defaultLicence
    closing = [licence, question("provenance/contributors/0/name")].compactMap { $0 }
    blocks = [
      block(
        "narrative",
        fields: [
          "context", "what_happened", "system_description", "community_impact", "public_engagement", "outcome",
          "accountability",
        ]),
      block("systems", fields: ["name", "kinds", "description", "status", "suppliers"]),
      block("impacts", fields: ["direction", "categories", "description", "evidence"]),
      block("engagements", fields: ["name", "methods", "description", "start", "end"]),
      block("timeline", fields: ["date", "event", "type"]),
      block("related", fields: ["id", "relation", "note"]),
    ].filter { !$0.questions().isEmpty }
  }
}

extension GuidedForm {
  /// `questions` with each one's ``Question/prerequisites``: the earlier questions of the same
  /// object that the object requires (`period/end` needs `period/start`).
  static func linked(_ questions: [Question], schema: CaseStudySchema) -> [Question] {
    var linked: [Question] = []
    for var question in questions {
      if let parent = question.pointer.parent, !parent.isRoot {
        question.prerequisites = linked.map(\.pointer).filter {
          $0.parent == parent && schema.isRequired($0, within: parent)
        }
      }
      linked.append(question)
    }
    return linked
  }
}

extension CaseStudySchema {
  /// The question for the field at `pointer`, or nil when the schema has no such field. It is
  /// required when every step from `base` down to it is required.
  func question(at pointer: JSONPointer, within base: JSONPointer) -> Question? {
    guard let definition = schema(at: pointer) else { return nil }
    let kind: Question.Kind
    let isArray = definition["type"]?.stringValue == "array"
    if let name = vocabularyName(of: definition), let vocabulary = vocabulary(name) {
      kind = isArray ? .terms(vocabulary) : .term(vocabulary)
    } else if isArray {
      kind = .texts
    } else if isDate(definition) {
      kind = .date
    } else if definition["format"]?.stringValue == "uri" {
      kind = .url
    } else {
      kind = .text
    }
    // A field of a nested object is named with its object: "Public body: name".
    var title = definition["title"]?.stringValue ?? pointer.tokens.last ?? ""
    var parent = pointer.parent
    if let last = parent?.tokens.last, JSONPointer.arrayIndex(last) != nil {
      parent = parent?.parent.map { $0.appending(last) }
    }
    if let parent, !parent.isRoot, let context = schema(at: parent)?["title"]?.stringValue {
      title = context + ": " + title.prefix(1).lowercased() + title.dropFirst()
    }
    return Question(
      pointer: pointer, title: title,
      description: definition["description"]?.stringValue ?? "", isRequired: isRequired(pointer, within: base),
      kind: kind)
  }

  /// Whether the field at `pointer` must be there once the object at `base` is: each step
  /// below `base` is a required property, or an array element within the array's `minItems`.
  public func isRequired(_ pointer: JSONPointer, within base: JSONPointer) -> Bool {
    guard pointer.tokens.starts(with: base.tokens), pointer.tokens.count > base.tokens.count else { return false }
    var parent = JSONPointer(Array(pointer.tokens.prefix(base.tokens.count)))
    for token in pointer.tokens.dropFirst(base.tokens.count) {
      guard let container = schema(at: parent) else { return false }
      if let index = JSONPointer.arrayIndex(token), container["type"]?.stringValue == "array" {
        guard index < container["minItems"]?.numberValue.flatMap({ Int($0.lexeme) }) ?? 0 else { return false }
      } else {
        guard container["required"]?.arrayValue?.contains(.string(token)) == true else { return false }
      }
      parent = parent.appending(token)
    }
    return true
  }

  /// Whether a field schema is one of the date definitions (it has their pattern).
  private func isDate(_ definition: JSONValue) -> Bool {
    guard let pattern = definition["pattern"] else { return false }
    return ["partialDate", "fullDate"].contains { definitions[$0]?["pattern"] == pattern }
  }
}

extension JSONPointer {
  /// A pointer from a slash-separated path without the leading slash (`organisations/0/name`).
  init(parsingPath path: String) {
    self.init(path.split(separator: "/").map(String.init))
  }
}
