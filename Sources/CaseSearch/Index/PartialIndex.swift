/// The inverted index of a run of documents, built in memory by one thread. Partial indexes
/// of consecutive runs are merged by ``IndexSerializer``.
///
/// Occurrences are inverted a block of documents at a time: gathered in document order, sorted
/// by term (a stable radix sort, so each term's occurrences stay in document, field and
/// position order), then appended to each term's postings and positions. A term's state and
/// buffers are touched once a block rather than once a document, which is where the time of
/// an inverted indexer goes (cache misses, not instructions).
final class PartialIndex: @unchecked Sendable {
  // @unchecked: built by one thread, then handed whole to the merge; never shared while written.
  /// A term's postings and positions so far (see ``IndexFormat``), and bookkeeping.
  struct TermState {
    var postings = RawVector<UInt8>(capacity: 8)
    var positions = RawVector<UInt8>(capacity: 16)
    var lastDocument: Int32 = -1
    var documentFrequency: Int32 = 0
  }

  /// One occurrence of a term: the document (numbered in this partial), field and position.
  struct Occurrence {
    var term: UInt32
    var document: UInt32
    /// field << 27 | position.
    var place: UInt32
  }

  /// The occurrences gathered before they are inverted, by default (12 bytes each, twice:
  /// 6 MB a thread).
  static let blockSize = 1 << 18
  let blockSize: Int

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
  /// The block's occurrences in document order, and scratch space to sort them by term.
  private var occurrences: RawVector<Occurrence>
  private var sorted: RawVector<Occurrence>

  init(layout: IndexLayout, blockSize: Int) {
    precondition(layout.fields.count <= 16)
    self.blockSize = max(1, blockSize)
    occurrences = RawVector(capacity: self.blockSize + (1 << 12))
    sorted = RawVector(capacity: self.blockSize + (1 << 12))
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
    sorted.free()
  }

  /// The number of documents added.
  var documentCount: Int { storedRecords.count }

  /// The postings, positions, document frequency and last document of term `term` (after
  /// ``finish()``).
  func state(_ term: Int) -> TermState { termStates[term] }

  /// Adds a document, numbered after those added before.
  func add(_ document: IndexDocument) {
    let number = UInt32(documentCount)
    for field in 0..<fieldCount {
      var text = field < document.fields.count ? document.fields[field] : ""
      var length = 0
      text.withUTF8 { bytes in
        Tokenizer.scan(bytes) { word, position, _ in
          let term = self.term(for: word)
          guard term >= 0 else { return }
          self.occurrences.append(
            Occurrence(
              term: UInt32(term), document: number,
              place: UInt32(field) << 27 | UInt32(min(position, (1 << 27) - 1))))
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
    if occurrences.count >= blockSize { invert() }
  }

  /// Inverts the last block: call once after the last document, before reading the terms.
  func finish() { invert() }

  /// The term of a folded word, analysing each distinct word once.
  @inline(__always)
  private func term(for word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let (_, isNew, slot) = words.insert(word)
    if isNew, let stem = Analyzer.normalize(word) {
      let term = stem.withUnsafeBufferPointer { stem in
        let (termID, isNewTerm, _) = terms.insert(stem)
        if isNewTerm { termStates.append(TermState()) }
        return termID
      }
      words[slotPayload: slot] = UInt64(term + 1) << 32
    }
    let payload = words[slotPayload: slot]
    if payload & 0xFFFF_FFFF != 0xFFFF_FFFF { words[slotPayload: slot] = payload + 1 }  // the count saturates
    return Int32(truncatingIfNeeded: payload >> 32) - 1
  }

  /// Appends the block's postings and positions to each of its terms, and empties the block.
  private func invert() {
    let count = occurrences.count
    guard count > 0 else { return }
    let run = sortByTerm()
    let states = termStates.base
    var frequencies = (0..<16).map { _ in 0 }
    var index = 0
    while index < count {
      let term = Int(run[index].term)
      let state = states + term
      // Each document holding the term.
      while index < count, Int(run[index].term) == term {
        let document = run[index].document
        var end = index
        var mask = 0
        while end < count, Int(run[end].term) == term, run[end].document == document {
          let field = Int(run[end].place >> 27)
          if mask & (1 << field) == 0 {
            mask |= 1 << field
            frequencies[field] = 0
          }
          frequencies[field] += 1
          end += 1
        }
        let previous = Int(state.pointee.lastDocument)
        state.pointee.postings.varint(previous < 0 ? Int(document) : Int(document) - previous)
        state.pointee.postings.varint(mask)
        // Frequencies are kept up to 65,535 a field (what the reader decodes), with as many
        // positions.
        for field in 0..<fieldCount where mask & (1 << field) != 0 {
          frequencies[field] = min(frequencies[field], Int(UInt16.max))
          state.pointee.postings.varint(frequencies[field])
        }
        // Positions, field by field, each as a delta from the previous one in the field.
        var lastField = -1
        var lastPosition = 0
        var written = 0
        for place in index..<end {
          let field = Int(run[place].place >> 27)
          let position = Int(run[place].place & 0x7FF_FFFF)
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
        index = end
      }
    }
    occurrences.removeAll()
  }

  /// The block's occurrences sorted by term, keeping their order within a term: a
  /// least-significant-digit radix sort, 11 bits a pass, as many passes as the largest term
  /// needs.
  private func sortByTerm() -> UnsafeMutablePointer<Occurrence> {
    let count = occurrences.count
    var largest: UInt32 = 0
    for index in 0..<count { largest = max(largest, occurrences[index].term) }
    let bits = UInt32.bitWidth - largest.leadingZeroBitCount
    sorted.reserve(count)
    var source = occurrences.base
    var target = sorted.base
    var counts = [Int](repeating: 0, count: 1 << 11)
    var shift: UInt32 = 0
    while shift < bits || shift == 0 {
      for digit in 0..<counts.count { counts[digit] = 0 }
      for index in 0..<count { counts[Int(source[index].term >> shift & 0x7FF)] += 1 }
      var total = 0
      for digit in 0..<counts.count {
        let digitCount = counts[digit]
        counts[digit] = total
        total += digitCount
      }
      for index in 0..<count {
        let digit = Int(source[index].term >> shift & 0x7FF)
        target[counts[digit]] = source[index]
        counts[digit] += 1
      }
      swap(&source, &target)
      shift += 11
    }
    return source
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
