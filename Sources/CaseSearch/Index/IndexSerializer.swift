/// Merges partial indexes and lays out the sections of an index file.
struct IndexSerializer {
  let layout: IndexLayout
  let documents: [IndexDocument]
  let partials: [PartialIndex]
  let metadata: IndexWriter.Metadata

  func bytes() -> [UInt8] {
    var sections: [(IndexFormat.Section, [UInt8])] = []
    let merge = TermMerge(partials)
    let (terms, termBytes, postings, positions) = termSections(merge)
    let (words, wordBytes) = wordSections(merge)
    sections.append((.meta, metaSection()))
    let (docs, stored) = documentSections()
    sections.append((.docs, docs))
    sections.append((.stored, stored))
    sections.append((.terms, terms))
    sections.append((.termBytes, termBytes))
    sections.append((.postings, postings))
    sections.append((.positions, positions))
    sections.append((.facets, facetSection()))
    sections.append((.words, words))
    sections.append((.wordBytes, wordBytes))

    var file = ByteWriter()
    file.bytes.append(contentsOf: IndexFormat.magic)
    file.u32(IndexFormat.version)
    file.u32(0)
    file.u32(UInt32(sections.count))
    file.bytes.append(contentsOf: repeatElement(0, count: 12))
    let tableStart = file.count
    file.bytes.append(contentsOf: repeatElement(0, count: sections.count * IndexFormat.tableEntrySize))
    var table = ByteWriter()
    for (kind, bytes) in sections {
      file.align(to: 8)
      table.u32(kind.rawValue)
      table.u32(CRC32.checksum(bytes))
      table.u64(UInt64(file.count))
      table.u64(UInt64(bytes.count))
      file.bytes.append(contentsOf: bytes)
    }
    file.bytes.replaceSubrange(tableStart..<tableStart + table.count, with: table.bytes)
    file.align(to: 8)
    let length = file.count
    file.u32(CRC32.checksum(file.bytes))
    file.u64(UInt64(length))
    file.u32(IndexFormat.footerMagic)
    return file.bytes
  }

  // MARK: - Sections

  private func metaSection() -> [UInt8] {
    var writer = ByteWriter()
    writer.varint(documents.count)
    writer.varint(layout.fields.count)
    var totals = [Int](repeating: 0, count: layout.fields.count)
    for partial in partials {
      for (index, length) in partial.fieldLengths.buffer.enumerated() { totals[index % layout.fields.count] += Int(length) }
    }
    for (field, definition) in layout.fields.enumerated() {
      writer.string(definition.name)
      writer.u64(definition.weight.bitPattern)
      writer.u64(definition.lengthNormalization.bitPattern)
      writer.u64(UInt64(totals[field]))
    }
    writer.varint(layout.facets.count)
    for facet in layout.facets { writer.string(facet) }
    writer.varint(layout.stored.count)
    for name in layout.stored { writer.string(name) }
    writer.u64(UInt64(bitPattern: metadata.folderModified))
    writer.u64(UInt64(bitPattern: metadata.built))
    writer.varint(metadata.otherFiles.count)
    for stamp in metadata.otherFiles {
      writer.string(stamp.path)
      writer.u64(UInt64(bitPattern: stamp.size))
      writer.u64(UInt64(bitPattern: stamp.modified))
    }
    return writer.bytes
  }

  private func documentSections() -> (docs: [UInt8], stored: [UInt8]) {
    var docs = ByteWriter()
    var stored = ByteWriter()
    let recordSize = IndexFormat.docRecordSize(fieldCount: layout.fields.count)
    var number = 0
    for partial in partials {
      let fieldCount = layout.fields.count
      for offset in 0..<partial.documentCount {
        let record = partial.storedRecords[offset]
        let lengths = partial.fieldLengths.buffer[offset * fieldCount..<(offset + 1) * fieldCount]
        let start = docs.count
        docs.u64(UInt64(stored.count))
        docs.u32(UInt32(record.count))
        docs.u32(CRC32.checksum(record))
        let years = documents[number].years
        docs.u16(UInt16(clamping: years?.lowerBound ?? 0))
        docs.u16(UInt16(clamping: years?.upperBound ?? 0))
        for length in lengths { docs.u16(length) }
        while docs.count - start < recordSize { docs.u8(0) }
        stored.bytes.append(contentsOf: record)
        number += 1
      }
    }
    return (docs.bytes, stored.bytes)
  }

