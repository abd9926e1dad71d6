/// The inverted index of a run of documents, built in memory by one thread. Partial indexes
/// of consecutive runs are merged by ``IndexSerializer``.
///
/// Everything the indexer updates for a term sits in one 64-byte ``TermState`` (and for a
/// word in its table entry's payload), so each term of a document costs one cache miss, not
/// one per array.
final class PartialIndex: @unchecked Sendable {
  // @unchecked: built by one thread, then handed whole to the merge; never shared while written.
  /// A term's postings and positions so far (see ``IndexFormat``), and bookkeeping.
  struct TermState {
    var postings = RawVector<UInt8>(capacity: 8)
    var positions = RawVector<UInt8>(capacity: 16)
    var lastDocument: Int32 = -1
    var documentFrequency: Int32 = 0
    /// The term's number among the current document's terms, or -1.
    var slot: Int32 = -1
  }

  let fieldCount: Int
  /// Folded words; each payload holds the word's term + 1 (0 for a stop word) in its high 32
  /// bits and how often it occurred in its low 32 bits.
  private(set) var words = ByteTable(capacity: 1 << 14)
  /// Stemmed terms, each with its state.
  private(set) var terms = ByteTable(capacity: 1 << 14)
  private var termStates = RawVector<TermState>(capacity: 1 << 14)
  /// Field lengths (in terms), `fieldCount` per document.
  private(set) var fieldLengths = RawVector<UInt16>(capacity: 1 << 12)
  private(set) var storedRecords: [[UInt8]] = []
  /// Per document: its first and last year (0 when it has none).
  private(set) var years = RawVector<UInt16>(capacity: 1 << 12)
  /// Per facet, each value's documents (numbered from 0 in this partial).
  private(set) var facets: [[String: [Int32]]]
  /// Items that were not indexed.
  var notIndexed: [FileStamp] = []
  /// The current document's occurrences (term << 32 | field << 27 | position), in order,
  /// and scratch space to group them by term.
  private var occurrences = RawVector<UInt64>(capacity: 1 << 12)
  private var grouped = RawVector<UInt64>(capacity: 1 << 12)
  private var localTerms = RawVector<Int32>(capacity: 1 << 10)
  private var localStarts = RawVector<Int32>(capacity: 1 << 10)

  init(layout: IndexLayout) {
    precondition(layout.fields.count <= 16)
    fieldCount = layout.fields.count
    facets = [[String: [Int32]]](repeating: [:], count: layout.facets.count)
  }

  deinit {
    for term in 0..<termStates.count {
      termStates[term].postings.free()
      termStates[term].positions.free()
    }
    termStates.free()
    fieldLengths.free()
    years.free()
    occurrences.free()
    grouped.free()
    localTerms.free()
    localStarts.free()
  }

  /// The number of documents added.
  var documentCount: Int { storedRecords.count }

  /// The postings, positions, document frequency and last document of term `term`.
  func state(_ term: Int) -> TermState { termStates[term] }

  /// Adds a document, numbered after those added before.
  func add(_ document: IndexDocument) {
    let number = documentCount
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
    years.append(UInt16(clamping: document.years?.lowerBound ?? 0))
    years.append(UInt16(clamping: document.years?.upperBound ?? 0))
    for (facet, values) in document.facets.enumerated() where facet < facets.count {
      for value in Set(values) { facets[facet][value, default: []].append(Int32(number)) }
    }
    storedRecords.append(StoredRecord.encode(document))
    flush(document: number)
  }

  /// The term of a folded word, analysing each distinct word once.
  @inline(__always)
  private func term(for word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let (id, isNew) = words.insert(word)
    if isNew, let stem = Analyzer.normalize(word) {
      let term = stem.withUnsafeBufferPointer { stem in
        let (termID, isNewTerm) = terms.insert(stem)
        if isNewTerm { termStates.append(TermState()) }
        return termID
      }
      words[payload: id] = UInt64(term + 1) << 32
    }
    let payload = words[payload: id]
    if payload & 0xFFFF_FFFF != 0xFFFF_FFFF { words[payload: id] = payload + 1 }  // the count saturates
    return Int32(truncatingIfNeeded: payload >> 32) - 1
  }

  /// Appends the current document's postings and positions to each of its terms. The
  /// occurrences are grouped by term with a counting sort (stable, so each term's run stays
  /// in field and position order).
  private func flush(document: Int) {
    let states = termStates.base
    // Number the document's terms and count their occurrences.
    localTerms.removeAll()
    localStarts.removeAll()
    for index in 0..<occurrences.count {
      let term = Int(occurrences[index] >> 32)
      var local = Int(states[term].slot)
      if local < 0 {
        local = localTerms.count
        states[term].slot = Int32(local)
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
      let local = Int(states[Int(occurrences[index] >> 32)].slot)
      grouped[Int(localStarts[local])] = occurrences[index]
      localStarts[local] += 1
    }
    var frequencies = [Int](repeating: 0, count: fieldCount)
    var start = 0
    for local in 0..<localTerms.count {
      let state = states + Int(localTerms[local])
      let end = Int(localStarts[local])
      for field in 0..<fieldCount { frequencies[field] = 0 }
      var mask = 0
      for index in start..<end {
        let field = Int(grouped[index] >> 27 & 0x1F)
        frequencies[field] += 1
        mask |= 1 << field
      }
      let previous = Int(state.pointee.lastDocument)
      state.pointee.postings.varint(previous < 0 ? document : document - previous)
      state.pointee.postings.varint(mask)
      // Frequencies are kept up to 65,535 a field (what the reader decodes), with as many
      // positions.
      for field in 0..<fieldCount where frequencies[field] > 0 {
        frequencies[field] = min(frequencies[field], Int(UInt16.max))
        state.pointee.postings.varint(frequencies[field])
      }
      // Positions, field by field, each as a delta from the previous one in the field.
      var lastField = -1
      var lastPosition = 0
      var written = 0
      for index in start..<end {
        let field = Int(grouped[index] >> 27 & 0x1F)
        let position = Int(grouped[index] & 0x7FF_FFFF)
        if field != lastField {
          lastField = field
          lastPosition = 0
          written = 0
        }
        guard written < frequencies[field] else { continue }
        state.pointee.positions.varint(position - lastPosition)
        lastPosition = position
        written += 1
      }
      state.pointee.documentFrequency += 1
      state.pointee.lastDocument = Int32(document)
      state.pointee.slot = -1
      start = end
    }
    occurrences.removeAll()
  }

  /// Calls `body` with each folded word that is not a stop word: its bytes, its term and how
  /// often it occurred.
  func forEachWord(_ body: (ArraySlice<UInt8>, Int, Int) -> Void) {
    for word in 0..<words.count where words[payload: word] >> 32 > 0 {
      let payload = words[payload: word]
      body(words.key(word), Int(payload >> 32) - 1, Int(payload & 0xFFFF_FFFF))
    }
  }
}
