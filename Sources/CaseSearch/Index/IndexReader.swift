/// Reads an index file without decoding it: the header, section table and small sections are
/// checked on opening; terms are found by binary search; postings are decoded (and their CRC
/// checked) only for the terms a query uses.
public final class IndexReader: @unchecked Sendable {
  private let file: MappedFile
  private var sections: [IndexFormat.Section: UnsafeRawBufferPointer] = [:]
  private var sectionChecksums: [IndexFormat.Section: UInt32] = [:]
  public let layout: IndexLayout
  public let documentCount: Int
  /// Average length of each field, in terms.
  public let averageFieldLengths: [Double]
  public let metadata: IndexWriter.Metadata
  public let termCount: Int
  private let docRecordSize: Int
  private var facetValues: [[FacetValue]] = []

  /// Where a facet value's document list lies in the FACETS section.
  private struct FacetValue {
    var value: String
    var count: Int
    var range: Range<Int>
    var checksum: UInt32
  }

  /// Opens the index at `path`.
  ///
  /// - Throws: ``IndexError`` when it is missing, damaged or of another format version.
  public convenience init(path: String) throws(IndexError) {
    try self.init(file: try MappedFile(path: path))
  }

  /// Reads an index held in memory (one that was built but could not be saved).
  public convenience init(bytes: [UInt8]) throws(IndexError) {
    try self.init(file: MappedFile(copying: bytes))
  }

  private init(file: MappedFile) throws(IndexError) {
    self.file = file
    let bytes = file.bytes
    guard bytes.count >= IndexFormat.headerSize + IndexFormat.footerSize else {
      throw IndexError.corrupt("the file is too short to be an index")
    }
    guard bytes.prefix(8).elementsEqual(IndexFormat.magic) else { throw IndexError.corrupt("not an index file") }
    var header = ByteCursor(bytes, at: 8)
    let version = try header.u32()
    if version > IndexFormat.version { throw IndexError.formatTooNew(found: version, newest: IndexFormat.version) }
    if version < IndexFormat.oldestReadableVersion {
      throw IndexError.formatTooOld(found: version, oldest: IndexFormat.oldestReadableVersion)
    }
    _ = try header.u32()
    let sectionCount = Int(try header.u32())
    var footer = ByteCursor(bytes, at: bytes.count - IndexFormat.footerSize)
    _ = try footer.u32()
    let length = try footer.u64()
    guard try footer.u32() == IndexFormat.footerMagic, length == UInt64(bytes.count - IndexFormat.footerSize) else {
      throw IndexError.corrupt("the file is truncated or its footer is damaged")
    }
    guard sectionCount > 0, sectionCount < 64 else { throw IndexError.corrupt("the section table is damaged") }
    var table = ByteCursor(bytes, at: IndexFormat.headerSize)
    for _ in 0..<sectionCount {
      let kind = try table.u32()
      let crc = try table.u32()
      let offset = Int(try table.u64())
      let count = Int(try table.u64())
      guard offset >= 0, count >= 0, offset + count <= bytes.count - IndexFormat.footerSize else {
        throw IndexError.corrupt("a section lies outside the file")
      }
      guard let section = IndexFormat.Section(rawValue: kind) else { continue }
      sections[section] = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
      sectionChecksums[section] = crc
    }
    for section in IndexFormat.Section.allCases where sections[section] == nil {
      throw IndexError.corrupt("the \(section) section is missing")
    }
    // META is checked now; the rest piece by piece as they are read (each facet value's
    // documents, each term's postings, each stored record carry their own checksum).
    // swift-format-ignore: NeverForceUnwrap
    // Every section was checked to be present just above.
    guard CRC32.checksum(sections[.meta]!) == sectionChecksums[.meta] else {
      throw IndexError.corrupt("the checksum of the metadata does not match")
    }
    // swift-format-ignore: NeverForceUnwrap
    // Every section was checked to be present just above.
    var meta = ByteCursor(sections[.meta]!)
    documentCount = try meta.int()
    let fieldCount = try meta.int()
    guard documentCount >= 0, (1...16).contains(fieldCount) else { throw IndexError.corrupt("the metadata is damaged") }
    var fields: [IndexLayout.Field] = []
    var averages: [Double] = []
    for _ in 0..<fieldCount {
      let name = try meta.string()
      let weight = Double(bitPattern: try meta.u64())
      let normalization = Double(bitPattern: try meta.u64())
      let total = Double(try meta.u64())
      fields.append(IndexLayout.Field(name, weight: weight, lengthNormalization: normalization))
      averages.append(documentCount > 0 ? max(total / Double(documentCount), 1) : 1)
    }
    var facets: [String] = []
    for _ in 0..<(try meta.int()) { facets.append(try meta.string()) }
    var stored: [String] = []
    for _ in 0..<(try meta.int()) { stored.append(try meta.string()) }
    let folderModified = Int64(bitPattern: try meta.u64())
    let built = Int64(bitPattern: try meta.u64())
    var others: [FileStamp] = []
    for _ in 0..<(try meta.int()) {
      others.append(
        FileStamp(path: try meta.string(), size: Int64(bitPattern: try meta.u64()), modified: Int64(bitPattern: try meta.u64())))
    }
    metadata = IndexWriter.Metadata(folderModified: folderModified, built: built, otherFiles: others)
    layout = IndexLayout(fields: fields, facets: facets, stored: stored)
    averageFieldLengths = averages
    docRecordSize = IndexFormat.docRecordSize(fieldCount: fieldCount)
    // swift-format-ignore: NeverForceUnwrap
    // Every section was checked to be present just above.
    guard sections[.docs]!.count == documentCount * docRecordSize else { throw IndexError.corrupt("the document table is damaged") }
    var terms = ByteCursor(sections[.terms]!)
    termCount = Int(try terms.u32())
    guard sections[.terms]!.count == 8 + termCount * IndexFormat.termEntrySize else {
      throw IndexError.corrupt("the term table is damaged")
    }
    facetValues = try readFacetTable()
  }

