import CaseJSON
import CaseKit

/// Findings about a case being added, placed where the user can fix them: at the line and
/// column of the draft file they wrote, or at the option that set the value.
struct DraftDiagnostics {
  /// The draft as the user sees it (`draft.json`, `<stdin>`), when there is one.
  var draftPath: String?
  /// The parsed draft, whose node locations the findings are placed at.
  var draft: JSONDocument?
  /// The locations options set (`/title` ← `--title`).
  var options: [(pointer: JSONPointer, option: String)] = []

  func diagnostic(_ finding: Finding) -> Diagnostic {
    var diagnostic = Diagnostic(finding, path: draftPath ?? "cases")
    diagnostic.finding.location = nil
    let pointer = finding.instanceLocation ?? .root
    if let set = options.first(where: { pointer.tokens.starts(with: $0.pointer.tokens) }) {
      diagnostic.path = set.option
      return diagnostic
    }
    guard let draft, draftPath != nil else {
      if draftPath == nil && !pointer.isRoot { diagnostic.finding.message = "\(pointer): " + finding.message }
      return diagnostic
    }
    // The value's own place, or the nearest enclosing one the draft has (a missing member is
    // reported at its object).
    var tokens = pointer.tokens
    while JSONPointer(tokens).resolve(in: draft.root) == nil && !tokens.isEmpty { tokens.removeLast() }
    let node = JSONPointer(tokens).resolve(in: draft.root)
    diagnostic.finding.location = node?.location
    // An unknown property: at its name, as `cases validate` reports it.
    if let property = finding.property, tokens == pointer.tokens,
      let key = node?.members.first(where: { $0.key.stringValue == property })?.key
    {
      diagnostic.finding.location = key.location
    }
    return diagnostic
  }

  /// A parse error of the draft, at its place.
  func diagnostic(_ error: JSONParseError) -> Diagnostic {
    Diagnostic(.error, path: draftPath ?? "cases", location: error.location, message: error.message, rule: "json")
  }
}
