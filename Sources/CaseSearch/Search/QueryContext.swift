import CaseText

/// Evaluates query nodes against the index, remembering what matched (for highlighting) and
/// which words the index does not know. When explaining, it looks only at `focus` documents
/// and keeps, for each, the term scores its score adds up (``Matches/details``).
struct QueryContext {
  let searcher: Searcher
  let fuzzy: Bool
  /// Explaining: only these documents are scored, with their details.
  let focus: Set<Int32>?
  var matchedTerms: Set<String> = []
  var matchedPrefixes: [String] = []
  var unknownWords: [(word: String, suggestion: String?)] = []
  private var postingsCache: [Int: Postings] = [:]

  init(searcher: Searcher, fuzzy: Bool, focus: Set<Int32>? = nil) {
    self.searcher = searcher
    self.fuzzy = fuzzy
    self.focus = focus
  }

  private var reader: IndexReader { searcher.reader }

  /// The documents matching `node`, scored; nil when the node has no searchable words (only
  /// stop words), so it constrains nothing.
  mutating func evaluate(_ node: Query.Node) throws(IndexError) -> Matches? {
    switch node {
    case .word(let text, let field):
      guard let fieldIndex = resolveField(field) else { return try evaluate(.word(unscoped(field, text), field: nil)) }
      return try evaluateWord(text, field: fieldIndex)
    case .phrase(let text, let field):
      guard let fieldIndex = resolveField(field) else { return try evaluate(.phrase(text, field: nil)) }
      let terms = searcher.analyzer.terms(text)
      guard !terms.isEmpty else { return nil }
      // A hyphenated word in a phrase matches written joined or in parts.
      var result: Matches?
      for variant in QueryContext.phraseVariants(terms) {
        let matches = try phraseMatches(variant, field: fieldIndex)
        result = result.map { $0.union(matches, best: true) } ?? matches
      }
      return result
    case .prefix(let text, let field):
      guard let fieldIndex = resolveField(field) else { return try evaluate(.prefix(unscoped(field, text), field: nil)) }
      let folded = TextFolding.fold(text)
      guard !folded.isEmpty else { return nil }
      matchedPrefixes.append(folded)
      var result = Matches()
      if focus != nil { result.details = [] }
      for term in try reader.terms(ofWordsWithPrefix: folded) {
        // The best-scoring expansion stands for the prefix in each document.
        result = result.union(try termMatches(term, field: fieldIndex), best: true)
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

  /// A field scope as a field index: `.some(nil)` for no scope, nil when the name is not a
  /// field (the text is then searched as typed, colon and all).
  private func resolveField(_ name: String?) -> Int?? {
    guard let name else { return .some(nil) }
    guard let index = reader.layout.field(named: name) else { return nil }
    return .some(index)
  }

  private func unscoped(_ field: String?, _ text: String) -> String {
    field.map { $0 + ":" + text } ?? text
  }

  /// The phrase's terms as written, and, when it has hyphenated words, two readings: every
  /// such word in parts (`co design`), and every one joined (`codesign`, the positions after
  /// it closed up).
  static func phraseVariants(_ terms: [Analyzer.Term]) -> [[Analyzer.Term]] {
    guard terms.contains(where: { $0.span > 1 }) else { return [terms] }
    let parts = terms.filter { $0.span == 1 }
    var joined: [Analyzer.Term] = []
    var shift = 0
    var coveredUntil = -1
    for term in terms {
      if term.range.lowerBound < coveredUntil { continue }  // a part of the joined word before it
      var moved = term
      moved.position -= shift
      joined.append(moved)
      if term.span > 1 {
        shift += term.span - 1
        coveredUntil = term.range.upperBound
      }
    }
    return [parts, joined]
  }

  /// One typed word: a term, a hyphenated compound (its parts as a phrase, or joined), or nothing.
  private mutating func evaluateWord(_ text: String, field: Int?) throws(IndexError) -> Matches? {
    let terms = searcher.analyzer.terms(text)
    guard let first = terms.first else { return nil }
    if terms.count == 1 { return try wordMatches(first, field: field) }
    guard first.span > 1 else {
      // Several words typed as one (`e.g.`): a phrase.
      return try phraseMatches(terms, field: field)
    }
    // `co-design`: its parts as a phrase, or the joined form. Words the index lacks in one
    // spelling are no news when the other spelling matched.
    let known = unknownWords.count
    var matches = try phraseMatches(Array(terms.dropFirst()), field: field)
    matches = matches.union(try wordMatches(first, field: field), best: true)
    if !matches.isEmpty { unknownWords.removeSubrange(known...) }
    return matches
  }

  /// A single term, with "did you mean" bookkeeping and fuzzy expansion (near spellings
  /// count for less: 1/2 at one edit, 1/3 at two).
  private mutating func wordMatches(_ term: Analyzer.Term, field: Int?) throws(IndexError) -> Matches {
    var matches = Matches()
    if focus != nil { matches.details = [] }
    if let info = try reader.lookup(term.text) {
      matches = try termMatches(info, field: field)
    } else {
      unknownWords.append((term.word, try Suggester(reader: reader).suggestion(for: term.word)))
    }
    if fuzzy {
      for (info, distance) in try Suggester(reader: reader).nearTerms(to: term.word) where info.text != term.text {
        matches = matches.union(try termMatches(info, field: field, boost: 1 / Double(1 + distance)), best: true)
      }
    }
    return matches
  }

  /// The postings of a term, scored with BM25F (in one field, or all).
  mutating func termMatches(_ info: TermInfo, field: Int?, boost: Double = 1) throws(IndexError) -> Matches {
    let postings = try cachedPostings(info)
    matchedTerms.insert(info.text)
    let idf = searcher.scorer.inverseDocumentFrequency(info.documentFrequency) * boost
    var matches = Matches()
    matches.documents.reserveCapacity(postings.documents.count)
    matches.scores.reserveCapacity(postings.documents.count)
    if focus != nil { matches.details = [] }
    let fieldCount = postings.fieldCount
    for (index, document) in postings.documents.enumerated() {
      if let focus, !focus.contains(document) { continue }
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
      matches.details?.append([Matches.Contribution(term: info, field: field, boost: boost)])
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
        var none = Matches()
        if focus != nil { none.details = [] }
        return none
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
    var keep = [Bool](repeating: false, count: candidates.count)
    for (index, document) in candidates.documents.enumerated() {
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
        keep[index] = starts.contains { start in
          (1..<infos.count).allSatisfy { term in PositionCursor.contains(others[term], start + offsets[term]) }
        }
        if keep[index] { break }
      }
    }
    var allowed = [Bool](repeating: false, count: reader.documentCount)
    for (index, document) in candidates.documents.enumerated() where keep[index] { allowed[Int(document)] = true }
    return candidates.filtered(allowed)
  }

  private mutating func cachedPostings(_ info: TermInfo) throws(IndexError) -> Postings {
    if let cached = postingsCache[info.ordinal] { return cached }
    let postings = try reader.postings(info)
    postingsCache[info.ordinal] = postings
    return postings
  }
}
