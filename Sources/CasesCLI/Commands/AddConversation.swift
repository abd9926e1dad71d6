import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// The guided `cases add`: one question at a time, in a plain terminal of any width, with or
/// without colour. Every answer is checked at once; nothing is written until the user
/// confirms the finished case.
struct AddConversation {
  let session: AddSession
  private let form: GuidedForm
  private let style: TextStyle
  private let width: Int
  private var draft: JSONValue = .object(JSONObject())

  /// The end of input: the user stopped (Ctrl-D).
  private struct Stopped: Error {}

  /// Vocabularies longer than this are not listed with each question (`?` lists them).
  static let listedTerms = 30

  init(session: AddSession) {
    self.session = session
    form = GuidedForm(schema: session.addition.repository.schema, defaultLicence: session.addition.commonLicence)
    style = session.options.global.outputStyle(session.context)
    width = min(session.context.width, 100)
  }

  private var out: TextOutput { session.context.stdout }

  mutating func run() throws -> ExitStatus {
    do {
      return try Interruption.stopping(message: "\nStopped: nothing was written.\n") { try converse() }
    } catch is Stopped {
      out.line("")
      out.flush()
      session.context.stderr.line("Stopped at the end of input: nothing was written.")
      return .failure
    }
  }

  private mutating func converse() throws -> ExitStatus {
    let addition = session.addition
    let folder = session.context.displayPath(addition.repository.location.caseStudiesFolder)
    out.line(
      style.bold("Adding a case study to \(folder)/")
        + " (\(Plural.count(addition.existingIDs.count, "case", "cases")) there now).")
    say(
      "Answer each question and press Enter. Leave optional ones empty to skip them; type ? for help. "
        + "Nothing is written until you confirm at the end; Ctrl-C or Ctrl-D stops at any point.")
    for question in form.core {
      try ask(question)
      if question.pointer == JSONPointer(["title"]) { try askID() }
    }
    try askList(form.sources)
    for question in form.closing { try ask(question) }
    for block in form.blocks { try offer(block) }
    return try conclude()
  }

  // MARK: - Questions

  private mutating func ask(_ question: Question) throws {
    if question.prerequisites.contains(where: { $0.resolve(in: draft) == nil }) { return }
    introduce(question)
    while true {
      let typed = try readAnswer()
      if typed.trimmingWhitespace() == "?" {
        explain(question)
        continue
      }
      switch question.interpret(typed) {
      case .skipped:
        return
      case .problem(let message):
        complain(message)
      case .value(let value):
        let candidate = draft.setting(value, at: question.pointer)
        let findings = session.addition.findings(candidate, under: question.pointer)
        let errors = findings.filter { $0.severity == .error }
        if errors.isEmpty {
          for warning in findings { out.line("  " + style.warning("warning:") + " " + warning.message) }
          draft = candidate
          return
        }
        for error in errors { complain(error.message) }
      }
    }
  }

  /// The id, offered as a slug of the title.
  private mutating func askID() throws {
    let addition = session.addition
    let slug = CaseID.slug(draft["title"]?.stringValue ?? "")
    let suggested = slug.isEmpty ? nil : CaseID.unused(slug, isTaken: addition.isTaken)
    let description = addition.repository.schema.schema(at: JSONPointer(["id"]))?["description"]?.stringValue ?? ""
    out.line("")
    heading("Id", note: suggested.map { "press Enter for \($0)" } ?? "required")
    say(description, indent: 2, dim: true)
    while true {
      let typed = try readAnswer().trimmingWhitespace()
      let id = typed.isEmpty ? suggested : typed
      guard let id else {
        complain("the title has no letters a–z to make an id from; type one")
        continue
      }
      if let problem = CaseID.problem(with: id) {
        complain(problem)
      } else if addition.isTaken(id) {
        complain("\(session.context.displayPath(addition.path(for: id))) exists already; choose another id")
      } else {
        draft = draft.setting(.string(id), at: JSONPointer(["id"]))
        return
      }
    }
  }

  /// A block offered with a yes/no question: a list may be answered several times.
  private mutating func offer(_ block: GuidedForm.Block) throws {
    let article = "aeiou".contains(block.noun.prefix(1)) ? "an" : "a"
    out.line("")
    say(block.description, dim: true)
    if block.isList {
      guard try confirm("Add \(article) \(block.noun)?", default: false) else { return }
      try askList(block, askingFirst: false)
    } else if try confirm("Write the \(block.noun) now?", default: false) {
      for question in block.questions() { try ask(question) }
    }
  }

  /// The elements of a list block, one after another while the user wants more.
  private mutating func askList(_ block: GuidedForm.Block, askingFirst: Bool = true) throws {
    if askingFirst {
      out.line("")
      heading(
        block.noun.prefix(1).uppercased() + block.noun.dropFirst() + "s",
        note: block.isRequired ? "at least one" : "optional")
      say(block.description, indent: 2, dim: true)
    }
    var index = block.pointer.resolve(in: draft)?.arrayValue?.count ?? 0
    repeat {
      if block.pointer == JSONPointer(["sources"]) {
        // Sources are referred to by short ids; s1, s2, … is the convention.
        draft = draft.setting(.string("s\(index + 1)"), at: block.pointer.appending(index).appending("id"))
      }
      for question in block.questions(element: index) { try ask(question) }
      index += 1
    } while try confirm("Add another \(block.noun)?", default: false)
  }

