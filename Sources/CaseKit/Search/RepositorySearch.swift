import CaseIO
import CaseJSON
import CaseSearch
import CaseText

/// `cases search` as a service: a typed request in, typed hits out. It opens the repository's
/// index (building or rebuilding it when missing, damaged or out of date), searches it with
/// the filters applied, rebuilds once and searches again when the query meets damage the
/// opening checks could not see, and reads each hit's case for its snippet.
public enum RepositorySearch {
  /// The orders results can come in.
  public enum Order: String, Sendable, CaseIterable {
    /// Best match first; with no query words, newest first.
    case relevance
    /// Newest first.
    case date
    /// By title.
    case title
  }

  /// What to search for.
  public struct Request: Sendable {
    /// The query as the shell passed it, one argument each (an argument with spaces is a
    /// phrase: see ``queryText(_:)``).
    public var arguments: [String]
    public var filter: CaseFilter
    public var limit = 10
    public var offset = 0
    public var order = Order.relevance
    /// Count the matching cases per facet value.
    public var countFacets = false
    /// Explain each hit's score.
    public var explain = false
    /// Also match words within a small edit distance.
    public var fuzzy = false
    /// Search the words exactly as typed: no correction of words the index lacks, no synonyms.
    public var exact = false

    public init(arguments: [String], filter: CaseFilter = CaseFilter()) {
      self.arguments = arguments
      self.filter = filter
    }

    /// The query text: the arguments joined, each argument with spaces made a phrase.
    public var text: String { arguments.map(RepositorySearch.queryText).joined(separator: " ") }
  }

  /// A request that cannot be searched.
  public enum Problem: Error, Sendable, Equatable {
    /// Neither words nor filters.
    case nothingToSearch
    /// Words, but none that can be searched (stop words, symbols), and no filters.
    case unsearchableWords([String])
    /// The repository's synonyms file cannot be used.
    case synonyms(SynonymsError)
    /// A field scope that is a near spelling of a field's name (`titel:`).
    case unknownField(String, suggestion: String, fields: [String])
  }

  /// One result.
  public struct Hit: Sendable {
    /// Its place in all the results (1 for the best).
    public var rank: Int
    public var id: String
    public var title: String
    public var year: Int?
    public var topics: [String]
    public var countries: [String]
    /// The case file, relative to the repository.
    public var path: String
    public var score: Double
    /// The passage that shows why it matched (nil when its file can no longer be read).
    public var snippet: Snippet?
    /// How its score adds up (when asked).
    public var explanation: Explanation?
  }

  /// How the results were found.
  public enum Mode: String, Sendable {
    /// Every query word matched.
    case allWords = "all-words"
    /// Nothing matched every word, so results match any word.
    case anyWord = "any-word"
    /// No query words: the filtered cases, newest first.
    case filtersOnly = "filters-only"
  }

  /// The matching cases per value of one facet (largest first).
  public struct FacetCount: Sendable {
    public var facet: String
    public var counts: [(value: String, count: Int)]
  }

  /// What a search found, and what happened on the way.
  public struct Response: Sendable {
    public var mode: Mode
    /// How many cases matched in all (before offset and limit).
    public var total: Int
    public var hits: [Hit]
    /// Query words no case has, each with the nearest word that one has (if any).
    public var unknownWords: [(word: String, suggestion: String?)]
    /// Query words no case has that were searched as their clear correction instead.
    public var corrections: [(typed: String, correction: String)]
    /// Query words that also found their synonyms.
    public var expansions: [(word: String, synonyms: [String])]
    /// How many of the matching cases hold every query word (they come first).
    public var everyWord: Int
    /// Phrases no case holds, searched as their words instead.
    public var phrasesAsWords: [String]
    /// Prefixes that start more words than a search looks at (results may be incomplete).
    public var incompletePrefixes: [String]
    /// Counts per facet (when asked), in the index's facet order.
    public var facets: [FacetCount]
    /// The index rebuilds done to answer (before searching, and after damage found while searching).
    public var rebuilds: [CaseIndex.Rebuilt]
    /// Case files left out of the index: not valid, or not case files.
    public var leftOut: Int
    /// Whether the query had words, but none that can be searched (stop words, symbols), so
    /// that the results are the filtered cases.
    public var wordsWereUnsearchable: Bool
  }

