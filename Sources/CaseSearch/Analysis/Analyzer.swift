/// The text analysis of `cases search`: the same for indexing and querying. Words are
/// tokenized and folded (``Tokenizer``), English stop words dropped (keeping their positions),
/// irregular forms taken to their base (``IrregularForms``: `children` as `child`), and the rest
/// stemmed with the Snowball English (Porter2) stemmer.
public struct Analyzer: Sendable {
  public init() {}

  /// A term of the analyzed text.
  public struct Term: Sendable, Equatable {
    /// The stemmed term, as indexed.
    public var text: String
    /// The folded word before stemming.
    public var word: String
    public var position: Int
    /// The UTF-8 byte range in the original text.
    public var range: Range<Int>
    /// How many positions the word covers: the number of parts of a hyphenated word's joined
    /// form (`codesign` for `co-design` covers 2, its parts follow), else 1.
    public var span: Int = 1
  }

  /// The terms of `text`, without stop words.
  public func terms(_ text: String) -> [Term] {
    var words: [(word: [UInt8], position: Int, range: Range<Int>)] = []
    var text = text
    text.withUTF8 { bytes in
      Tokenizer.scan(bytes) { word, position, range in words.append((Array(word), position, range)) }
    }
    var result: [Term] = []
    for (index, word) in words.enumerated() {
      // A joined form is followed by its parts, at its position and inside its range.
      var span = 1
      if index + 1 < words.count, words[index + 1].position == word.position, words[index + 1].range != word.range {
        span = words[(index + 1)...].prefix { word.range.contains($0.range.lowerBound) }.count
      }
      guard let stem = word.word.withUnsafeBufferPointer(Analyzer.normalize) else { continue }
      result.append(
        Term(
          text: String(decoding: stem, as: UTF8.self), word: String(decoding: word.word, as: UTF8.self),
          position: word.position, range: word.range, span: span))
    }
    return result
  }

  /// The first word of `text` as the tokenizer folds it (a hyphenated word joined), stop
  /// words included; nil when `text` has no word.
  public func firstWord(_ text: String) -> String? {
    var first: String?
    var text = text
    text.withUTF8 { bytes in
      Tokenizer.scan(bytes) { word, _, _ in
        if first == nil { first = String(decoding: word, as: UTF8.self) }
      }
    }
    return first
  }

  /// The index term for a folded word: nil for a stop word, else its stem.
  static func normalize(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    if StopWords.contains(word) { return nil }
    var stem = Array(word)
    // `people's` as `people`: the possessive does not hide the irregular form.
    if let base = IrregularForms.base(of: stem) { stem = base }
    PorterStemmer.stem(&stem)
    return stem
  }
}
