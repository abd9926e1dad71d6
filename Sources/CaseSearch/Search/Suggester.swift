import CaseText

/// "Did you mean": the index's own words nearest to a word it does not have.
struct Suggester {
  let reader: IndexReader

  /// Suggestions are words of at least this many letters: a shorter one ("1" for "x") is
  /// never what was meant.
  static let shortestSuggestion = 3

  /// The nearest indexed word within a small edit distance of `word` (the most frequent
  /// among the nearest).
  func suggestion(for word: String) throws(IndexError) -> String? {
    Suggester.best(of: try nearTerms(to: word))
  }

  /// The suggestion among near terms (nearest and most frequent first): the first long enough.
  static func best(of near: [(info: TermInfo, distance: Int)]) -> String? {
    near.first { $0.info.displayWord.count >= shortestSuggestion }?.info.displayWord
  }

  /// The near term to search instead of a word the index lacks, when one is clearly best: the
  /// only one at the smallest distance, or at least twice as common as the next there.
  static func correction(among near: [(info: TermInfo, distance: Int)], typed word: String) -> TermInfo? {
    // Two edits only in a long word, and never a different first letter: `uber` is not `user`.
    let candidates = near.filter { candidate in
      candidate.info.displayWord.count >= shortestSuggestion && (candidate.distance == 1 || word.count >= 8)
        && candidate.info.displayWord.first == word.first
    }
    guard let first = candidates.first else { return nil }
    guard candidates.count > 1 else { return first.info }
    let second = candidates[1]
    if second.distance > first.distance { return first.info }
    return first.info.documentFrequency >= 2 * second.info.documentFrequency ? first.info : nil
  }

  /// How to show a correction: the typed word with its stem replaced by the correction's
  /// (`polcing` → `policing`) when that word has the correction's stem, else the correction's
  /// most frequent word.
  static func shown(_ correction: TermInfo, typed word: String, stem: String) -> String {
    if word.count > stem.count, word.hasPrefix(stem) {
      let candidate = correction.text + word.dropFirst(stem.count)
      var bytes = Array(candidate.utf8)
      PorterStemmer.stem(&bytes)
      if String(decoding: bytes, as: UTF8.self) == correction.text { return candidate }
    }
    return correction.displayWord
  }

  /// Index terms whose display word is within 1 edit (words up to 5 letters) or 2 edits of
  /// `word`, nearest and most frequent first.
  func nearTerms(to word: String, stem: String? = nil) throws(IndexError) -> [(info: TermInfo, distance: Int)] {
    let limit = word.count <= 5 ? 1 : 2
    var found: [(info: TermInfo, distance: Int)] = []
    for info in try reader.allTerms() {
      // Near the word as written, or (`polcing` for `policing`) near the term its stem is near.
      var distance = Int.max
      if abs(info.displayWord.count - word.count) <= limit {
        distance = EditDistance.withTranspositions(word, info.displayWord)
      }
      if let stem, stem.count >= 4, abs(info.text.count - stem.count) <= limit {
        distance = min(distance, EditDistance.withTranspositions(stem, info.text))
      }
      if distance <= limit && distance > 0 { found.append((info, distance)) }
    }
    return found.sorted {
      ($0.distance, -$0.info.documentFrequency, $0.info.text) < ($1.distance, -$1.info.documentFrequency, $1.info.text)
    }
    .prefix(8).map { $0 }
  }
}
