/// Chooses the error to show when every alternative of an `anyOf` or `oneOf` fails, in the
/// spirit of python-jsonschema's `best_match`: the alternative the value most resembles.
///
/// An alternative is closer when it did not fail on the value's own type, when fewer of the
/// value's properties fail a `const` or `enum` (the discriminating fields matched), when its
/// errors reach further into the value (its shallowest error is deeper: the value's shape
/// matched and only a part of it is wrong), and when it has fewer errors. Within the
/// closest alternative the deepest error is shown; when that error sums up alternatives of
/// its own, their choice is followed down.
enum BestMatch {
  /// The alternative's error to show, and its position in the alternatives' errors joined.
  static func choose(_ branches: [[Finding]], depth: Int) -> Int? {
    func key(_ errors: [Finding]) -> (Int, Int, Int, Int) {
      let depths = errors.map(\.depth)
      let shallowest = depths.min() ?? depth
      let typeMismatch = errors.contains { $0.rule == "type" && $0.depth == depth }
      let discriminators = errors.count {
        ($0.rule == "const" || $0.rule == "enum") && $0.depth == depth + 1
      }
      return (typeMismatch ? 1 : 0, discriminators, -shallowest, errors.count)
    }
    var best: (branch: Int, key: (Int, Int, Int, Int))?
    for (number, errors) in branches.enumerated() where !errors.isEmpty {
      let candidate = key(errors)
      if best.map({ candidate < $0.key }) ?? true { best = (number, candidate) }
    }
    guard let best else { return nil }
    let errors = branches[best.branch]
    var deepest = 0
    for (index, error) in errors.enumerated()
    where error.depth > errors[deepest].depth {
      deepest = index
    }
    return branches[..<best.branch].reduce(0) { $0 + $1.count } + deepest
  }

  /// The error a summary stands for: itself, or, following each summary's choice, the error
  /// deep inside it that its message repeats.
  static func leaf(_ error: Finding) -> Finding {
    var error = error
    while let closest = error.closest, error.context.indices.contains(closest) { error = error.context[closest] }
    return error
  }
}
