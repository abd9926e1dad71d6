import CaseJSON
import CaseKit
import CommandLineKit

/// `cases add`: a new case study, guided in a terminal or from a draft and options, checked
/// before anything is written.
enum AddCommand {
  static let command = Command(
    "add",
    abstract: "Add a case study: guided questions, a JSON draft, or options.",
    discussion: """
      In a terminal without options, asks for each field (with its description from the schema), \
      checks every answer at once, shows the case and writes it when you confirm. With --from (a JSON \
      draft, or - for standard input) or the field options, nothing is asked: what can be derived is \
      filled in (the id from the title, schema_version, provenance.created), the case is checked as \
      `cases validate` checks files, and written only when valid. Options override the draft's values. \
      --edit opens the draft in $VISUAL or $EDITOR until it is valid.

      The file is casestudies/<id>.json in the format of `cases fmt`, written atomically; an existing file \
      is never replaced (an id made from the title gets a number instead). A search index, if there is \
      one, is updated. Exit status: 0 added (or valid, with --dry-run), 1 not valid or not confirmed \
      (nothing written), 2 an error.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Option(
      "from", valueName: "file", "A JSON draft of the case (- reads standard input).",
      completion: .file(extensions: ["json"]))
    var from: String?
    @Flag("edit", "Edit the draft in $VISUAL or $EDITOR, reopened with the errors until it is valid.") var edit: Bool
    @Flag("dry-run", "Check the case and print it; write nothing.") var dryRun: Bool
    @OptionGroup var fields: AddFields
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let repository = try RepositoryAccess.open(options.global, context)
    let addition: CaseAddition
    do {
      addition = try CaseAddition(repository: repository, today: .today())
    } catch {
      throw CommandFailure(
        "cannot read the case studies: \(error)",
        hints: [
          "Help:  check that \(context.displayPath(repository.location.caseStudiesFolder)) exists and is readable"
        ])
    }
    let session = AddSession(addition: addition, options: options, context: context)
    if options.edit { return try AddEditor(session: session).run() }
    if options.from != nil || options.fields.areGiven { return try addFromDraft(session) }
    guard context.stdin.isTerminal else {
      throw UsageError(
        "`cases add` asks its questions in a terminal; standard input is not one",
        help:
          "give a draft with --from FILE (or - for standard input), the fields as options (see `cases add --help`), or --edit"
      )
    }
    var conversation = AddConversation(session: session)
    return try conversation.run()
  }

  /// `--from` and the field options: no questions.
  private static func addFromDraft(_ session: AddSession) throws -> ExitStatus {
    var locator = DraftDiagnostics()
    var draft: JSONValue = .object(JSONObject())
    if let from = session.options.from {
      let (bytes, shown) = try session.context.readInput(from)
      locator.draftPath = shown
      do {
        let document = try JSONDocument(parsing: DraftText.blankingNotes(bytes))
        locator.draft = document
        draft = document.root.value
      } catch {
        session.report([locator.diagnostic(error)])
        return session.notWritten("the draft is not JSON")
      }
      guard case .object = draft else {
        session.report([
          Diagnostic(
            .error, path: shown, location: locator.draft?.root.location, message: "a draft is a JSON object, {…}")
        ])
        return session.notWritten("the draft is not a case study")
      }
    }
    let applied = try session.options.fields.apply(to: draft, schema: session.addition.repository.schema)
    locator.options = applied.options
    return try session.finish(applied.draft, locator: locator)
  }
}

/// What every way of adding shares: completing and checking the case, reporting problems,
/// writing it and saying what to do next.
struct AddSession {
  let addition: CaseAddition
  let options: AddCommand.Options
  let context: CommandContext

  var errorPrinter: DiagnosticPrinter { DiagnosticPrinter(style: options.global.errorStyle(context)) }

  /// Completes, checks and (unless `--dry-run`) writes the case; problems are reported against
  /// `locator`'s draft and options.
  func finish(_ draft: JSONValue, locator: DraftDiagnostics) throws -> ExitStatus {
    let value: JSONValue
    do {
      value = try addition.completed(draft)
    } catch {
      var diagnostic = Diagnostic(.error, path: locator.draftPath ?? "cases", message: error.description)
      if draft["id"] != nil {
        diagnostic = locator.diagnostic(
          Finding(.error, rule: "id", message: error.description, instanceLocation: JSONPointer(["id"])))
      }
      context.stderr.line(errorPrinter.render(diagnostic))
      context.stderr.line("Help:  " + error.hint)
      return notWritten("the id cannot be used")
    }
    let findings = addition.findings(value)
    // In the order of the draft; options and fields the draft lacks first.
    report(
      findings.map(locator.diagnostic).sorted {
        ($0.finding.location?.offset ?? -1) < ($1.finding.location?.offset ?? -1)
      })
    let errors = findings.count { $0.severity == .error }
    guard errors == 0 else {
      if locator.draftPath == nil, let missing = missingOptions(value) {
        context.stderr.line("Help:  " + missing)
      }
      return notWritten("the case study is not valid: \(Plural.count(errors, "error", "errors"))")
    }
    return try write(value, idFromTitle: draft["id"] == nil)
  }

  /// Writes a valid, completed case (or prints it, with `--dry-run`) and says what next. An
  /// id made from the title moves on to the next number if another writer takes it first.
  func write(_ value: JSONValue, idFromTitle: Bool = false) throws -> ExitStatus {
    var id = value["id"]?.stringValue ?? ""
    let shown = context.displayPath(addition.path(for: id))
    if options.dryRun {
      context.stdout.write(bytes: addition.canonicalBytes(value))
      context.stderr.line("\(shown) would be written: the case is valid (dry run: nothing written)")
      return .success
    }
    let path: String
    do {
      if idFromTitle {
        let written = try writingWithoutInterruption { () throws(CaseAddError) in
          try addition.writeWithIDFromTitle(value)
        }
        (id, path) = (written.value["id"]?.stringValue ?? id, written.path)
      } else {
        path = try writingWithoutInterruption { () throws(CaseAddError) in try addition.write(value) }
      }
    } catch {
      throw CommandFailure(
        error.description, hints: ["Help:  " + error.hint], status: error.isTaken ? .failure : .error)
    }
    context.stdout.line("Added \(context.displayPath(path))")
    updateIndex()
    context.stdout.line("")
    context.stdout.line("Next steps:")
    context.stdout.line("  cases show \(id)")
    context.stdout.line("  git add \(context.displayPath(path))")
    context.stdout.line("  git commit -m \"Add case study: \(id)\"")
    context.stdout.line("  then push and open a pull request; CI checks it with `cases validate`")
    return .success
  }

  /// Rebuilds the search index when there is one, so that `cases search` finds the case now.
  private func updateIndex() {
    let location = addition.repository.location
    guard CaseIndex.exists(location) else { return }
    do {
      _ = try CaseIndex.build(addition.repository)
      context.stdout.line("Search index updated: `cases search` finds it now.")
    } catch {
      context.stderr.line("note: the search index could not be updated (\(error)); the next `cases search` rebuilds it")
    }
  }

  /// Prints diagnostics on standard error.
  func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { context.stderr.line(errorPrinter.render(diagnostic)) }
  }

  /// Says that nothing was written, and why; the exit status for it.
  func notWritten(_ reason: String) -> ExitStatus {
    context.stderr.line(errorPrinter.style.error("error:") + " \(reason); nothing was written")
    return .failure
  }

  /// For options-only additions: the options that would supply missing required fields.
  private func missingOptions(_ value: JSONValue) -> String? {
    let schema = addition.repository.schema
    let missing = self.options.fields.missing(in: value) { schema.isRequired($0, within: .root) }
    return missing.isEmpty ? nil : "give " + missing.joined(separator: ", ") + " (or a draft with --from)"
  }
}

extension CaseAddError {
  var isTaken: Bool { if case .takenID = self { true } else { false } }
}

/// Runs `body` with Ctrl-C held off, so a case file is written whole or not at all.
func writingWithoutInterruption<T>(_ body: () throws(CaseAddError) -> T) throws(CaseAddError) -> T {
  try Interruption.heldOff(body)
}
