/// The text analysis of `cases search`: the same for indexing and querying. Words are
/// tokenized and folded (``Tokenizer``), English stop words dropped (keeping their positions),
/// and the rest stemmed with the Snowball English (Porter2) stemmer.
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
  }

  /// The terms of `text`, without stop words.
  public func terms(_ text: String) -> [Term] {
    var result: [Term] = []
    var text = text
    text.withUTF8 { bytes in
      Tokenizer.scan(bytes) { word, position, range in
        guard let stem = Analyzer.normalize(word) else { return }
        result.append(
          Term(
            text: String(decoding: stem, as: UTF8.self), word: String(decoding: word, as: UTF8.self), position: position,
            range: range))
      }
    }
    return result
  }

  /// The index term for a folded word: nil for a stop word, else its stem.
  static func normalize(_ word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    if StopWords.contains(word) { return nil }
    var stem = Array(word)
    PorterStemmer.stem(&stem)
    return stem
  }
}
