/// The terms and words of several partial indexes, merged: each distinct term with where it
/// occurs in each partial and its place in the sorted dictionary, and each distinct folded
/// word with its term and how often it occurred in all.
struct TermMerge {
  var terms: ByteTable
  /// Per merged term: the partials and local term numbers it occurs under, in partial order.
  var occurrences: [[(partial: Int, term: Int)]]
  /// Merged term ids in dictionary (byte) order, and each id's place in it.
  var order: [Int]
  var ordinal: [Int]
  var words: ByteTable
  /// Per merged word: its merged term and its count.
  var wordTerm: [Int]
  var wordCount: [Int]

  init(_ partials: [PartialIndex]) {
    var terms = ByteTable(capacity: partials.first?.terms.count ?? 1024)
    var occurrences: [[(partial: Int, term: Int)]] = []
    var local: [[Int]] = []
    for (index, partial) in partials.enumerated() {
      var ids: [Int] = []
      for term in 0..<partial.terms.count {
        let (id, isNew, _) = partial.terms.key(term).withUnsafeBufferPointer { terms.insert($0) }
        if isNew { occurrences.append([]) }
        occurrences[id].append((index, term))
        ids.append(id)
      }
      local.append(ids)
    }
    let order = (0..<terms.count).sorted { terms.key($0).lexicographicallyPrecedes(terms.key($1)) }
    var ordinal = [Int](repeating: 0, count: terms.count)
    for (place, id) in order.enumerated() { ordinal[id] = place }
    var words = ByteTable(capacity: partials.first?.words.count ?? 1024)
    var wordTerm: [Int] = []
    var wordCount: [Int] = []
    for (index, partial) in partials.enumerated() {
      partial.forEachWord { bytes, term, count in
        let (id, isNew, _) = bytes.withUnsafeBufferPointer { words.insert($0) }
        if isNew {
          wordTerm.append(local[index][term])
          wordCount.append(0)
        }
        wordCount[id] += count
      }
    }
    self.terms = terms
    self.occurrences = occurrences
    self.order = order
    self.ordinal = ordinal
    self.words = words
    self.wordTerm = wordTerm
    self.wordCount = wordCount
  }

  /// The word to show for a term (in suggestions): its most frequent word in all the
  /// documents, the first in byte order among equals; the term itself if it has none.
  func displayWords() -> [ArraySlice<UInt8>] {
    best().enumerated().map { term, word in word.map { words.key($0) } ?? terms.key(term) }
  }

  /// The most frequent word of each term.
  private func best() -> [Int?] {
    var best = [Int?](repeating: nil, count: terms.count)
    for word in 0..<words.count {
      let term = wordTerm[word]
      if let current = best[term] {
        let better =
          wordCount[word] > wordCount[current]
          || (wordCount[word] == wordCount[current] && words.key(word).lexicographicallyPrecedes(words.key(current)))
        if better { best[term] = word }
      } else {
        best[term] = word
      }
    }
    return best
  }

  /// Word ids in byte order.
  func sortedWords() -> [Int] {
    (0..<words.count).sorted { words.key($0).lexicographicallyPrecedes(words.key($1)) }
  }
}
