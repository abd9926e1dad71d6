import CaseIO

extension IndexSerializer {
  /// One term's dictionary entry, with offsets relative to its run (see ``termRun(_:_:)``).
  private struct TermEntry {
    var key: Int
    var keyLength: Int
    var surface: Int
    var surfaceLength: Int
    var frequency: Int
    var postings: Range<Int>
    var positions: Range<Int>
    var checksum: UInt32
  }

  /// The bytes of a run of consecutive dictionary terms.
  private struct TermRun: Sendable {
    var entries: [TermEntry] = []
    var blob = ByteWriter()
    var postings = ByteWriter()
    var positions = ByteWriter()
  }

  /// The merged, sorted term dictionary with its postings and positions, built in a run of
  /// terms per processor.
  func termSections(_ merge: TermMerge) -> (terms: [UInt8], termBytes: [UInt8], postings: [UInt8], positions: [UInt8]) {
    let display = merge.displayWords()
    let runCount = max(1, min(Parallel.processorCount, merge.order.count / 1_024))
    let bounds = (0...runCount).map { merge.order.count * $0 / runCount }
    let runs = Parallel.map(count: runCount, threads: runCount) { run, _ in
      termRun(merge.order[bounds[run]..<bounds[run + 1]], merge, display)
    }
    var terms = ByteWriter()
    terms.u32(UInt32(merge.order.count))
    terms.u32(0)
    var blob: [UInt8] = []
    var postings: [UInt8] = []
    var positions: [UInt8] = []
    blob.reserveCapacity(runs.reduce(0) { $0 + $1.blob.count })
    postings.reserveCapacity(runs.reduce(0) { $0 + $1.postings.count })
    positions.reserveCapacity(runs.reduce(0) { $0 + $1.positions.count })
    for run in runs {
      let (blobBase, postingsBase, positionsBase) = (blob.count, postings.count, positions.count)
      for entry in run.entries {
        terms.u32(UInt32(blobBase + entry.key))
        terms.u16(UInt16(clamping: entry.keyLength))
        terms.u16(UInt16(clamping: entry.surfaceLength))
        terms.u32(UInt32(blobBase + entry.surface))
        terms.u32(UInt32(entry.frequency))
        terms.u64(UInt64(postingsBase + entry.postings.lowerBound))
        terms.u64(UInt64(positionsBase + entry.positions.lowerBound))
        terms.u32(UInt32(entry.postings.count))
        terms.u32(UInt32(entry.positions.count))
        terms.u32(entry.checksum)
        terms.u32(0)
      }
      blob += run.blob.bytes
      postings += run.postings.bytes
      positions += run.positions.bytes
    }
    return (terms.bytes, blob, postings, positions)
  }

  /// The entries, term and display-word bytes, postings and positions of the terms `ids`.
  private func termRun(_ ids: ArraySlice<Int>, _ merge: TermMerge, _ display: [ArraySlice<UInt8>]) -> TermRun {
    var run = TermRun()
    var postingsSize = 0
    var positionsSize = 0
    for id in ids {
      for (partial, term) in merge.occurrences[id] {
        let state = partials[partial].state(term)
        postingsSize += state.postings.count + 4
        positionsSize += state.positions.count
      }
    }
    run.postings.bytes.reserveCapacity(postingsSize)
    run.positions.bytes.reserveCapacity(positionsSize)
    run.entries.reserveCapacity(ids.count)
    for id in ids {
      let postingsStart = run.postings.count
      let positionsStart = run.positions.count
      var frequency = 0
      var previousLast = -1
      for (partial, term) in merge.occurrences[id] {
        let state = partials[partial].state(term)
        appendPostings(state.postings.bytes, base: bases[partial], previousLast: previousLast, into: &run.postings)
        run.positions.bytes.append(contentsOf: state.positions.bytes)
        frequency += Int(state.documentFrequency)
        previousLast = bases[partial] + Int(state.lastDocument)
      }
      let key = merge.terms.key(id)
      let keyStart = run.blob.count
      run.blob.bytes.append(contentsOf: key)
      let surfaceStart = run.blob.count
      run.blob.bytes.append(contentsOf: display[id])
      let checksum = run.postings.bytes.withUnsafeBytes { postingBytes in
        run.positions.bytes.withUnsafeBytes { positionBytes in
          IndexFormat.termChecksum(
            frequency: frequency, key: key.withUnsafeBytes { CRC32.checksum($0) },
            postings: UnsafeRawBufferPointer(rebasing: postingBytes[postingsStart...]),
            positions: UnsafeRawBufferPointer(rebasing: positionBytes[positionsStart...]))
        }
      }
      run.entries.append(
        TermEntry(
          key: keyStart, keyLength: key.count, surface: surfaceStart, surfaceLength: display[id].count,
          frequency: frequency,
          postings: postingsStart..<run.postings.count, positions: positionsStart..<run.positions.count,
          checksum: checksum))
    }
    return run
  }

  /// The sorted word list: every folded word the documents hold (stop words aside), each
  /// with its term's place in the dictionary, for prefix queries (`algorith*`).
  func wordSections(_ merge: TermMerge) -> (words: [UInt8], wordBytes: [UInt8]) {
    var entries = ByteWriter()
    var blob = ByteWriter()
    for word in merge.sortedWords() {
      let key = merge.words.key(word)
      entries.u32(UInt32(blob.count))
      entries.u16(UInt16(clamping: key.count))
      entries.u16(0)
      entries.u32(UInt32(merge.ordinal[merge.wordTerm[word]]))
      blob.bytes.append(contentsOf: key)
    }
    var words = ByteWriter()
    words.u32(UInt32(merge.words.count))
    words.u32(0)
    words.bytes.append(contentsOf: entries.bytes)
    return (words.bytes, blob.bytes)
  }

  /// Appends one partial's postings, its first document number (numbered from 0 in the
  /// partial) made global with `base` and re-encoded as a delta from the previous partial's
  /// last document.
  private func appendPostings(
    _ bytes: UnsafeBufferPointer<UInt8>, base: Int, previousLast: Int, into postings: inout ByteWriter
  ) {
    guard !bytes.isEmpty else { return }
    var first: UInt64 = 0
    var shift: UInt64 = 0
    var index = 0
    while true {
      let byte = bytes[index]
      first |= UInt64(byte & 0x7F) << shift
      index += 1
      if byte < 0x80 { break }
      shift += 7
    }
    postings.varint(base + Int(first) - max(previousLast, 0))
    postings.bytes.append(contentsOf: bytes[index...])
  }
}
