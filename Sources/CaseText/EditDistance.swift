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

  /// The edit distance counting a swap of two neighbouring characters as one edit (the
  /// optimal string alignment distance): `polcing` is one edit from `plocing`, two from `policing`
  /// by insertion and deletion alike.
  public static func withTranspositions(_ first: String, _ second: String) -> Int {
    let a = Array(first.unicodeScalars)
    let b = Array(second.unicodeScalars)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { rows[i][0] = i }
    for j in 0...b.count { rows[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, rows[i - 2][j - 2] + 1) }
        rows[i][j] = best
      }
    }
    return rows[a.count][b.count]
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

  /// The Levenshtein distance between `a` and `b` when it is at most `limit`, else nil;
  /// stops as soon as every way through exceeds the limit.
  static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
    if abs(a.count - b.count) > limit { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return nil }
      swap(&previous, &current)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}

/// "Did you mean" over a fixed list of candidates, asked many times: the candidates are
/// folded once and grouped by length, so a word is compared only with those whose length is
/// within its edit limit, and each comparison stops once the limit is exceeded.
public struct TypoFinder: Sendable {
  private let candidates: [String]
  /// Lowercased candidates' scalars, by scalar count, with their positions in `candidates`.
  private let byLength: [Int: [(scalars: [Unicode.Scalar], position: Int)]]

  public init(_ candidates: [String]) {
    self.candidates = candidates
    var byLength: [Int: [(scalars: [Unicode.Scalar], position: Int)]] = [:]
    for (position, candidate) in candidates.enumerated() {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      byLength[scalars.count, default: []].append((scalars, position))
    }
    self.byLength = byLength
  }

  /// What ``EditDistance/likelyTypo(of:among:)`` gives for `word` among the candidates.
  public func likelyTypo(of word: String) -> String? {
    let scalars = Array(word.lowercased().unicodeScalars)
    let limit = max(2, word.count / 3)
    var best: (distance: Int, position: Int)?
    for length in max(0, scalars.count - limit)...(scalars.count + limit) {
      for candidate in byLength[length] ?? [] where candidates[candidate.position] != word {
        guard
          let distance = EditDistance.between(scalars, candidate.scalars, limit: min(limit, best?.distance ?? limit))
        else { continue }
        // The nearest; of equals, the earliest.
        if best.map({ (distance, candidate.position) < $0 }) ?? true { best = (distance, candidate.position) }
      }
    }
    return best.map { candidates[$0.position] }
  }
}
