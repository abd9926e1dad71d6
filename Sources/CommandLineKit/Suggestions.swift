/// "Did you mean …?": the closest candidate by edit distance.
public enum Suggestions {
  /// The candidate nearest to `word` with an edit distance below `limit`; ties go to the
  /// earlier candidate.
  public static func closest(to word: String, among candidates: [String], below limit: Int) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(word, candidate)
      if distance < limit && distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    return best?.candidate
  }

  /// The candidates within `limit` edits of `word`, nearest first.
  public static func nearby(_ word: String, among candidates: [String], within limit: Int) -> [String] {
    candidates
      .map { ($0, editDistance(word, $0)) }
      .filter { $0.1 <= limit }
      .sorted { $0.1 < $1.1 }
      .map(\.0)
  }

  /// The Levenshtein distance between two strings, counted in characters.
  public static func editDistance(_ first: String, _ second: String) -> Int {
    let a = Array(first)
    let b = Array(second)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
