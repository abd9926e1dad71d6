import CaseText

/// Runs queries against an index: finds the matching documents through the postings of the
/// query's terms, filters them by facets and years, ranks them with BM25F, and explains.
public struct Searcher: Sendable {
  public let reader: IndexReader
  let analyzer = Analyzer()
  let scorer: BM25

  public init(reader: IndexReader) {
    self.reader = reader
    scorer = BM25(
      documentCount: reader.documentCount, fields: reader.layout.fields, averageLengths: reader.averageFieldLengths)
  }

  /// Searches.
  ///
  /// - Throws: ``IndexError`` when a part of the index the query reads is damaged.
  public func search(_ request: SearchRequest) throws(IndexError) -> SearchResult {
    var context = QueryContext(
      searcher: self, fuzzy: request.fuzzy, corrects: request.corrects, synonyms: request.synonyms)
    let allowed = try allowedDocuments(request)
    var (matches, mode, everyWord) = try match(
      request.query.required, context: &context, anyWord: request.anyWord, fallBack: request.phrasesFallBack)
    if mode == .filtersOnly { matches = allowed.map(Matches.init(allowed:)) ?? Matches(all: reader.documentCount) }
    for node in request.query.excluded {
      var quiet = QueryContext(searcher: self, fuzzy: false)
      if let excluded = try quiet.evaluate(node) {
        matches = matches.subtracting(excluded)
        everyWord = everyWord.subtracting(excluded)
      }
    }
    if let allowed {
      matches = matches.filtered(allowed)
      everyWord = everyWord.filtered(allowed)
    }

    let order = mode == .filtersOnly && request.order == .relevance ? .date : request.order
    var preferred: [Bool]?
    if mode == .filtersOnly, request.order == .relevance, let (facet, values) = request.preferred {
      var marks = [Bool](repeating: false, count: reader.documentCount)
      for number in try reader.documents(facet: facet, values: values) { marks[Int(number)] = true }
      preferred = marks
    }
    let ranked = try rank(matches, order: order, count: request.offset + request.limit, preferred: preferred)
      .dropFirst(request.offset)
    let explanations = request.explain ? try explain(ranked.map(\.0), request: request, mode: mode) : [:]
    var hits: [SearchResult.Hit] = []
    for (number, score) in ranked {
      let record = try reader.storedRecord(number)
      hits.append(
        SearchResult.Hit(
          number: number, key: record.key, score: score, stored: record.values, explanation: explanations[number]))
    }
    return SearchResult(
      mode: mode, corrections: context.corrections, expansions: context.expansions,
      phrasesAsWords: context.phrasesAsWords, total: matches.count,
      everyWord: mode == .filtersOnly ? 0 : everyWord.count, hits: hits, unknownWords: context.unknownWords,
      facetCounts: request.countFacets ? try facetCounts(matches) : [], matchedTerms: context.matchedTerms,
      matchedPrefixes: context.matchedPrefixes, incompletePrefixes: context.incompletePrefixes)
  }

  /// The documents matching every required node (or, when none has them all or `anyWord`
  /// asks, any of them), scored; `.filtersOnly` when no node has searchable words.
  private func match(
    _ nodes: [Query.Node], context: inout QueryContext, anyWord: Bool, fallBack: Bool = false
  ) throws(IndexError) -> (Matches, SearchResult.Mode, Matches) {
    var required: [Matches] = []
    var index = 0
    while index < nodes.count {
      // Words in a row that a synonym group names together count as one part.
      if let run = try context.evaluateRun(nodes, from: index) {
        required.append(run.matches)
        index += run.length
        continue
      }
      if let matches = try context.evaluate(nodes[index]) {
        if matches.isEmpty, fallBack, case .phrase(let text, let field) = nodes[index] {
          // A phrase no document holds: its words, each a part.
          var words: [Matches] = []
          for word in text.split(whereSeparator: \.isWhitespace) {
            if let found = try context.evaluate(.word(String(word), field: field)) { words.append(found) }
          }
          if words.contains(where: { !$0.isEmpty }) {
            required += words
            context.phrasesAsWords.append(text)
            index += 1
            continue
          }
        }
        required.append(matches)
      }
      index += 1
    }
    guard let first = required.first else { return (Matches(), .filtersOnly, Matches()) }
    if required.count == 1 { return (first, .allWords, first) }
    if anyWord { return (required.dropFirst().reduce(first) { $0.union($1) }, .anyWord, Matches()) }
    let (matches, everyWord) = Matches.coordinated(required, documentCount: reader.documentCount)
    return (matches, everyWord.isEmpty ? .anyWord : .allWords, everyWord)
  }

