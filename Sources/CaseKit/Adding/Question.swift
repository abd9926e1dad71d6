import CaseJSON
import CaseText

/// One field the guided `cases add` asks for, and how a typed answer becomes a JSON value.
public struct Question: Sendable {
  /// What kind of answer the field takes.
  public enum Kind: Sendable {
    case text
    /// Several texts, separated by commas.
    case texts
    /// One term of a vocabulary: a number from the list, an id, an alias, a label or a prefix.
    case term(Vocabulary)
    /// Several terms, separated by commas.
    case terms(Vocabulary)
    /// A year, a month or a day: `2020`, `2020-08`, `2020-08-13`.
    case date
    /// A web address.
    case url
  }

  /// Where the answer goes in the case.
  public let pointer: JSONPointer
  public let title: String
  /// The field's description, from the schema.
  public let description: String
  public let isRequired: Bool
  public let kind: Kind
  /// The answer an empty line gives, when there is one.
  public var defaultAnswer: String?
  /// Fields that must have been answered for this one to be asked (`period/end` needs
  /// `period/start`, which the period requires).
  public var prerequisites: [JSONPointer] = []

  public init(
    pointer: JSONPointer, title: String, description: String, isRequired: Bool, kind: Kind, defaultAnswer: String? = nil
  ) {
    self.pointer = pointer
    self.title = title
    self.description = description
    self.isRequired = isRequired
    self.kind = kind
    self.defaultAnswer = defaultAnswer
  }

  /// The vocabulary the answer is chosen from, if any.
  public var vocabulary: Vocabulary? {
    switch kind {
    case .term(let vocabulary), .terms(let vocabulary): vocabulary
    case .text, .texts, .date, .url: nil
    }
  }

  /// Whether several values may be given, separated by commas.
  public var takesSeveral: Bool {
    switch kind {
    case .texts, .terms: true
    case .text, .term, .date, .url: false
    }
  }

  /// What a typed answer means.
  public enum Interpretation: Sendable, Equatable {
    /// Nothing typed for an optional field.
    case skipped
    case value(JSONValue)
    /// The answer cannot be used; the message says why and what would do.
    case problem(String)
  }

  /// The JSON value for what was typed (spaces around it ignored; an empty answer takes the
  /// default, or skips an optional field).
  public func interpret(_ typed: String) -> Interpretation {
    let answer = typed.trimmingWhitespace()
    if answer.isEmpty {
      if let defaultAnswer { return interpret(defaultAnswer) }
      return isRequired ? .problem("an answer is required here") : .skipped
    }
    switch kind {
    case .text:
      return .value(.string(answer))
    case .texts:
      return .value(.array(Question.items(answer).map(JSONValue.string)))
    case .url:
      guard answer.lowercased().hasPrefix("https://") || answer.lowercased().hasPrefix("http://") else {
        return .problem("\(quoted(answer)) is not a whole web address; write it with https:// at the start")
      }
      return .value(.string(answer))
    case .date:
      guard let date = Question.normalizedDate(answer) else {
        let typed = Question.paddedDate(answer)
        if let impossibility = typed.flatMap(PartialDate.impossibility) {
          return .problem("\(quoted(answer)) is not a date: \(impossibility)")
        }
        return .problem("\(quoted(answer)) is not a date; write a year, a month or a day: 2020, 2020-08 or 2020-08-13")
      }
      return .value(.string(date))
    case .term(let vocabulary):
      let items = Question.items(answer)
      guard items.count == 1 else { return .problem("give one value here, not \(items.count)") }
      return Question.term(items[0], in: vocabulary).map { .value(.string($0)) }
        ?? .problem(Question.miss(items[0], in: vocabulary))
    case .terms(let vocabulary):
      var ids: [String] = []
      for item in Question.items(answer) {
        guard let id = Question.term(item, in: vocabulary) else { return .problem(Question.miss(item, in: vocabulary)) }
        if !ids.contains(id) { ids.append(id) }
      }
      return .value(.array(ids.map(JSONValue.string)))
    }
  }

  /// The comma-separated items of an answer, trimmed, empty ones dropped.
  static func items(_ answer: String) -> [String] {
    answer.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  /// The term id a typed item means: a number from the list (1-based), or what
  /// ``Vocabulary/resolve(_:)`` finds.
  static func term(_ item: String, in vocabulary: Vocabulary) -> String? {
    if let number = Int(item) {
      return (1...vocabulary.terms.count).contains(number) ? vocabulary.terms[number - 1].id : nil
    }
    if case .term(let id) = vocabulary.resolve(item) { return id }
    return nil
  }

  /// Why a typed item matches no term, with the nearest ones.
  static func miss(_ item: String, in vocabulary: Vocabulary) -> String {
    if let number = Int(item) { return "there is no number \(number); choose from 1 to \(vocabulary.terms.count)" }
    switch vocabulary.resolve(item) {
    case .ambiguous(let ids):
      return "\(quoted(item)) could be " + ids.map(quoted).joined(separator: ", ") + "; type more of it"
    case .unknown(let suggestions) where !suggestions.isEmpty:
      return "\(quoted(item)) is not a known \(noun(vocabulary)); did you mean "
        + suggestions.map(quoted).joined(separator: " or ") + "?"
    default:
      return "\(quoted(item)) is not a known \(noun(vocabulary)); type ? to see them all"
    }
  }

  /// The vocabulary's title as a noun in a sentence: `topic`, `level of government`, `AI assistance`.
  static func noun(_ vocabulary: Vocabulary) -> String {
    let title = vocabulary.title
    guard let first = title.first, !(title.dropFirst().first?.isUppercase ?? false) else { return title }
    return first.lowercased() + title.dropFirst()
  }

  /// `2020`, `2020-08` or `2020-08-13` for a date typed with or without leading zeros
  /// (`2020-8-3`), or nil when it is not a real date.
  public static func normalizedDate(_ typed: String) -> String? {
    paddedDate(typed).flatMap { PartialDate($0) == nil ? nil : $0 }
  }

  /// `typed` with one-digit months and days padded (`2020-8-3` → `2020-08-03`), whether or
  /// not it is a real date; nil when it is not digits and hyphens in one to three parts.
  static func paddedDate(_ typed: String) -> String? {
    let parts = typed.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    return ([String(parts[0])] + parts.dropFirst().map { $0.count == 1 ? "0" + $0 : String($0) }).joined(separator: "-")
  }
}
