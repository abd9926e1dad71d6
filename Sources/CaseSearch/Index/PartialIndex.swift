/// The inverted index of a run of documents, built in memory by one thread. Two partial
/// indexes of consecutive runs merge into one (``IndexWriter``).
final class PartialIndex: @unchecked Sendable {
  let fieldCount: Int
  /// Folded words seen, each with its term (or -1 for a stop word) and how often it occurred.
  var words = ByteTable(capacity: 1 << 14)
  var wordTerm: [Int32] = []
  var wordCount: [Int32] = []
  /// Stemmed terms, with their postings and positions.
  var terms = ByteTable(capacity: 1 << 14)
  var postings: [ByteWriter] = []
  var positions: [ByteWriter] = []
  var docFrequency: [Int32] = []
  var lastDocument: [Int32] = []
  /// Per document: field lengths (in terms), and its stored record.
  var fieldLengths: [[UInt16]] = []
  var storedRecords: [[UInt8]] = []
  let firstDocument: Int

  // Scratch space for the document being added.
  private var slot: [Int32] = []
  private var localTerms: [Int32] = []
  private var localHead: [Int32] = []
  private var localTail: [Int32] = []
  private var entryField: [UInt8] = []
  private var entryPosition: [Int32] = []
  private var entryNext: [Int32] = []

  init(fieldCount: Int, firstDocument: Int) {
    self.fieldCount = fieldCount
    self.firstDocument = firstDocument
  }

  /// Adds the document numbered `number` (numbers must increase).
  func add(_ document: IndexDocument, number: Int) {
    var lengths = [UInt16](repeating: 0, count: fieldCount)
    for (field, text) in document.fields.enumerated() where field < fieldCount {
      var text = text
      var length = 0
      text.withUTF8 { bytes in
        Tokenizer.scan(bytes) { word, position, _ in
          let term = self.term(for: word)
          guard term >= 0 else { return }
          self.record(term: term, field: field, position: position)
          length += 1
        }
      }
      lengths[field] = UInt16(min(length, Int(UInt16.max)))
    }
    fieldLengths.append(lengths)
    storedRecords.append(StoredRecord.encode(document))
    flush(document: number)
  }

  /// The term of a folded word, analysing each distinct word once.
  @inline(__always)
  private func term(for word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let (id, isNew) = words.insert(word)
    if isNew {
      var term: Int32 = -1
      if let stem = Analyzer.normalize(word) {
        term = stem.withUnsafeBufferPointer { stem in
          let (termID, isNewTerm) = terms.insert(stem)
          if isNewTerm {
            postings.append(ByteWriter())
            positions.append(ByteWriter())
            docFrequency.append(0)
            lastDocument.append(-1)
            slot.append(-1)
          }
          return Int32(termID)
        }
      }
      wordTerm.append(term)
      wordCount.append(0)
    }
    wordCount[id] += 1
    return wordTerm[id]
  }

  @inline(__always)
  private func record(term: Int32, field: Int, position: Int) {
    var local = slot[Int(term)]
    let entry = Int32(entryField.count)
    entryField.append(UInt8(field))
    entryPosition.append(Int32(truncatingIfNeeded: position))
    entryNext.append(-1)
    if local < 0 {
      local = Int32(localTerms.count)
      slot[Int(term)] = local
      localTerms.append(term)
      localHead.append(entry)
      localTail.append(entry)
    } else {
      entryNext[Int(localTail[Int(local)])] = entry
      localTail[Int(local)] = entry
    }
  }

  /// Appends the current document's postings and positions to each of its terms.
  private func flush(document: Int) {
    var frequencies = [Int](repeating: 0, count: fieldCount)
    for (local, term) in localTerms.enumerated() {
      let termIndex = Int(term)
      for field in 0..<fieldCount { frequencies[field] = 0 }
      var mask: UInt16 = 0
      var entry = Int(localHead[local])
      while entry >= 0 {
        let field = Int(entryField[entry])
        frequencies[field] += 1
        mask |= 1 << UInt16(field)
        entry = Int(entryNext[entry])
      }
      let previous = Int(lastDocument[termIndex])
      postings[termIndex].varint(previous < 0 ? document : document - previous)
      postings[termIndex].varint(Int(mask))
      for field in 0..<fieldCount where frequencies[field] > 0 { postings[termIndex].varint(frequencies[field]) }
      // Positions, field by field, each as a delta from the previous one in the field.
      var lastField = -1
      var lastPosition = 0
      entry = Int(localHead[local])
      while entry >= 0 {
        let field = Int(entryField[entry])
        let position = Int(entryPosition[entry])
        if field != lastField {
          lastField = field
          lastPosition = 0
        }
        positions[termIndex].varint(position - lastPosition)
        lastPosition = position
        entry = Int(entryNext[entry])
      }
      docFrequency[termIndex] += 1
      lastDocument[termIndex] = Int32(document)
      slot[termIndex] = -1
    }
    localTerms.removeAll(keepingCapacity: true)
    localHead.removeAll(keepingCapacity: true)
    localTail.removeAll(keepingCapacity: true)
    entryField.removeAll(keepingCapacity: true)
    entryPosition.removeAll(keepingCapacity: true)
    entryNext.removeAll(keepingCapacity: true)
  }

  /// The most frequent folded word for each term, to show in suggestions.
  func displayWords() -> [ArraySlice<UInt8>?] {
    var best = [Int](repeating: -1, count: terms.count)
    for word in 0..<words.count {
      let term = Int(wordTerm[word])
      guard term >= 0 else { continue }
      if best[term] < 0 || wordCount[word] > wordCount[best[term]] { best[term] = word }
    }
    return best.map { $0 < 0 ? nil : words.key($0) }
  }
}
