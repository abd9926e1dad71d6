extension IndexReader {
  /// The FACETS section's directory: where each facet's block of values lies. The blocks are
  /// read only when a filter or a facet count needs them.
  func readFacetDirectory() throws(IndexError) -> [Range<Int>] {
    let bytes = section(.facets)
    var cursor = ByteCursor(bytes)
    let count = Int(try cursor.u32())
    _ = try cursor.u32()
    guard count == layout.facets.count else { throw IndexError.corrupt("the facet table is damaged") }
    var blocks: [Range<Int>] = []
    for _ in 0..<count {
      let offset = try cursor.size()
      let length = try cursor.size()
      guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else {
        throw IndexError.corrupt("the facet table is damaged")
      }
      blocks.append(offset..<offset + length)
    }
    return blocks
  }

  /// One value of a facet block: its UTF-8 bytes, how many documents have it, and where
  /// their list lies (with its checksum).
  private struct FacetEntry {
    var value: UnsafeRawBufferPointer
    var count: Int
    var list: Range<Int>
    var checksum: UInt32
  }

  /// Calls `body` with each value of `facet` in order, until it returns false.
  private func forEachEntry(_ facet: Int, _ body: (FacetEntry) throws(IndexError) -> Bool) throws(IndexError) {
    let bytes = section(.facets)
    let block = facetBlocks[facet]
    var cursor = ByteCursor(bytes, at: block.lowerBound)
    while cursor.position < block.upperBound {
      let length = try cursor.int(atMost: block.upperBound - cursor.position)
      let start = cursor.position
      cursor.position += length
      let count = try cursor.int(atMost: documentCount)
      let listLength = try cursor.int(atMost: block.upperBound - cursor.position)
      let checksum = try cursor.u32()
      let listStart = cursor.position
      guard listLength <= block.upperBound - listStart else { throw IndexError.corrupt("the facet table is damaged") }
      cursor.position += listLength
      let entry = FacetEntry(
        value: UnsafeRawBufferPointer(rebasing: bytes[start..<start + length]), count: count,
        list: listStart..<listStart + listLength, checksum: checksum)
      guard try body(entry) else { return }
    }
  }

  /// The document list of an entry, after checking its checksum.
  private func documents(_ entry: FacetEntry, facet: Int) throws(IndexError) -> [Int32] {
    let bytes = UnsafeRawBufferPointer(rebasing: section(.facets)[entry.list])
    guard CRC32.checksum(bytes) == entry.checksum else {
      let value = String(decoding: entry.value, as: UTF8.self)
      throw IndexError.corrupt("the checksum of the documents of \(layout.facets[facet]) \"\(value)\" does not match")
    }
    var cursor = ByteCursor(bytes)
    var numbers: [Int32] = []
    numbers.reserveCapacity(entry.count)
    var previous = 0
    while !cursor.isAtEnd {
      previous += try cursor.int(atMost: documentCount)
      guard previous < documentCount else { throw IndexError.corrupt("a facet lists a document out of range") }
      numbers.append(Int32(previous))
    }
    guard numbers.count == entry.count else { throw IndexError.corrupt("a facet's document list is damaged") }
    return numbers
  }

  /// The values of facet `facet`, sorted.
  public func facetValues(_ facet: Int) throws(IndexError) -> [String] {
    var values: [String] = []
    try forEachEntry(facet) { (entry) throws(IndexError) in
      values.append(String(decoding: entry.value, as: UTF8.self))
      return true
    }
    return values
  }

  /// The documents with `value` for facet `facet`, in order.
  public func documents(facet: Int, value: String) throws(IndexError) -> [Int32] {
    try documents(facet: facet, values: [value])
  }

  /// The documents with any of `values` for facet `facet`, in order, each once.
  public func documents(facet: Int, values: Set<String>) throws(IndexError) -> [Int32] {
    let wanted = Set(values.map { Array($0.utf8) })
    var lists: [[Int32]] = []
    try forEachEntry(facet) { (entry) throws(IndexError) in
      if wanted.contains(Array(entry.value)) { lists.append(try documents(entry, facet: facet)) }
      return true
    }
    guard lists.count > 1 else { return lists.first ?? [] }
    var marked = [Bool](repeating: false, count: documentCount)
    for list in lists {
      for number in list { marked[Int(number)] = true }
    }
    return marked.indices.compactMap { marked[$0] ? Int32($0) : nil }
  }

  /// How many of the `matched` documents have each value of facet `facet` (values with none
  /// left out), most first.
  public func facetCounts(_ facet: Int, matched: [Bool]) throws(IndexError) -> [(value: String, count: Int)] {
    var counts: [(value: String, count: Int)] = []
    try forEachEntry(facet) { (entry) throws(IndexError) in
      let count = try documents(entry, facet: facet).count { matched[Int($0)] }
      if count > 0 { counts.append((String(decoding: entry.value, as: UTF8.self), count)) }
      return true
    }
    return counts.sorted { ($0.count, $1.value) > ($1.count, $0.value) }
  }

  /// Decodes every facet list, checking each checksum (for ``verify()``).
  func verifyFacets() throws(IndexError) {
    for facet in layout.facets.indices {
      try forEachEntry(facet) { (entry) throws(IndexError) in
        _ = try documents(entry, facet: facet)
        return true
      }
    }
  }
}
