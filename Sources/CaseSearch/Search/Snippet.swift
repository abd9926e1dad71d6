/// A short passage of a text around the words a query matched, with their places marked.
public struct Snippet: Sendable, Equatable {
  public var text: String
  /// The ranges of `text` to highlight, in Unicode scalars (code points) from its start.
  public var highlights: [Range<Int>]
  /// How many distinct query terms the passage holds, and how many matches in all: what
  /// makes one passage better than another.
  public var distinctMatches: Int
  public var totalMatches: Int

  public init(text: String, highlights: [Range<Int>], distinctMatches: Int = 0, totalMatches: Int = 0) {
    self.text = text
    self.highlights = highlights
    self.distinctMatches = distinctMatches
    self.totalMatches = totalMatches
  }

  /// The text split into runs, each marked as highlighted or not.
  public var runs: [(text: String, highlighted: Bool)] {
    let scalars = Array(text.unicodeScalars)
    var result: [(text: String, highlighted: Bool)] = []
    var cursor = 0
    func piece(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return String(view)
    }
    for range in highlights where range.lowerBound >= cursor && range.upperBound <= scalars.count {
      if range.lowerBound > cursor { result.append((piece(cursor..<range.lowerBound), false)) }
      result.append((piece(range), true))
      cursor = range.upperBound
    }
    if cursor < scalars.count { result.append((piece(cursor..<scalars.count), false)) }
    return result
  }

  /// The first `words` words of `text`, for results that matched no words (filters only).
  public static func opening(of text: String, words: Int = 30) -> Snippet {
    var end = 0
    var total = 0
    var bytes = text
    bytes.withUTF8 { utf8 in
      Tokenizer.scan(utf8) { _, position, range in
        if position < words { end = max(end, range.upperBound) }
        total = position + 1
      }
    }
    let utf8 = Array(text.utf8)
    let snippet = flatten(String(decoding: utf8[..<end], as: UTF8.self))
    return Snippet(text: snippet + ending(utf8, after: end, isLastWord: total <= words), highlights: [])
  }

  /// The window of about `words` words of `text` holding the most distinct matched terms (and
  /// then the most matches); nil when nothing in `text` matches.
  public static func make(
    from text: String, terms: Set<String>, prefixes: [String], words: Int = 30
  ) -> Snippet? {
    var tokens: [(range: Range<Int>, matched: String?)] = []
    // A hyphenated word arrives joined, then in parts: show the joined word if it matched,
    // else the parts.
    var compound: (range: Range<Int>, matched: Bool, index: Int)?
    // Stemming only changes a word's ending, so words whose first letter starts no term or
    // prefix cannot match and are not stemmed.
    var initials = [Bool](repeating: false, count: 256)
    for term in terms { if let first = term.utf8.first { initials[Int(first)] = true } }
    for prefix in prefixes { if let first = prefix.utf8.first { initials[Int(first)] = true } }
    var bytes = text
    bytes.withUTF8 { utf8 in
      Tokenizer.scan(utf8) { word, _, range in
        var matched: String?
        if let first = word.first, initials[Int(first)] {
          let stem = Analyzer.normalize(word).map { String(decoding: $0, as: UTF8.self) }
          let folded = String(decoding: word, as: UTF8.self)
          matched = stem.flatMap { terms.contains($0) ? $0 : nil } ?? prefixes.first { folded.hasPrefix($0) }
        }
        if let joined = compound, joined.range.contains(range.lowerBound), range != joined.range {
          if joined.matched { return }
          if tokens.count - 1 == joined.index && tokens[joined.index].range == joined.range { tokens.removeLast() }
          tokens.append((range, matched))
          return
        }
        tokens.append((range, matched))
        compound = (range, matched != nil, tokens.count - 1)
      }
    }
    guard !tokens.isEmpty, tokens.contains(where: { $0.matched != nil }) else { return nil }
    // The best window of `words` tokens.
    var best = (start: 0, distinct: -1, total: -1)
    for start in tokens.indices where tokens[start].matched != nil || start == 0 {
      let window = tokens[start..<min(tokens.count, start + words)]
      let matched = window.compactMap(\.matched)
      let score = (start, Set(matched).count, matched.count)
      if (score.1, score.2) > (best.distinct, best.total) { best = score }
    }
    // Start up to three words before the best window, for context, as long as its last
    // match stays in.
    let bestEnd = min(tokens.count, best.start + words)
    let lastMatch = tokens[best.start..<bestEnd].lastIndex { $0.matched != nil } ?? best.start
    let first = max(0, best.start - 3, lastMatch - words + 1)
    let window = tokens[first..<min(tokens.count, first + words)]
    let utf8 = Array(text.utf8)
    // swift-format-ignore: NeverForceUnwrap
    // The window is not empty: it starts at a token.
    let startByte = first == 0 ? 0 : window.first!.range.lowerBound
    // swift-format-ignore: NeverForceUnwrap
    // As above.
    let endByte = window.last!.range.upperBound
    var snippet = first == 0 ? "" : "…"
    var highlights: [Range<Int>] = []
    var cursor = startByte
    for token in window {
      snippet += flatten(String(decoding: utf8[cursor..<token.range.lowerBound], as: UTF8.self))
      let word = String(decoding: utf8[token.range], as: UTF8.self)
      if token.matched != nil {
        let start = snippet.unicodeScalars.count
        highlights.append(start..<start + word.unicodeScalars.count)
      }
      snippet += word
      cursor = token.range.upperBound
    }
    snippet += ending(utf8, after: endByte, isLastWord: first + window.count == tokens.count)
    return Snippet(text: snippet, highlights: highlights, distinctMatches: best.distinct, totalMatches: best.total)
  }

  /// What follows a passage's last word: "…" when more words follow, else the rest of the
  /// text (its closing punctuation).
  private static func ending(_ utf8: [UInt8], after end: Int, isLastWord: Bool) -> String {
    guard end < utf8.count else { return "" }
    guard isLastWord else { return "…" }
    var rest = flatten(String(decoding: utf8[end...], as: UTF8.self))
    while rest.last == " " { rest.removeLast() }
    return rest
  }

  /// Line breaks and runs of spaces as single spaces.
  private static func flatten(_ text: String) -> String {
    var result = ""
    var lastWasSpace = false
    for character in text {
      if character.isWhitespace {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.append(character)
        lastWasSpace = false
      }
    }
    return result
  }
}