  /// How each of `numbers` got its score: the query evaluated again for those documents
  /// only, keeping the term scores each score adds up.
  private func explain(
    _ numbers: [Int], request: SearchRequest, mode: SearchResult.Mode
  ) throws(IndexError) -> [Int: Explanation] {
    var context = QueryContext(
      searcher: self, fuzzy: request.fuzzy, focus: Set(numbers.map { Int32($0) }), corrects: request.corrects,
      synonyms: request.synonyms)
    let (matches, _, _) = try match(
      request.query.required, context: &context, anyWord: request.anyWord, fallBack: request.phrasesFallBack)
    var explanations: [Int: Explanation] = [:]
    for number in numbers { explanations[number] = Explanation(score: 0, terms: []) }
    var postings: [Int: Postings] = [:]  // each term decoded once for all the hits
    for (index, document) in matches.documents.enumerated() {
      var terms: [Explanation.Term] = []
      for contribution in matches.details?[index] ?? [] {
        let ordinal = contribution.term.ordinal
        if postings[ordinal] == nil { postings[ordinal] = try reader.postings(contribution.term) }
        // swift-format-ignore: NeverForceUnwrap
        // Decoded just above.
        terms.append(explainTerm(contribution, postings: postings[ordinal]!, document: Int(document)))
      }
      explanations[Int(document)] = Explanation(score: matches.scores[index], terms: terms)
    }
    return explanations
  }

  /// One term's score in a document, field by field.
  private func explainTerm(_ contribution: Matches.Contribution, postings: Postings, document: Int) -> Explanation.Term
  {
    let info = contribution.term
    let idf = scorer.inverseDocumentFrequency(info.documentFrequency)
    var fields: [Explanation.Term.Field] = []
    var pseudo = 0.0
    if let index = postings.documents.firstIndex(of: Int32(document)) {
      for candidate in 0..<postings.fieldCount where contribution.field == nil || contribution.field == candidate {
        let frequency = postings.frequency(at: index, field: candidate)
        guard frequency > 0 else { continue }
        let length = reader.fieldLength(document, candidate)
        let part = scorer.weightedFrequency(frequency, field: candidate, length: length)
        pseudo += part
        let definition = reader.layout.fields[candidate]
        fields.append(
          .init(
            name: definition.name, frequency: frequency, length: length,
            averageLength: reader.averageFieldLengths[candidate],
            weight: definition.weight, contribution: part))
      }
    }
    return Explanation.Term(
      term: info.text, documentFrequency: info.documentFrequency, idf: idf, boost: contribution.boost, fields: fields,
      pseudoFrequency: pseudo, score: scorer.score(pseudoFrequency: pseudo, idf: idf * contribution.boost))
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
        let last =
          years.upperBound == IndexDocument.continuing ? max(years.lowerBound, request.currentYear) : years.upperBound
        if let from = request.fromYear, last < from { allowed[number] = false }
        if let to = request.toYear, years.lowerBound > to { allowed[number] = false }
      }
    }
    return allowed
  }

  // MARK: - Ranking

  /// The first `count` matches in the requested order.
  private func rank(_ matches: Matches, order: SearchRequest.Order, count: Int, preferred: [Bool]? = nil)
    throws(IndexError) -> [(Int, Double)]
  {
    switch order {
    case .relevance:
      return matches.top(count)
    case .date:
      // Newest first, documents without years last, then in key order (document number).
      var byYear = matches
      for (index, number) in matches.documents.enumerated() {
        byYear.scores[index] = Double(reader.years(Int(number))?.lowerBound ?? 0)
        // Preferred documents first: no year reaches this.
        if preferred?[Int(number)] == true { byYear.scores[index] += 1_000_000 }
      }
      return byYear.bestIndices(count).map { (Int(matches.documents[$0]), matches.scores[$0]) }
    case .storedValue(let valueIndex):
      var keyed: [(key: String, number: Int, score: Double)] = []
      for index in matches.documents.indices {
        let number = Int(matches.documents[index])
        let values = try reader.storedValues(number)
        keyed.append(
          (TextFolding.fold(valueIndex < values.count ? values[valueIndex] : ""), number, matches.scores[index]))
      }
      return keyed.sorted { ($0.key, $0.number) < ($1.key, $1.number) }.prefix(count).map { ($0.number, $0.score) }
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
