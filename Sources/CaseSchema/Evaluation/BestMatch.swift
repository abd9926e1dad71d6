/// Chooses the error to show when every alternative of an `anyOf` or `oneOf` fails, after
/// python-jsonschema's `best_match`: prefer the alternative the value most resembles (one
/// that did not fail on its type), then the fewest errors, then the deepest error.
enum BestMatch {
  static func best(_ branches: [[ValidationError]]) -> ValidationError? {
    let candidates = branches.filter { !$0.isEmpty }
    guard !candidates.isEmpty else { return nil }
    func typeMismatch(_ errors: [ValidationError]) -> Bool {
      errors.contains { $0.keyword == "type" && $0.instanceLocation == errors[0].instanceLocation }
        && errors.allSatisfy { $0.instanceLocation.tokens.count <= errors[0].instanceLocation.tokens.count }
    }
    // swift-format-ignore: NeverForceUnwrap
    // `candidates` is not empty.
    let branch = candidates.min { a, b in
      (typeMismatch(a) ? 1 : 0, a.count) < (typeMismatch(b) ? 1 : 0, b.count)
    }!
    let best = branch.max { $0.instanceLocation.tokens.count < $1.instanceLocation.tokens.count } ?? branch[0]
    // An error that is itself a summary of alternatives: descend to its own best match.
    if !best.context.isEmpty, let inner = BestMatch.best([best.context]) { return inner }
    return best
  }
}
