extension IndexReader {
  /// Reads the whole index and checks every checksum: the header and section table's, each
  /// section's, and every term's postings, stored record and facet list as they are
  /// decoded; and that the padding between sections is zero. Searches check only what they
  /// read; this is for `cases index --check`.
  ///
  /// - Throws: ``IndexError/corrupt(_:)`` naming the first damage found.
  public func verify() throws(IndexError) {
    // The header and table were checked on opening; now each section, and the gaps.
    var covered: [Range<Int>] = []
    let base = fileBytes.baseAddress.map { Int(bitPattern: $0) } ?? 0
    for section in IndexFormat.Section.allCases {
      let bytes = self.section(section)
      guard CRC32.checksum(bytes) == checksum(of: section) else {
        throw IndexError.corrupt("the checksum of the \(section) section does not match")
      }
      let start = (bytes.baseAddress.map { Int(bitPattern: $0) } ?? base) - base
      covered.append(start..<start + bytes.count)
    }
    var position = tableEnd
    for range in covered.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      try checkZero(position..<max(position, range.lowerBound))
      position = max(position, range.upperBound)
    }
    try checkZero(position..<(fileBytes.count - IndexFormat.footerSize))
    for ordinal in 0..<termCount {
      let info = try term(at: ordinal)
      var cursor = positionCursor(info, try postings(info))
      guard try cursor.consumeAll() else {
        throw IndexError.corrupt("the positions of \"\(info.text)\" do not match its postings")
      }
    }
    for number in 0..<documentCount { _ = try storedRecord(number) }
    try verifyFacets()
  }

  /// The end of the section table.
  private var tableEnd: Int {
    let count = Int(fileBytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self).littleEndian)
    return IndexFormat.headerSize + count * IndexFormat.tableEntrySize
  }

  private func checkZero(_ range: Range<Int>) throws(IndexError) {
    guard range.lowerBound >= 0, range.upperBound <= fileBytes.count else { return }
    if UnsafeRawBufferPointer(rebasing: fileBytes[range]).contains(where: { $0 != 0 }) {
      throw IndexError.corrupt("the padding between sections is damaged")
    }
  }
}
