import CaseIO

/// Merges partial indexes and lays out the sections of an index file.
struct IndexSerializer {
  let layout: IndexLayout
  let partials: [PartialIndex]
  let metadata: IndexWriter.Metadata
  /// The number of the first document of each partial.
  let bases: [Int]
  let documentCount: Int

  init(layout: IndexLayout, partials: [PartialIndex], metadata: IndexWriter.Metadata) {
    self.layout = layout
    self.partials = partials
    self.metadata = metadata
    var bases: [Int] = []
    var count = 0
    for partial in partials {
      bases.append(count)
      count += partial.documentCount
    }
    self.bases = bases
    documentCount = count
  }

  /// The index file as chunks to write one after another: the header and section table,
  /// each section (padded to 8 bytes), and the footer.
  func chunks() -> [[UInt8]] {
    let merge = TermMerge(partials)
    let (terms, termBytes, postings, positions) = termSections(merge)
    let (words, wordBytes) = wordSections(merge)
    let (docs, stored) = documentSections()
    let sections: [(IndexFormat.Section, [UInt8])] = [
      (.meta, metaSection()), (.docs, docs), (.stored, stored), (.terms, terms), (.termBytes, termBytes),
      (.postings, postings), (.positions, positions), (.facets, facetSection()), (.words, words),
      (.wordBytes, wordBytes),
    ]
    let checksums = Parallel.map(count: sections.count) { index, _ in CRC32.checksum(sections[index].1) }

    var head = ByteWriter()
    head.bytes.append(contentsOf: IndexFormat.magic)
    head.u32(IndexFormat.version)
    head.u32(0)
    head.u32(UInt32(sections.count))
    head.bytes.append(contentsOf: repeatElement(0, count: 12))
    var offset = IndexFormat.aligned(IndexFormat.headerSize + sections.count * IndexFormat.tableEntrySize)
    for (index, (kind, bytes)) in sections.enumerated() {
      head.u32(kind.rawValue)
      head.u32(checksums[index])
      head.u64(UInt64(offset))
      head.u64(UInt64(bytes.count))
      offset = IndexFormat.aligned(offset + bytes.count)
    }
    // The footer's checksum covers the header and the table, which hold each section's.
    let headChecksum = CRC32.checksum(head.bytes)
    head.align(to: 8)
    var chunks = [head.bytes]
    for (_, bytes) in sections {
      chunks.append(bytes)
      let padding = IndexFormat.aligned(bytes.count) - bytes.count
      if padding > 0 { chunks.append([UInt8](repeating: 0, count: padding)) }
    }
    var footer = ByteWriter()
    footer.u32(headChecksum)
    footer.u64(UInt64(offset))
    footer.u32(IndexFormat.footerMagic)
    chunks.append(footer.bytes)
    return chunks
  }

  // MARK: - Sections

  private func metaSection() -> [UInt8] {
    var writer = ByteWriter()
    writer.varint(documentCount)
    writer.varint(layout.fields.count)
    var totals = [Int](repeating: 0, count: layout.fields.count)
    for partial in partials {
      for (index, length) in partial.fieldLengths.buffer.enumerated() {
        totals[index % layout.fields.count] += Int(length)
      }
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
    for partial in partials {
      let fieldCount = layout.fields.count
      for offset in 0..<partial.documentCount {
        let record = partial.storedRecords[offset]
        let lengths = partial.fieldLengths.buffer[offset * fieldCount..<(offset + 1) * fieldCount]
        let start = docs.count
        docs.u64(UInt64(stored.count))
        docs.u32(UInt32(record.count))
        docs.u32(CRC32.checksum(record))
        docs.u16(partial.years[2 * offset])
        docs.u16(partial.years[2 * offset + 1])
        for length in lengths { docs.u16(length) }
        while docs.count - start < recordSize { docs.u8(0) }
        stored.bytes.append(contentsOf: record)
      }
    }
    return (docs.bytes, stored.bytes)
  }

  /// A directory of facet blocks, then the blocks: each value (sorted) with its document
  /// count, the byte length and checksum of its document list, and the list (deltas).
  private func facetSection() -> [UInt8] {
    var blocks: [[UInt8]] = []
    for facet in layout.facets.indices {
      var byValue: [String: [Int]] = [:]
      for (partial, base) in zip(partials, bases) {
        for (value, numbers) in partial.facets[facet] { byValue[value, default: []] += numbers.map { base + Int($0) } }
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
