import CaseText

/// Runs queries against an index: finds the matching documents through the postings of the
/// query's terms, filters them by facets and years, ranks them with BM25F, and explains.
public struct Searcher: Sendable {
  public let reader: IndexReader
  let analyzer = Analyzer()
  let scorer: BM25

  public init(reader: IndexReader) {
    self.reader = reader
    scorer = BM25(documentCount: reader.documentCount, fields: reader.layout.fields, averageLengths: reader.averageFieldLengths)
  }

  /// Searches.
  ///
  /// - Throws: ``IndexError`` when a part of the index the query reads is damaged.
  public func search(_ request: SearchRequest) throws(IndexError) -> SearchResult {
    var context = QueryContext(searcher: self, fuzzy: request.fuzzy)
    let allowed = try allowedDocuments(request)
    var mode = SearchResult.Mode.allWords
    var matches: Matches
    var required: [Matches] = []
    for node in request.query.required {
      if let matches = try context.evaluate(node) { required.append(matches) }
    }
    if required.isEmpty {
      mode = .filtersOnly
      matches = allowed.map(Matches.init(allowed:)) ?? Matches(all: reader.documentCount)
    } else if request.anyWord {
      mode = .anyWord
      matches = required.dropFirst().reduce(required[0]) { $0.union($1) }
    } else {
      matches = required.dropFirst().reduce(required[0]) { $0.intersection($1) }
      if matches.isEmpty && required.count > 1 {
        mode = .anyWord
        matches = required.dropFirst().reduce(required[0]) { $0.union($1) }
      }
    }
    for node in request.query.excluded {
      var quiet = QueryContext(searcher: self, fuzzy: false)
      if let excluded = try quiet.evaluate(node) { matches = matches.subtracting(excluded) }
    }
    if let allowed { matches = matches.filtered(allowed) }

    let order = mode == .filtersOnly && request.order == .relevance ? .date : request.order
    let ranked = try rank(matches, order: order, count: request.offset + request.limit)
    var hits: [SearchResult.Hit] = []
    for (number, score) in ranked.dropFirst(request.offset) {
      let record = try reader.storedRecord(number)
      var hit = SearchResult.Hit(number: number, key: record.key, score: score, stored: record.values, explanation: nil)
      if request.explain { hit.explanation = try context.explain(number) }
      hits.append(hit)
    }
    return SearchResult(
      mode: mode, total: matches.count, hits: hits, unknownWords: context.unknownWords,
      facetCounts: request.countFacets ? try facetCounts(matches) : [], matchedTerms: context.matchedTerms,
      matchedPrefixes: context.matchedPrefixes)
  }

  // MARK: - Filters

  /// The documents the filters allow, or nil when there are no filters.
  private func allowedDocuments(_ request: SearchRequest) throws(IndexError) -> [Bool]? {
    guard request.hasFilters else { return nil }
    var allowed = [Bool](repeating: true, count: reader.documentCount)
    for (facet, values) in request.facets {
      var inFacet = [Bool](repeating: false, count: reader.documentCount)
      for number in try reader.documents(facet: facet, values: values) { inFacet[Int(number)] = true }
      for number in allowed.indices where !inFacet[number] { allowed[number] = false }
    }
    if request.fromYear != nil || request.toYear != nil {
      for number in allowed.indices where allowed[number] {
        guard let years = reader.years(number) else {
          allowed[number] = false
          continue
        }
        if let from = request.fromYear, years.upperBound < from { allowed[number] = false }
        if let to = request.toYear, years.lowerBound > to { allowed[number] = false }
      }
    }
    return allowed
  }

  // MARK: - Ranking

  /// The first `count` matches in the requested order.
  private func rank(_ matches: Matches, order: SearchRequest.Order, count: Int) throws(IndexError) -> [(Int, Double)] {
    switch order {
    case .relevance:
      return matches.top(count)
    case .date:
      // Newest first, documents without years last, then in key order (document number).
      var byYear = matches
      for (index, number) in matches.documents.enumerated() {
        byYear.scores[index] = Double(reader.years(Int(number))?.lowerBound ?? 0)
      }
      return byYear.bestIndices(count).map { (Int(matches.documents[$0]), matches.scores[$0]) }
    case .title:
      let titleIndex = reader.layout.storedValue(named: "title")
      var keyed: [(title: String, number: Int, score: Double)] = []
      for index in matches.documents.indices {
        let number = Int(matches.documents[index])
        let values = try reader.storedValues(number)
        let title = titleIndex.flatMap { $0 < values.count ? values[$0] : nil } ?? ""
        keyed.append((TextFolding.fold(title), number, matches.scores[index]))
      }
      return keyed.sorted { ($0.title, $0.number) < ($1.title, $1.number) }.prefix(count).map { ($0.number, $0.score) }
    }
  }

  private func facetCounts(_ matches: Matches) throws(IndexError) -> [[(value: String, count: Int)]] {
    var matched = [Bool](repeating: false, count: reader.documentCount)
    for number in matches.documents { matched[Int(number)] = true }
    var counts: [[(value: String, count: Int)]] = []
    for facet in reader.layout.facets.indices { counts.append(try reader.facetCounts(facet, matched: matched)) }
    return counts
  }
}