  /// The merged, sorted term dictionary with its postings and positions.
  private func termSections(_ merge: TermMerge) -> (terms: [UInt8], termBytes: [UInt8], postings: [UInt8], positions: [UInt8]) {
    var entries = ByteWriter()
    var blob = ByteWriter()
    var postings = ByteWriter()
    var positions = ByteWriter()
    let display = merge.displayWords()
    for id in merge.order {
      let postingsStart = postings.count
      let positionsStart = positions.count
      var frequency = 0
      var previousLast = -1
      for (partial, term) in merge.occurrences[id] {
        let source = partials[partial]
        appendPostings(source.postings[term].bytes, previousLast: previousLast, into: &postings)
        positions.bytes.append(contentsOf: source.positions[term].bytes)
        frequency += Int(source.docFrequency[term])
        previousLast = Int(source.lastDocument[term])
      }
      let termStart = blob.count
      let key = merge.terms.key(id)
      blob.bytes.append(contentsOf: key)
      let surface = display[id]
      let surfaceStart = blob.count
      blob.bytes.append(contentsOf: surface)
      let crc = postings.bytes.withUnsafeBytes { postingBytes in
        positions.bytes.withUnsafeBytes { positionBytes in
          CRC32.checksum(
            UnsafeRawBufferPointer(rebasing: positionBytes[positionsStart...]),
            continuing: CRC32.checksum(UnsafeRawBufferPointer(rebasing: postingBytes[postingsStart...])))
        }
      }
      entries.u32(UInt32(termStart))
      entries.u16(UInt16(clamping: key.count))
      entries.u16(UInt16(clamping: surface.count))
      entries.u32(UInt32(surfaceStart))
      entries.u32(UInt32(frequency))
      entries.u64(UInt64(postingsStart))
      entries.u64(UInt64(positionsStart))
      entries.u32(UInt32(postings.count - postingsStart))
      entries.u32(UInt32(positions.count - positionsStart))
      entries.u32(crc)
      entries.u32(0)
    }
    var terms = ByteWriter()
    terms.u32(UInt32(merge.order.count))
    terms.u32(0)
    terms.bytes.append(contentsOf: entries.bytes)
    return (terms.bytes, blob.bytes, postings.bytes, positions.bytes)
  }

  /// The sorted word list: every folded word the documents hold (stop words aside), each
  /// with its term's place in the dictionary, for prefix queries (`algorith*`).
  private func wordSections(_ merge: TermMerge) -> (words: [UInt8], wordBytes: [UInt8]) {
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

  /// Appends one partial's postings, re-encoding its first document number as a delta from
  /// the previous partial's last document.
  private func appendPostings(_ bytes: UnsafeBufferPointer<UInt8>, previousLast: Int, into postings: inout ByteWriter) {
    guard previousLast >= 0, !bytes.isEmpty else {
      postings.bytes.append(contentsOf: bytes)
      return
    }
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
    postings.varint(Int(first) - previousLast)
    postings.bytes.append(contentsOf: bytes[index...])
  }

  /// A directory of facet blocks, then the blocks: each value (sorted) with its document
  /// count, the byte length and checksum of its document list, and the list (deltas).
  private func facetSection() -> [UInt8] {
    var blocks: [[UInt8]] = []
    for facet in layout.facets.indices {
      var byValue: [String: [Int]] = [:]
      for (number, document) in documents.enumerated() where facet < document.facets.count {
        for value in Set(document.facets[facet]) { byValue[value, default: []].append(number) }
      }
      var block = ByteWriter()
      for value in byValue.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        // swift-format-ignore: NeverForceUnwrap
        // The keys come from the dictionary itself.
        let numbers = byValue[value]!
        var list = ByteWriter()
        var previous = 0
        for number in numbers {
          list.varint(number - previous)
          previous = number
        }
        block.string(value)
        block.varint(numbers.count)
        block.varint(list.count)
        block.u32(CRC32.checksum(list.bytes))
        block.bytes.append(contentsOf: list.bytes)
      }
      blocks.append(block.bytes)
    }
    var writer = ByteWriter()
    writer.u32(UInt32(blocks.count))
    writer.u32(0)
    var offset = 8 + 16 * blocks.count
    for block in blocks {
      writer.u64(UInt64(offset))
      writer.u64(UInt64(block.count))
      offset += block.count
    }
    for block in blocks { writer.bytes.append(contentsOf: block) }
    return writer.bytes
  }
}