  /// The size of the index, in bytes.
  public var fileSize: Int { file.bytes.count }

  /// The whole file.
  var fileBytes: UnsafeRawBufferPointer { file.bytes }

  /// The checksum the section table gives for `section`.
  func checksum(of section: IndexFormat.Section) -> UInt32? { sectionChecksums[section] }

  func section(_ section: IndexFormat.Section) -> UnsafeRawBufferPointer {
    // swift-format-ignore: NeverForceUnwrap
    // The initializer checks that every section is present.
    sections[section]!
  }

  // MARK: - Documents

  /// A document's field lengths and years, from the DOCS table.
  public struct DocumentInfo: Sendable {
    public var fieldLengths: [Int]
    public var years: ClosedRange<Int>?
  }

  /// The length of field `field` of document `number`, in terms.
  @inline(__always)
  func fieldLength(_ number: Int, _ field: Int) -> Int {
    let docs = section(.docs)
    return Int(docs.loadUnaligned(fromByteOffset: number * docRecordSize + 20 + 2 * field, as: UInt16.self).littleEndian)
  }

  /// The years of document `number`.
  public func years(_ number: Int) -> ClosedRange<Int>? {
    let docs = section(.docs)
    let first = Int(docs.loadUnaligned(fromByteOffset: number * docRecordSize + 16, as: UInt16.self).littleEndian)
    let last = Int(docs.loadUnaligned(fromByteOffset: number * docRecordSize + 18, as: UInt16.self).littleEndian)
    return first == 0 ? nil : first...max(first, last)
  }

  /// The stored record of document `number`: its key, file stamp and display values.
  func storedRecord(_ number: Int) throws(IndexError) -> StoredRecord {
    guard number >= 0, number < documentCount else { throw IndexError.corrupt("a document number is out of range") }
    var cursor = ByteCursor(section(.docs), at: number * docRecordSize)
    let offset = Int(try cursor.u64())
    let count = Int(try cursor.u32())
    let crc = try cursor.u32()
    let stored = section(.stored)
    guard offset + count <= stored.count else { throw IndexError.corrupt("a stored record lies outside its section") }
    let bytes = UnsafeRawBufferPointer(rebasing: stored[offset..<offset + count])
    guard CRC32.checksum(bytes) == crc else { throw IndexError.corrupt("the checksum of a stored record does not match") }
    return try StoredRecord.decode(bytes)
  }

  /// The key of document `number`.
  public func key(_ number: Int) throws(IndexError) -> String { try storedRecord(number).key }

  /// The display values of document `number`, by the layout's stored names.
  public func storedValues(_ number: Int) throws(IndexError) -> [String] { try storedRecord(number).values }

  /// Every document's file stamp, for noticing changed files.
  public func stamps() throws(IndexError) -> [FileStamp] {
    try (0..<documentCount).map { (number) throws(IndexError) in try storedRecord(number).stamp }
  }

  // MARK: - Facets

  /// The table of facet values; their document lists are skipped, to be read on demand.
  private func readFacetTable() throws(IndexError) -> [[FacetValue]] {
    var cursor = ByteCursor(section(.facets))
    var table: [[FacetValue]] = []
    for _ in 0..<(try cursor.int()) {
      var values: [FacetValue] = []
      for _ in 0..<(try cursor.int()) {
        let value = try cursor.string()
        let count = try cursor.int()
        let length = try cursor.int()
        let checksum = try cursor.u32()
        let start = cursor.position
        guard count >= 0, count <= documentCount, length >= 0, start + length <= section(.facets).count else {
          throw IndexError.corrupt("the facet table is damaged")
        }
        cursor.position += length
        values.append(FacetValue(value: value, count: count, range: start..<start + length, checksum: checksum))
      }
      table.append(values)
    }
    guard table.count == layout.facets.count else { throw IndexError.corrupt("the facet table is damaged") }
    return table
  }

  /// The values of facet `facet`, sorted.
  public func facetValues(_ facet: Int) -> [String] { facetValues[facet].map(\.value) }

  /// The documents with `value` for facet `facet`, in order.
  public func documents(facet: Int, value: String) throws(IndexError) -> [Int32] {
    guard let entry = facetValues[facet].first(where: { $0.value == value }) else { return [] }
    let bytes = UnsafeRawBufferPointer(rebasing: section(.facets)[entry.range])
    guard CRC32.checksum(bytes) == entry.checksum else {
      throw IndexError.corrupt("the checksum of the documents of \(layout.facets[facet]) \"\(value)\" does not match")
    }
    var cursor = ByteCursor(bytes)
    var numbers: [Int32] = []
    numbers.reserveCapacity(entry.count)
    var previous = 0
    while !cursor.isAtEnd {
      previous += try cursor.int()
      guard previous >= 0, previous < documentCount else { throw IndexError.corrupt("a facet lists a document out of range") }
      numbers.append(Int32(previous))
    }
    guard numbers.count == entry.count else { throw IndexError.corrupt("a facet's document list is damaged") }
    return numbers
  }
}
