extension IndexReader {
  /// Reads the whole index and checks every checksum: the file's, each section's, and every
  /// term's postings, stored record and facet list, as they are decoded. Searches check only
  /// what they read; this is for `cases index --check`.
  ///
  /// - Throws: ``IndexError/corrupt(_:)`` naming the first damage found.
  public func verify() throws(IndexError) {
    let bytes = fileBytes
    var footer = ByteCursor(bytes, at: bytes.count - IndexFormat.footerSize)
    let fileChecksum = try footer.u32()
    guard CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - IndexFormat.footerSize)])) == fileChecksum
    else { throw IndexError.corrupt("the checksum of the whole file does not match") }
    for section in IndexFormat.Section.allCases where CRC32.checksum(self.section(section)) != checksum(of: section) {
      throw IndexError.corrupt("the checksum of the \(section) section does not match")
    }
    for ordinal in 0..<termCount {
      let info = try term(at: ordinal)
      var cursor = positionCursor(info, try postings(info))
      guard try cursor.consumeAll() else { throw IndexError.corrupt("the positions of \"\(info.text)\" do not match its postings") }
    }
    for number in 0..<documentCount { _ = try storedRecord(number) }
    try verifyFacets()
  }
}
