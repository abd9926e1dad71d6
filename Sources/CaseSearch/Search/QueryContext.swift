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
  /// Prefixes that start more words than were searched.
  var incompletePrefixes: [String] = []
  var unknownWords: [(word: String, suggestion: String?)] = []
  /// Corrections made (see ``SearchRequest/corrects``).
  var corrections: [(typed: String, correction: String)] = []
  /// Synonyms that matched, by query word.
  var expansions: [(word: String, synonyms: [String])] = []
  /// Required phrases no document holds, searched as their words.
  var phrasesAsWords: [String] = []
  var corrects: Bool
  let synonyms: [[String]: [[String]]]
  private var postingsCache: [Int: Postings] = [:]

  init(
    searcher: Searcher, fuzzy: Bool, focus: Set<Int32>? = nil, corrects: Bool = false,
    synonyms: [[String]: [[String]]] = [:]
  ) {
    self.searcher = searcher
    self.fuzzy = fuzzy
    self.focus = focus
    self.corrects = corrects
    self.synonyms = synonyms
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
      guard let fieldIndex = resolveField(field) else {
        return try evaluate(.phrase(unscoped(field, text), field: nil))
      }
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
      guard let fieldIndex = resolveField(field) else {
        return try evaluate(.prefix(unscoped(field, text), field: nil))
      }
      // Folded as indexed words are (`co-des*` is `codes…`, `people’s*` is `people's…`).
      guard let folded = searcher.analyzer.firstWord(text) else { return nil }
      matchedPrefixes.append(folded)
      var result = Matches()
      if focus != nil { result.details = [] }
      let (terms, isComplete) = try reader.terms(ofWordsWithPrefix: folded)
      if !isComplete { incompletePrefixes.append(text) }
      for term in terms {
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
    if terms.count == 1 {
      let matches = try wordMatches(first, field: field)
      return try withSynonyms(matches, of: first, field: field)
    }
    guard first.span > 1 else {
      // Several words typed as one (`e.g.`): a phrase.
      return try phraseMatches(terms, field: field)
    }
    // `co-design`: its parts as a phrase, or the joined form. Words the index lacks in one
    // spelling are no news when the other spelling matched.
    let known = unknownWords.count
    var matches = try phraseMatches(Array(terms.dropFirst()), field: field)
    // The joined form is one spelling of the parts: never "corrected" into another word.
    let corrected = corrects
    corrects = false
    matches = matches.union(try wordMatches(first, field: field), best: true)
    corrects = corrected
    if !matches.isEmpty { unknownWords.removeSubrange(known...) }
    return matches
  }

  /// A single term, with "did you mean" bookkeeping and fuzzy expansion (near spellings
  /// count for less: 1/2 at one edit, 1/3 at two).
  private mutating func wordMatches(_ term: Analyzer.Term, field: Int?) throws(IndexError) -> Matches {
    var matches = Matches()
    if focus != nil { matches.details = [] }
    let exact = try reader.lookup(term.text)
    // Near spellings (a scan of the dictionary) only when needed, and then once.
    let near = exact == nil || fuzzy ? try Suggester(reader: reader).nearTerms(to: term.word, stem: term.text) : []
    if let exact {
      matches = try termMatches(exact, field: field)
    } else if corrects, !fuzzy, let correction = Suggester.correction(among: near, typed: term.word) {
      // Searched as if typed right; the caller says so.
      matches = try termMatches(correction, field: field)
      corrections.append((term.word, Suggester.shown(correction, typed: term.word, stem: term.text)))
    } else {
      unknownWords.append((term.word, Suggester.best(of: near)))
    }
    if fuzzy {
      for (info, distance) in near where info.text != term.text {
        matches = matches.union(try termMatches(info, field: field, boost: 1 / Double(1 + distance)), best: true)
      }
    }
    return matches
  }

  /// `matches` of a typed word with the documents its synonyms match, which score
  /// ``SearchRequest/expansionWeight`` of the word's (the better of the two for a document).
  private mutating func withSynonyms(_ matches: Matches, of term: Analyzer.Term, field: Int?) throws(IndexError)
    -> Matches
  {
    guard let alternatives = synonyms[[term.text]] else { return matches }
    return try withExpansions(matches, alternatives, word: term.word, field: field)
  }

  /// Words typed in a row that are, together, a synonym group's member (`rough sleepers`): the
  /// documents holding most of the words, with those the group's other members match. Nil when
  /// the nodes from `start` are no such run; else the run's length and its matches.
  mutating func evaluateRun(_ nodes: [Query.Node], from start: Int) throws(IndexError) -> (
    length: Int, matches: Matches
  )? {
    guard !synonyms.isEmpty else { return nil }
    var words: [String] = []
    var terms: [String] = []
    var index = start
    var found: (length: Int, alternatives: [[String]])?
    while index < nodes.count, index - start < 4, case .word(let text, nil) = nodes[index] {
      let analyzed = searcher.analyzer.terms(text)
      guard analyzed.count == 1 else { break }
      words.append(analyzed[0].word)
      terms.append(analyzed[0].text)
      index += 1
      if terms.count > 1, let alternatives = synonyms[terms] { found = (terms.count, alternatives) }
    }
    guard let (length, alternatives) = found else { return nil }
    // The run is understood as a whole: its words are not corrected one by one, and one the
    // index lacks is no news when the run matched.
    let corrected = corrects
    let known = unknownWords.count
    corrects = false
    defer { corrects = corrected }
    var parts: [Matches] = []
    for node in nodes[start..<(start + length)] {
      if let matches = try evaluate(node) { parts.append(matches) }
    }
    // The run's own words count only where they all are; the synonyms stand for the run.
    let (scored, everyWord) = Matches.coordinated(parts, documentCount: reader.documentCount)
    let typed = parts.count == length ? scored.intersection(everyWord) : Matches()
    let matches = try withExpansions(
      typed, alternatives, word: words.prefix(length).joined(separator: " "), field: nil)
    if !matches.isEmpty { unknownWords.removeSubrange(known...) }
    return (length, matches)
  }

  /// `matches` with those of each expansion (a term, or a phrase), at the expansion weight.
  private mutating func withExpansions(_ matches: Matches, _ alternatives: [[String]], word: String, field: Int?)
    throws(IndexError) -> Matches
  {
    var result = matches
    var used: [String] = []
    for expansion in alternatives {
      guard !expansion.isEmpty else { continue }
      var found: Matches
      if expansion.count == 1 {
        guard let info = try reader.lookup(expansion[0]) else { continue }
        found = try termMatches(info, field: field, boost: SearchRequest.expansionWeight)
      } else {
        // A phrase only when the index has all its words (an unknown word is no news here).
        var complete = true
        for text in expansion where try reader.lookup(text) == nil { complete = false }
        guard complete else { continue }
        let phrase = expansion.enumerated().map { index, text in
          Analyzer.Term(text: text, word: text, position: index, range: 0..<0)
        }
        found = try phraseMatches(phrase, field: field).scaled(by: SearchRequest.expansionWeight)
      }
      guard !found.isEmpty else { continue }
      used.append(expansion.joined(separator: " "))
      result = result.union(found, best: true)
    }
    if !used.isEmpty { expansions.append((word, used)) }
    return result
  }

  /// The postings of a term, scored with BM25F (in one field, or all); only the documents
  /// `within` (increasing) when given.
  mutating func termMatches(
    _ info: TermInfo, field: Int?, boost: Double = 1, within: [Int32]? = nil
  ) throws(IndexError) -> Matches {
    let postings = try cachedPostings(info)
    matchedTerms.insert(info.text)
    let idf = searcher.scorer.inverseDocumentFrequency(info.documentFrequency) * boost
    var matches = Matches()
    let visited = within?.count ?? postings.documents.count
    matches.documents.reserveCapacity(visited)
    matches.scores.reserveCapacity(visited)
    if focus != nil { matches.details = [] }
    let fieldCount = postings.fieldCount
    func score(_ index: Int) {
      let document = postings.documents[index]
      if let focus, !focus.contains(document) { return }
      var pseudo = 0.0
      for candidate in 0..<fieldCount where field == nil || field == candidate {
        let frequency = postings.frequency(at: index, field: candidate)
        if frequency > 0 {
          pseudo += searcher.scorer.weightedFrequency(
            frequency, field: candidate, length: reader.fieldLength(Int(document), candidate))
        }
      }
      guard pseudo > 0 else { return }
      matches.documents.append(document)
      matches.scores.append(searcher.scorer.score(pseudoFrequency: pseudo, idf: idf))
      matches.details?.append([Matches.Contribution(term: info, field: field, boost: boost)])
    }
    if let within {
      // Only those documents, found by galloping through the postings.
      for index in SortedLists.positions(of: within, in: postings.documents) { score(index) }
    } else {
      for index in postings.documents.indices { score(index) }
    }
    return matches
  }

  /// Documents where the terms occur in sequence (stop words keep their gaps), in one field:
  /// the documents holding every term are found from the postings alone, their positions
  /// checked, and only the documents that pass are scored.
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
    guard infos.count > 1 else { return try termMatches(infos[0], field: field) }
    var postings: [Postings] = []
    for info in infos { postings.append(try cachedPostings(info)) }
    // The documents holding every term, rarest term first.
    var candidates = postings.min { $0.documents.count < $1.documents.count }?.documents ?? []
    for list in postings { candidates = SortedLists.intersection(candidates, list.documents) }
    var cursors = zip(infos, postings).map { reader.positionCursor($0, $1) }
    let offsets = terms.map { Int32($0.position - first.position) }
    var lists = [[Int32]](repeating: [], count: infos.count)
    var counts = [Int](repeating: 0, count: infos.count)
    var matched: [Int32] = []
    documents: for document in candidates {
      if let focus, !focus.contains(document) { continue }
      fields: for candidateField in 0..<reader.layout.fields.count where field == nil || field == candidateField {
        // Every term must be in the field (known from the postings) before positions are read.
        for term in infos.indices where try cursors[term].frequency(of: document, field: candidateField) == 0 {
          continue fields
        }
        for term in infos.indices {
          counts[term] = try cursors[term].positions(of: document, field: candidateField, into: &lists[term])
        }
        // Each list is increasing: binary search for each start's followers.
        for start in lists[0].prefix(counts[0])
        where (1..<infos.count).allSatisfy({ SortedLists.contains(lists[$0], count: counts[$0], start + offsets[$0]) })
        {
          matched.append(document)
          continue documents
        }
      }
    }
    var result: Matches?
    for info in infos {
      let scored = try termMatches(info, field: field, within: matched)
      result = result.map { $0.intersection(scored) } ?? scored
    }
    return result ?? Matches()
  }

  private mutating func cachedPostings(_ info: TermInfo) throws(IndexError) -> Postings {
    if let cached = postingsCache[info.ordinal] { return cached }
    let postings = try reader.postings(info)
    postingsCache[info.ordinal] = postings
    return postings
  }
}
