import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// `cases add --edit`: the draft in the user's editor, reopened with its errors listed at the
/// top until it is valid or the user gives up (quits without changing it, empties it, or the
/// editor fails); the draft is then kept and its path printed.
struct AddEditor {
  let session: AddSession

  func run() throws -> ExitStatus {
    let context = session.context
    let editor = Editor.command(in: context.environment)
    var body = try startingDraft()
    let draftPath = try draftFile(title: (try? JSONDocument(parsing: body))?.root["title"]?.stringValue)
    let shown = context.displayPath(draftPath)
    var notes = AddEditor.instructions(schema: session.addition.repository.schema)
    while true {
      try save(DraftText.compose(notes: notes, json: body), to: draftPath)
      let status: Int32
      do {
        status = try Editor.edit(draftPath, with: editor, environment: context.environment)
      } catch {
        throw CommandFailure("cannot start the editor: \(error)", hints: ["Help:  the draft is kept in \(shown)"])
      }
      // The shell's 127 and 126: the editor is not there, or cannot be run. That is an error, not giving up.
      if status == 127 || status == 126 {
        throw CommandFailure(
          "cannot start the editor '\(editor)': " + (status == 127 ? "no such command" : "it cannot be run"),
          hints: ["Help:  set VISUAL or EDITOR to an editor you have; the draft is kept in \(shown)"])
      }
      guard status == 0 else { return gaveUp("the editor exited with status \(status)", draftPath: shown) }
      let saved = try context.readInput(draftPath).bytes
      let (newBody, firstLine) = DraftText.body(saved)
      if newBody.isEmpty { return gaveUp("the draft is empty", draftPath: shown) }
      if newBody.elementsEqual(body) { return gaveUp("the draft was not changed", draftPath: shown) }
      body = Array(newBody)

      // Locations are those of the file as saved (its notes blanked, not removed).
      var locator = DraftDiagnostics(draftPath: shown)
      var draft: JSONValue = .null
      var problems: [Diagnostic]
      do {
        let document = try JSONDocument(parsing: DraftText.blankingNotes(saved))
        locator.draft = document
        draft = document.root.value
        problems = check(draft, locator: locator)
      } catch {
        problems = [locator.diagnostic(error)]
      }
      if problems.isEmpty {
        let exit = try session.finish(draft, locator: locator)
        if exit == .success && !session.options.dryRun {
          drafts.remove(draftPath)
        } else {
          context.stderr.line("The draft is kept in \(shown).")
        }
        return exit
      }
      // Reopen with the problems at the top, at the lines they have in the new file.
      let header = AddEditor.problemNotes(problems.count)
      let shift = DraftText.lineCount(ofNotes: header + problems.map(\.finding.message)) - (firstLine - 1)
      for index in problems.indices { problems[index].finding.location?.line += shift }
      notes =
        header
        + problems.map { problem in
          (problem.finding.location.map { "line \($0.line), column \($0.column): " } ?? "") + problem.finding.message
        }
      session.report(problems)
      context.stderr.line(
        "The draft has \(Plural.count(problems.count, "problem", "problems")); reopening it in the editor.")
    }
  }

  /// The errors of a draft (completed as it would be written), or none when it can be added.
  private func check(_ draft: JSONValue, locator: DraftDiagnostics) -> [Diagnostic] {
    guard case .object = draft else {
      return [
        Diagnostic(
          .error, path: locator.draftPath, location: locator.draft?.root.location,
          message: "a draft is a JSON object, {…}")
      ]
    }
    let value: JSONValue
    do {
      value = try session.addition.completed(draft)
    } catch {
      let finding = Finding(
        .error, rule: "id", message: error.description + "; " + error.hint, instanceLocation: JSONPointer(["id"]))
      return [locator.diagnostic(finding)]
    }
    return session.addition.findings(value).filter { $0.severity == .error }.map(locator.diagnostic)
  }

  // MARK: - The draft

  /// The JSON to start from: the `--from` draft as it is (so one kept after giving up goes on
  /// as it was left), with the field options applied; or an outline of the required fields.
  private func startingDraft() throws -> [UInt8] {
    let options = session.options
    let addition = session.addition
    var draft = AddEditor.outline(
      defaultLicence: addition.commonLicence, repositoryHasLicence: addition.repository.schema.settings.licence != nil)
    if let from = options.from {
      let (bytes, shown) = try session.context.readInput(from)
      guard options.fields.areGiven else { return Array(DraftText.body(bytes).bytes) }
      do {
        draft = try JSONDocument(parsing: DraftText.blankingNotes(bytes)).root.value
      } catch {
        throw CommandFailure(
          "\(shown):\(error.location): \(error.message)", hints: ["Help:  fix the draft, or edit it without options"],
          status: .failure)
      }
    }
    let applied = try options.fields.apply(to: draft, schema: addition.repository.schema).draft
    return Array(DraftText.body(addition.canonicalBytes(applied)).bytes)
  }

  /// Empty required fields to fill in.
  static func outline(defaultLicence: String?, repositoryHasLicence: Bool) -> JSONValue {
    var outline: JSONValue = [
      "title": "", "summary": "", "topics": [],
      "organisations": [["name": "", "kind": "public-body", "country": ""]],
      "sources": [["id": "s1", "url": "", "title": ""]],
    ]
    // Without a repository default, the licence most cases use.
    if !repositoryHasLicence { outline = outline.setting(.string(defaultLicence ?? ""), at: JSONPointer(["licence"])) }
    return outline
  }

  /// The notes above a new draft.
  static func instructions(schema: CaseStudySchema) -> [String] {
    let topics = "Topics: " + (schema.vocabulary("topics")?.terms.map(\.id).joined(separator: ", ") ?? "")
    return [
      "Fill in the case study below, save, and close the editor to add it.",
      "Lines starting with // are ignored. To stop, close without saving, or empty the file.",
      "The id is made from the title unless you add one. `cases schema` describes every field.",
    ] + topics.wrapped(to: 76).split(separator: "\n").map(String.init) + [
      "Countries are codes such as GB, NL or US; `cases schema --vocab NAME` lists any vocabulary."
    ]
  }

  /// The first notes above a draft with problems.
  static func problemNotes(_ count: Int) -> [String] {
    [
      "The draft has \(Plural.count(count, "problem", "problems")) (lines below are those of this file).",
      "Fix them, save and close; or close without saving to stop (the draft is kept).",
    ]
  }

  /// The repository's drafts.
  private var drafts: DraftFiles { DraftFiles(location: session.addition.repository.location) }

  /// A new draft file in the repository's `.cases/drafts/`, which git ignores, named after the title.
  private func draftFile(title: String?) throws -> String {
    do {
      return try drafts.newPath(title: title)
    } catch {
      throw CommandFailure("cannot create \(session.context.displayPath(error.path)): \(error.message)")
    }
  }

  private func save(_ bytes: [UInt8], to path: String) throws {
    do {
      try drafts.save(bytes, to: path)
    } catch {
      throw CommandFailure("cannot write the draft: \(error)")
    }
  }

  private func gaveUp(_ reason: String, draftPath: String) -> ExitStatus {
    session.context.stderr.line("Stopped: \(reason), so nothing was added.")
    session.context.stderr.line(
      "Your draft is kept in \(draftPath); go on with `cases add --edit --from \(draftPath)`.")
    return .failure
  }
}
