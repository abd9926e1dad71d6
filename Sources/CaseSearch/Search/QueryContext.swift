import CaseText

/// Evaluates query nodes against the index, remembering what matched (for highlighting and
/// explanations) and which words the index does not know.
struct QueryContext {
  let searcher: Searcher
  let fuzzy: Bool
  var matchedTerms: Set<String> = []
  var matchedPrefixes: [String] = []
  var unknownWords: [(word: String, suggestion: String?)] = []
  /// The scored terms, for explanations: term, field scope.
  private var scoredTerms: [(info: TermInfo, field: Int?)] = []
  private var postingsCache: [Int: Postings] = [:]

  init(searcher: Searcher, fuzzy: Bool) {
    self.searcher = searcher
    self.fuzzy = fuzzy
  }

  private var reader: IndexReader { searcher.reader }

  /// The documents matching `node`, scored; nil when the node has no searchable words (only
  /// stop words), so it constrains nothing.
  mutating func evaluate(_ node: Query.Node) throws(IndexError) -> Matches? {
    switch node {
    case .word(let text, let field):
      guard let (fieldIndex, word) = resolveField(field, text) else { return try evaluate(.word(wordText(field, text), field: nil)) }
      return try evaluateWord(word, field: fieldIndex)
    case .phrase(let text, let field):
      guard let (fieldIndex, phrase) = resolveField(field, text) else { return try evaluate(.phrase(text, field: nil)) }
      let terms = searcher.analyzer.terms(phrase)
      guard !terms.isEmpty else { return nil }
      return try phraseMatches(terms, field: fieldIndex)
    case .prefix(let text, let field):
      guard let (fieldIndex, prefix) = resolveField(field, text) else { return try evaluate(.prefix(wordText(field, text), field: nil)) }
      let folded = TextFolding.fold(prefix)
      guard !folded.isEmpty else { return nil }
      matchedPrefixes.append(folded)
      var result = Matches()
      for term in try reader.terms(withPrefix: folded) {
        // The best-scoring expansion stands for the prefix in each document.
        result = result.union(try termMatches(term, field: fieldIndex), combine: max)
      }
      return result
    case .any(let nodes):
      var result: Matches?
      for child in nodes {
        guard let matches = try evaluate(child) else { continue }
        result = result.map { $0.union(matches) } ?? matches
      }
      return result
    }
  }

  /// A field scope resolved to a field index; nil when the name is not a field (the text is
  /// then searched as typed, colon and all).
  private func resolveField(_ name: String?, _ text: String) -> (Int?, String)? {
    guard let name else { return (nil, text) }
    guard let index = reader.layout.field(named: name) else { return nil }
    return (index, text)
  }

  private func wordText(_ field: String?, _ text: String) -> String {
    field.map { $0 + ":" + text } ?? text
  }

  /// One typed word: a term, a hyphenated compound (its parts as a phrase, or joined), or nothing.
  private mutating func evaluateWord(_ text: String, field: Int?) throws(IndexError) -> Matches? {
    let terms = searcher.analyzer.terms(text)
    guard let first = terms.first else { return nil }
    var matches: Matches
    if terms.count == 1 {
      matches = try wordMatches(first, field: field)
    } else {
      // Several terms from one typed word. A hyphenated word gives its joined form first, whose
      // range covers the parts (`co-design`: "codesign", then "co" and "design"); it matches
      // the parts as a phrase or the joined form. Otherwise (`e.g.`) the terms are a phrase.
      let isCompound = terms.dropFirst().allSatisfy { first.range.contains($0.range.lowerBound) }
      matches = try phraseMatches(isCompound ? Array(terms.dropFirst()) : terms, field: field)
      if isCompound { matches = matches.union(try wordMatches(first, field: field)) }
    }
    return matches
  }

  /// A single term, with "did you mean" bookkeeping and fuzzy expansion.
  private mutating func wordMatches(_ term: Analyzer.Term, field: Int?) throws(IndexError) -> Matches {
    var matches = Matches()
    if let info = try reader.lookup(term.text) {
      matches = try termMatches(info, field: field)
    } else {
      unknownWords.append((term.word, try Suggester(reader: reader).suggestion(for: term.word)))
    }
    if fuzzy {
      for info in try Suggester(reader: reader).nearTerms(to: term.word) where info.text != term.text {
        matches = matches.union(try termMatches(info, field: field), combine: max)
      }
    }
    return matches
  }

