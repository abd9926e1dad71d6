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

  /// Index terms whose display word is within 1 edit (words up to 5 letters) or 2 edits of
  /// `word`, nearest and most frequent first.
  func nearTerms(to word: String) throws(IndexError) -> [(info: TermInfo, distance: Int)] {
    let limit = word.count <= 5 ? 1 : 2
    var found: [(info: TermInfo, distance: Int)] = []
    for info in try reader.allTerms() where abs(info.displayWord.count - word.count) <= limit {
      let distance = EditDistance.between(word, info.displayWord)
      if distance <= limit && distance > 0 { found.append((info, distance)) }
    }
    return found.sorted {
      ($0.distance, -$0.info.documentFrequency, $0.info.text) < ($1.distance, -$1.info.documentFrequency, $1.info.text)
    }
    .prefix(8).map { $0 }
  }
}
