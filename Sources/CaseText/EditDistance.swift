/// Edit distance and "did you mean" suggestions, shared by every part of `cases` that suggests
/// the nearest allowed value, option, property or word.
public enum EditDistance {
  /// The Levenshtein distance between two strings, counted in Unicode scalars.
  public static func between(_ first: String, _ second: String) -> Int {
    let a = Array(first.unicodeScalars)
    let b = Array(second.unicodeScalars)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The candidate nearest to `word` at a distance below `limit`; ties go to the earlier one.
  public static func closest(to word: String, among candidates: [String], below limit: Int) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = between(word, candidate)
      if distance < limit && distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// The candidate most likely meant by a mistyped `word`: within a third of its length (at
  /// least 2 edits), ignoring case, and not `word` itself.
  public static func likelyTypo(of word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    return closest(
      to: lowered, among: candidates.filter { $0 != word }.map { $0.lowercased() }, below: max(2, word.count / 3) + 1
    ).flatMap { match in candidates.first { $0.lowercased() == match } }
  }
}