  // MARK: - The end

  private mutating func conclude() throws -> ExitStatus {
    let addition = session.addition
    let value = try addition.completed(draft)
    let findings = addition.findings(value)
    let study = CaseStudy(value)
    out.line("")
    out.line(style.bold("Here is the case as `cases show` will show it:"))
    out.line("")
    out.write(CaseRenderer(style: style, width: width).render(CaseOutline(study, schema: addition.repository.schema)))
    out.line("")
    let diagnostics = DraftDiagnostics()
    for finding in findings { out.line(session.errorPrinter.render(diagnostics.diagnostic(finding))) }
    guard !findings.contains(where: { $0.severity == .error }) else {
      return session.notWritten("the case study is not valid")
    }
    let shown = session.context.displayPath(addition.path(for: study.id))
    guard try confirm("Write \(shown)?", default: true) else {
      session.context.stderr.line("Nothing was written.")
      return .failure
    }
    return try session.write(value)
  }

  // MARK: - Reading and writing

  private func introduce(_ question: Question) {
    out.line("")
    var note = question.isRequired ? "required" : "optional"
    if question.takesSeveral { note += "; several, separated by commas" }
    if let defaultAnswer = question.defaultAnswer { note = "press Enter for \(defaultAnswer)" }
    heading(question.title, note: note)
    var description = question.description
    if case .date = question.kind { description += " Write 2020, 2020-08 or 2020-08-13." }
    say(description, indent: 2, dim: true)
    guard let vocabulary = question.vocabulary else { return }
    if vocabulary.terms.count <= AddConversation.listedTerms {
      list(vocabulary, definitions: .firstLine)
    } else {
      say("Type a code or a name; ? lists all \(vocabulary.terms.count).", indent: 2)
    }
  }

  /// Help for `?`: the whole vocabulary with its definitions, or the description again.
  private func explain(_ question: Question) {
    guard let vocabulary = question.vocabulary else {
      say(question.description + " Leave it empty to skip an optional question.", indent: 2)
      return
    }
    list(vocabulary, definitions: vocabulary.terms.count <= AddConversation.listedTerms ? .whole : .none)
    say(
      "Type numbers, ids, names or the start of an id" + (question.takesSeveral ? ", separated by commas." : "."),
      indent: 2)
  }

  private enum DefinitionLength { case none, firstLine, whole }

  private func list(_ vocabulary: Vocabulary, definitions: DefinitionLength) {
    let numberWidth = String(vocabulary.terms.count).count
    let idWidth = vocabulary.terms.map(\.id.count).max() ?? 0
    let indent = 2 + numberWidth + 2 + idWidth + 2
    for (index, term) in vocabulary.terms.enumerated() {
      let number = String(index + 1)
      var line = "  " + String(repeating: " ", count: numberWidth - number.count) + number + "  " + term.id
      let text = term.definition.isEmpty ? term.label : term.definition
      switch definitions {
      case .none:
        line += term.label == term.id ? "" : String(repeating: " ", count: idWidth - term.id.count) + "  " + term.label
      case .firstLine:
        let room = width - indent
        if room >= 20 {
          let shown = text.count > room ? text.prefix(room - 1) + "…" : text
          line += String(repeating: " ", count: idWidth - term.id.count) + "  " + style.dim(String(shown))
        }
      case .whole:
        let wrapped = text.wrapped(to: width, indent: indent)
        line += String(repeating: " ", count: idWidth - term.id.count) + "  " + wrapped.dropFirst(indent)
      }
      out.line(line)
    }
  }

  private func heading(_ title: String, note: String) {
    out.line(style.bold(title) + " " + style.dim("(\(note))"))
  }

  private func say(_ text: String, indent: Int = 0, dim: Bool = false) {
    guard !text.isEmpty else { return }
    let wrapped = text.wrapped(to: width, indent: indent)
    out.line(dim ? style.dim(wrapped) : wrapped)
  }

  private func complain(_ message: String) {
    let wrapped = message.wrapped(to: width, indent: 4)
    out.line("  " + style.error("!") + " " + wrapped.dropFirst(4))
  }

  private func readAnswer() throws -> String {
    out.write(style.bold("> "))
    out.flush()
    guard let line = session.context.stdin.readLine() else { throw Stopped() }
    return line
  }

  /// A yes-or-no question; an empty answer takes `default`.
  private func confirm(_ question: String, default yes: Bool) throws -> Bool {
    while true {
      out.write(style.bold(question) + (yes ? " [Y/n] " : " [y/N] "))
      out.flush()
      guard let line = session.context.stdin.readLine() else { throw Stopped() }
      switch line.trimmingWhitespace().lowercased() {
      case "": return yes
      case "y", "yes": return true
      case "n", "no": return false
      default: complain("answer y or n")
      }
    }
  }
}
