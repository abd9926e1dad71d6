import CaseText

/// "Did you mean …?" for the command line: the closest candidate by edit distance.
public enum Suggestions {
  /// The candidate nearest to `word` with an edit distance below `limit`; ties go to the
  /// earlier candidate.
  public static func closest(to word: String, among candidates: [String], below limit: Int) -> String? {
    EditDistance.closest(to: word, among: candidates, below: limit)
  }

  /// The Levenshtein distance between two strings.
  public static func editDistance(_ first: String, _ second: String) -> Int {
    EditDistance.between(first, second)
  }
}