  /// Searches the repository at `location`. `repository` is called only when the index must
  /// be (re)built: opening a repository compiles its schema, which a search does not need.
  ///
  /// - Throws: ``Problem`` for a request that cannot be searched; what `repository` throws;
  ///   ``RepositorySearchError`` when the index cannot be built or stays damaged.
  public static func run(
    _ request: Request, location: RepositoryLocation, repository: () throws -> CaseRepository
  ) throws -> Response {
    let query = Query(parsing: request.text)
    try checkFields(query)
    if query.isEmpty && request.filter.isEmpty { throw Problem.nothingToSearch }
    var engineRequest = SearchRequest(query: query)
    engineRequest.limit = request.limit
    engineRequest.offset = request.offset
    engineRequest.countFacets = request.countFacets
    engineRequest.explain = request.explain
    engineRequest.fuzzy = request.fuzzy
    // `cases search --topic policing`: cases mainly about policing first.
    if !request.filter.topics.isEmpty, let facet = CaseIndexLayout.layout.facet(named: "main-topic") {
      engineRequest.preferred = (facet, request.filter.topics)
    }
    engineRequest.corrects = !request.exact && !request.fuzzy
    engineRequest.phrasesFallBack = !request.exact
    if !request.exact {
      do {
        engineRequest.synonyms = try SearchSynonyms.load(location).table()
      } catch {
        throw Problem.synonyms(error)
      }
    }
    switch request.order {
    case .relevance: engineRequest.order = .relevance
    case .date: engineRequest.order = .date
    case .title:
      engineRequest.order = CaseIndexLayout.layout.storedValue(named: "title").map { .storedValue($0) } ?? .relevance
    }

    var rebuilds: [CaseIndex.Rebuilt] = []
    var opened = try opening(repository) { try CaseIndex.open(location, repository: $0) }
    if let rebuilt = opened.rebuilt { rebuilds.append(rebuilt) }
    let result: SearchResult
    do {
      result = try search(engineRequest, filter: request.filter, reader: opened.reader)
    } catch {
      // Damage found in a part of the index only this query read: rebuild once and retry.
      opened = try opening(repository) { try CaseIndex.rebuild(location, reason: .unusable(error), repository: $0) }
      if let rebuilt = opened.rebuilt { rebuilds.append(rebuilt) }
      do {
        result = try search(engineRequest, filter: request.filter, reader: opened.reader)
      } catch {
        throw RepositorySearchError.stillDamaged(error.description)
      }
    }
    let answer = response(
      result, request: request, query: query, reader: opened.reader, location: location, rebuilds: rebuilds)
    // Only stop words or symbols and no filter would list every case: say so instead.
    if answer.wordsWereUnsearchable && request.filter.isEmpty {
      throw Problem.unsearchableWords(request.arguments)
    }
    return answer
  }

  /// One argument of the query: an argument with spaces (quoted in the shell, as in
  /// `cases search "facial recognition"`) is a phrase, unless it is written in the query
  /// syntax itself (`'welfare -trial'`, `'"live facial" OR biometric*'`).
  public static func queryText(_ argument: String) -> String {
    let words = argument.split(whereSeparator: \.isWhitespace)
    guard words.count > 1, !argument.contains("\"") else { return argument }
    let usesSyntax = words.contains { word in
      word == "OR" || word.hasPrefix("-") || word.hasSuffix("*") || word.contains(":")
    }
    return usesSyntax ? argument : "\"" + argument + "\""
  }

  /// A field scope that is a near spelling of a field's name (`titel:`) is a problem; other
  /// unknown ones (`https:`) are searched as typed, colon and all.
  static func checkFields(_ query: Query) throws(Problem) {
    let known = CaseIndexLayout.layout.fields.map(\.name)
    for field in query.fields where !known.contains(field) {
      guard let suggestion = EditDistance.likelyTypo(of: field, among: known) else { continue }
      throw .unknownField(field, suggestion: suggestion, fields: known)
    }
  }

  private static func search(_ request: SearchRequest, filter: CaseFilter, reader: IndexReader) throws(IndexError)
    -> SearchResult
  {
    var request = request
    try filter.apply(to: &request, reader: reader)
    return try Searcher(reader: reader).search(request)
  }

