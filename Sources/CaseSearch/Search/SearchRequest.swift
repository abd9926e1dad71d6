/// What to search for, how to filter and order the results, and which extras to compute.
public struct SearchRequest: Sendable {
  public enum Order: Sendable, Equatable {
    /// Best match first; with no query words, newest first.
    case relevance
    /// Newest first (by the documents' first year).
    case date
    /// Alphabetically (case and accents folded) by the stored value at this index of the
    /// layout's `stored` list (a title, as the caller's layout says).
    case storedValue(Int)
  }

  public var query: Query
  /// Allowed values per facet (by facet index): a document needs one of them.
  public var facets: [Int: Set<String>] = [:]
  /// Documents must have years overlapping these bounds.
  public var fromYear: Int?
  public var toYear: Int?
  /// The year that spans which continue (``IndexDocument/continuing``) last until.
  public var currentYear = IndexDocument.continuing
  public var order: Order = .relevance
  public var offset = 0
  public var limit = 10
  /// Also match index terms within a small edit distance of each query word.
  public var fuzzy = false
  /// Explain each hit's score.
  public var explain = false
  /// Count the matching documents per facet value.
  public var countFacets = false
  /// Match documents with any query word rather than all (for natural-language queries).
  public var anyWord = false
  /// With no query words and relevance order: the documents with one of these values in this
  /// facet (a case's main topic being the topic asked for) come first, each group newest first.
  public var preferred: (facet: Int, values: Set<String>)?
  /// Replace a word the index does not have by its correction, when one is clearly best.
  public var corrects = false
  /// Search a required phrase no document holds as its words (each a part of the query).
  public var phrasesFallBack = false
  /// Words that also find others, by the index terms of a word or of several words typed in a
  /// row (`rough sleepers`): each expansion is a list of index terms (a phrase when several).
  /// Expansions score ``SearchRequest/expansionWeight`` of the words typed.
  public var synonyms: [[String]: [[String]]] = [:]
  /// What an expansion's score counts for, against the word typed.
  public static let expansionWeight = 0.5

  public init(query: Query) {
    self.query = query
  }

  var hasFilters: Bool { !facets.isEmpty || fromYear != nil || toYear != nil }
}

/// What a search found.
public struct SearchResult: Sendable {
  public enum Mode: String, Sendable {
    /// Some documents hold every query word: they come first, then those holding most words.
    case allWords
    /// No document holds every word: results hold some of them, most words first.
    case anyWord
    /// No query words: the filtered documents, newest first.
    case filtersOnly
  }

  public struct Hit: Sendable {
    /// The document's number in the index.
    public var number: Int
    public var key: String
    public var score: Double
    /// The document's stored display values.
    public var stored: [String]
    public var explanation: Explanation?
  }

  public var mode: Mode
  /// Words the index does not have, replaced by a correction (as typed, and as searched).
  public var corrections: [(typed: String, correction: String)] = []
  /// Query words that also found their synonyms (the word, and the synonyms that matched).
  public var expansions: [(word: String, synonyms: [String])] = []
  /// Required phrases no document holds, searched as their words (``SearchRequest/phrasesFallBack``).
  public var phrasesAsWords: [String] = []
  /// How many documents matched in all (before offset and limit).
  public var total: Int
  /// How many of them hold every query word (or phrase); they come first.
  public var everyWord: Int
  public var hits: [Hit]
  /// Query words not in the index, each with the nearest word that is (if any).
  public var unknownWords: [(word: String, suggestion: String?)]
  /// Counts per facet value over all matches (when asked), by facet index, largest first.
  public var facetCounts: [[(value: String, count: Int)]]
  /// The index terms that matched (stems), and the prefixes, for highlighting snippets.
  public var matchedTerms: Set<String>
  public var matchedPrefixes: [String]
  /// Prefixes (as typed) that start more words than a search looks at (10,000, the first in
  /// alphabetical order): their results may be incomplete.
  public var incompletePrefixes: [String]
}

/// Why a hit scored what it did: each term's contribution, field by field.
public struct Explanation: Sendable, Equatable {
  public struct Term: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
      public var name: String
      public var frequency: Int
      public var length: Int
      public var averageLength: Double
      public var weight: Double
      /// This field's share of the pseudo-frequency.
      public var contribution: Double
    }

    public var term: String
    public var documentFrequency: Int
    public var idf: Double
    /// What the term's score was multiplied by: 1, or less for a near spelling (`--fuzzy`).
    public var boost: Double
    public var fields: [Field]
    public var pseudoFrequency: Double
    public var score: Double
  }

  public var score: Double
  public var terms: [Term]
}