  /// The postings of a term, scored with BM25F (in one field, or all).
  mutating func termMatches(_ info: TermInfo, field: Int?) throws(IndexError) -> Matches {
    let postings = try cachedPostings(info)
    matchedTerms.insert(info.text)
    scoredTerms.append((info, field))
    let idf = searcher.scorer.inverseDocumentFrequency(info.documentFrequency)
    var matches = Matches()
    matches.documents.reserveCapacity(postings.documents.count)
    matches.scores.reserveCapacity(postings.documents.count)
    let fieldCount = postings.fieldCount
    for (index, document) in postings.documents.enumerated() {
      var pseudo = 0.0
      for candidate in 0..<fieldCount where field == nil || field == candidate {
        let frequency = postings.frequency(at: index, field: candidate)
        if frequency > 0 {
          pseudo += searcher.scorer.weightedFrequency(frequency, field: candidate, length: reader.fieldLength(Int(document), candidate))
        }
      }
      guard pseudo > 0 else { continue }
      matches.documents.append(document)
      matches.scores.append(searcher.scorer.score(pseudoFrequency: pseudo, idf: idf))
    }
    return matches
  }

  /// Documents where the terms occur in sequence (stop words keep their gaps), in one field.
  private mutating func phraseMatches(_ terms: [Analyzer.Term], field: Int?) throws(IndexError) -> Matches {
    guard let first = terms.first else { return Matches() }
    var infos: [TermInfo] = []
    for term in terms {
      guard let info = try reader.lookup(term.text) else {
        unknownWords.append((term.word, try Suggester(reader: reader).suggestion(for: term.word)))
        return Matches()
      }
      infos.append(info)
    }
    var candidates = try termMatches(infos[0], field: field)
    for info in infos.dropFirst() { candidates = candidates.intersection(try termMatches(info, field: field)) }
    guard terms.count > 1, !candidates.isEmpty else { return candidates }
    // Check positions in the candidate documents, field by field.
    var cursors: [PositionCursor] = []
    for info in infos { cursors.append(reader.positionCursor(info, try cachedPostings(info))) }
    let offsets = terms.map { Int32($0.position - first.position) }
    var starts: [Int32] = []
    var others = [[Int32]](repeating: [], count: infos.count)
    var result = Matches()
    for (index, document) in candidates.documents.enumerated() {
      var found = false
      for candidateField in 0..<reader.layout.fields.count where field == nil || field == candidateField {
        guard try cursors[0].positions(of: document, field: candidateField, into: &starts), !starts.isEmpty else { continue }
        var complete = true
        for term in 1..<infos.count {
          guard try cursors[term].positions(of: document, field: candidateField, into: &others[term]), !others[term].isEmpty
          else {
            complete = false
            break
          }
        }
        guard complete else { continue }
        // Each list is increasing: binary search for each start's follower.
        found = starts.contains { start in
          (1..<infos.count).allSatisfy { term in PositionCursor.contains(others[term], start + offsets[term]) }
        }
        if found { break }
      }
      if found {
        result.documents.append(document)
        result.scores.append(candidates.scores[index])
      }
    }
    return result
  }

  private mutating func cachedPostings(_ info: TermInfo) throws(IndexError) -> Postings {
    if let cached = postingsCache[info.ordinal] { return cached }
    let postings = try reader.postings(info)
    postingsCache[info.ordinal] = postings
    return postings
  }

  // MARK: - Explanations

  /// How document `number` got its score: each scored term, field by field.
  mutating func explain(_ number: Int) throws(IndexError) -> Explanation {
    var terms: [Explanation.Term] = []
    var seen: Set<String> = []
    for (info, field) in scoredTerms where seen.insert(info.text + "|" + (field.map(String.init) ?? "")).inserted {
      let postings = try cachedPostings(info)
      guard let index = postings.documents.firstIndex(of: Int32(number)) else { continue }
      let idf = searcher.scorer.inverseDocumentFrequency(info.documentFrequency)
      var fields: [Explanation.Term.Field] = []
      var pseudo = 0.0
      for candidate in 0..<postings.fieldCount where field == nil || field == candidate {
        let frequency = postings.frequency(at: index, field: candidate)
        guard frequency > 0 else { continue }
        let length = reader.fieldLength(number, candidate)
        let contribution = searcher.scorer.weightedFrequency(frequency, field: candidate, length: length)
        pseudo += contribution
        let definition = reader.layout.fields[candidate]
        fields.append(
          .init(
            name: definition.name, frequency: frequency, length: length, averageLength: reader.averageFieldLengths[candidate],
            weight: definition.weight, contribution: contribution))
      }
      guard pseudo > 0 else { continue }
      terms.append(
        .init(
          term: info.text, documentFrequency: info.documentFrequency, idf: idf, fields: fields, pseudoFrequency: pseudo,
          score: searcher.scorer.score(pseudoFrequency: pseudo, idf: idf)))
    }
    return Explanation(score: terms.reduce(0) { $0 + $1.score }, terms: terms)
  }
}
