/// The inverted index of a run of documents, built in memory by one thread. Partial indexes
/// of consecutive runs are merged by ``IndexSerializer``.
final class PartialIndex: @unchecked Sendable {
  let fieldCount: Int
  let firstDocument: Int
  /// Folded words seen, each with its term (or -1 for a stop word) and how often it occurred.
  private(set) var words = ByteTable(capacity: 1 << 14)
  private var wordTerm = RawVector<Int32>(capacity: 1 << 14)
  private var wordCount = RawVector<Int32>(capacity: 1 << 14)
  /// Stemmed terms, with their postings and positions (see ``IndexFormat``).
  private(set) var terms = ByteTable(capacity: 1 << 14)
  private(set) var postings = RawVector<RawVector<UInt8>>(capacity: 1 << 14)
  private(set) var positions = RawVector<RawVector<UInt8>>(capacity: 1 << 14)
  private(set) var docFrequency = RawVector<Int32>(capacity: 1 << 14)
  private(set) var lastDocument = RawVector<Int32>(capacity: 1 << 14)
  /// Field lengths (in terms), `fieldCount` per document.
  private(set) var fieldLengths = RawVector<UInt16>(capacity: 1 << 12)
  private(set) var storedRecords: [[UInt8]] = []
  /// The current document's occurrences (term << 32 | field << 27 | position), in order,
  /// and scratch space to group them by term.
  private var occurrences = RawVector<UInt64>(capacity: 1 << 12)
  private var grouped = RawVector<UInt64>(capacity: 1 << 12)
  /// Per term: its number among the current document's terms, or -1.
  private var slot = RawVector<Int32>(capacity: 1 << 14)
  private var localTerms = RawVector<Int32>(capacity: 1 << 10)
  private var localStarts = RawVector<Int32>(capacity: 1 << 10)

  init(fieldCount: Int, firstDocument: Int) {
    precondition(fieldCount <= 16)
    self.fieldCount = fieldCount
    self.firstDocument = firstDocument
  }

  deinit {
    for term in 0..<postings.count {
      postings[term].free()
      positions[term].free()
    }
    for vector in [wordTerm, wordCount, docFrequency, lastDocument, slot, localTerms, localStarts] { vector.free() }
    grouped.free()
    postings.free()
    positions.free()
    fieldLengths.free()
    occurrences.free()
  }

  /// The number of documents added.
  var documentCount: Int { storedRecords.count }

  /// Adds the document numbered `number` (numbers must increase).
  func add(_ document: IndexDocument, number: Int) {
    for field in 0..<fieldCount {
      var text = field < document.fields.count ? document.fields[field] : ""
      var length = 0
      text.withUTF8 { bytes in
        Tokenizer.scan(bytes) { word, position, _ in
          let term = self.term(for: word)
          guard term >= 0 else { return }
          self.occurrences.append(UInt64(term) << 32 | UInt64(field) << 27 | UInt64(min(position, (1 << 27) - 1)))
          length += 1
        }
      }
      fieldLengths.append(UInt16(min(length, Int(UInt16.max))))
    }
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
            postings.append(RawVector<UInt8>(capacity: 8))
            positions.append(RawVector<UInt8>(capacity: 16))
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

  /// Appends the current document's postings and positions to each of its terms. The
  /// occurrences are grouped by term with a counting sort (stable, so each term's run stays
  /// in field and position order).
  private func flush(document: Int) {
    // Number the document's terms and count their occurrences.
    localTerms.removeAll()
    localStarts.removeAll()
    for index in 0..<occurrences.count {
      let term = Int(occurrences[index] >> 32)
      var local = Int(slot[term])
      if local < 0 {
        local = localTerms.count
        slot[term] = Int32(local)
        localTerms.append(Int32(term))
        localStarts.append(0)
      }
      localStarts[local] += 1
    }
    // Counts to starts, then scatter (each start advancing to its run's end).
    var total: Int32 = 0
    for local in 0..<localStarts.count {
      let count = localStarts[local]
      localStarts[local] = total
      total += count
    }
    grouped.removeAll()
    for _ in 0..<occurrences.count { grouped.append(0) }
    for index in 0..<occurrences.count {
      let local = Int(slot[Int(occurrences[index] >> 32)])
      grouped[Int(localStarts[local])] = occurrences[index]
      localStarts[local] += 1
    }
    var frequencies = [Int](repeating: 0, count: fieldCount)
    var start = 0
    for local in 0..<localTerms.count {
      let term = Int(localTerms[local])
      let end = Int(localStarts[local])
      for field in 0..<fieldCount { frequencies[field] = 0 }
      var mask = 0
      for index in start..<end {
        let field = Int(grouped[index] >> 27 & 0x1F)
        frequencies[field] += 1
        mask |= 1 << field
      }
      let previous = Int(lastDocument[term])
      postings.base[term].varint(previous < 0 ? document : document - previous)
      postings.base[term].varint(mask)
      for field in 0..<fieldCount where frequencies[field] > 0 { postings.base[term].varint(frequencies[field]) }
      // Positions, field by field, each as a delta from the previous one in the field.
      var lastField = -1
      var lastPosition = 0
      for index in start..<end {
        let field = Int(grouped[index] >> 27 & 0x1F)
        let position = Int(grouped[index] & 0x7FF_FFFF)
        if field != lastField {
          lastField = field
          lastPosition = 0
        }
        positions.base[term].varint(position - lastPosition)
        lastPosition = position
      }
      docFrequency[term] += 1
      lastDocument[term] = Int32(document)
      slot[term] = -1
      start = end
    }
    occurrences.removeAll()
  }

  /// Calls `body` with each folded word that is not a stop word: its bytes, its term and how
  /// often it occurred.
  func forEachWord(_ body: (ArraySlice<UInt8>, Int, Int) -> Void) {
    for word in 0..<words.count where wordTerm[word] >= 0 {
      body(words.key(word), Int(wordTerm[word]), Int(wordCount[word]))
    }
  }
}