  /// Opens or rebuilds the index with `body`: what `repository` throws passes through as it
  /// is, any other failure is ``RepositorySearchError/cannotBuild(_:)``.
  private static func opening(
    _ repository: () throws -> CaseRepository, _ body: (() throws -> CaseRepository) throws -> CaseIndex.Opened
  ) throws -> CaseIndex.Opened {
    var repositoryError: (any Error)?
    let guarded = { () throws -> CaseRepository in
      do {
        return try repository()
      } catch {
        repositoryError = error
        throw error
      }
    }
    do {
      return try body(guarded)
    } catch {
      if let repositoryError { throw repositoryError }
      throw RepositorySearchError.cannotBuild("\(error)")
    }
  }

  private static func response(
    _ result: SearchResult, request: Request, query: Query, reader: IndexReader, location: RepositoryLocation,
    rebuilds: [CaseIndex.Rebuilt]
  ) -> Response {
    let layout = reader.layout
    func stored(_ hit: SearchResult.Hit, _ name: String) -> String {
      guard let index = layout.storedValue(named: name), index < hit.stored.count else { return "" }
      return hit.stored[index]
    }
    let hits = result.hits.enumerated().map { offset, hit in
      let study = CaseSnippet.load(hit, reader: reader, location: location)
      return Hit(
        rank: request.offset + offset + 1, id: hit.key, title: stored(hit, "title"), year: Int(stored(hit, "year")),
        topics: CaseIndexLayout.list(stored: stored(hit, "topics-json")),
        countries: CaseIndexLayout.list(stored: stored(hit, "countries-json")), path: stored(hit, "path"),
        score: hit.score, snippet: study.map { CaseSnippet.make($0, result: result) }, explanation: hit.explanation)
    }
    let mode: Mode
    switch result.mode {
    case .allWords: mode = .allWords
    case .anyWord: mode = .anyWord
    case .filtersOnly: mode = .filtersOnly
    }
    // The main topic is for ordering; its counts are the topic's.
    let facets = zip(layout.facets, result.facetCounts).filter { $0.0 != "main-topic" }.map { name, counts in
      FacetCount(facet: name, counts: name == "body" ? mergingShortForms(counts) : counts)
    }
    return Response(
      mode: mode, total: result.total, hits: hits, unknownWords: result.unknownWords,
      corrections: result.corrections, expansions: result.expansions, everyWord: result.everyWord,
      phrasesAsWords: result.phrasesAsWords,
      incompletePrefixes: result.incompletePrefixes, facets: request.countFacets ? facets : [], rebuilds: rebuilds,
      leftOut: reader.metadata.otherFiles.count, wordsWereUnsearchable: mode == .filtersOnly && !query.required.isEmpty)
  }
}

/// Body counts with a name written with and without its short form in brackets counted once,
/// under the name without it (the `--body` filter still matches the short form: the index keeps
/// names as written).
func mergingShortForms(_ counts: [(value: String, count: Int)]) -> [(value: String, count: Int)] {
  var merged: [String: Int] = [:]
  var order: [String] = []
  for (value, count) in counts {
    let name = CaseIndexDocument.bodyFacetName(value)
    if merged[name] == nil { order.append(name) }
    merged[name, default: 0] += count
  }
  return order.map { ($0, merged[$0] ?? 0) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
}

/// The search index could not be used.
public enum RepositorySearchError: Error, Sendable, CustomStringConvertible {
  /// It could not be built (the case files cannot be listed, the index cannot be written…).
  case cannotBuild(String)
  /// It is damaged even after rebuilding it.
  case stillDamaged(String)
  /// It cannot be read (permissions, a system error).
  case cannotRead(String)

  public var description: String {
    switch self {
    case .cannotRead(let reason): return reason
    case .cannotBuild(let reason): return "cannot build the search index: \(reason)"
    case .stillDamaged(let reason): return "the search index is still damaged after rebuilding it: \(reason)"
    }
  }
}

/// The result types of the search engine that hits carry, as CaseKit's.
public typealias Snippet = CaseSearch.Snippet
public typealias Explanation = CaseSearch.Explanation
