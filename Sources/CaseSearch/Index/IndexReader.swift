import CaseIO

/// Reads an index file without decoding it: the header, section table and metadata are
/// checked on opening (see ``IndexFormat`` for what else is); terms are found by binary
/// search; postings are decoded (and their checksum checked) only for the terms a query uses.
public final class IndexReader: @unchecked Sendable {
  // @unchecked: reads a read-only mapping and immutable tables; nothing is written after init.
  private let file: MappedFile
  /// Each section's bytes and checksum, by the section's raw value.
  private let sections: [UnsafeRawBufferPointer]
  private let sectionChecksums: [UInt32]
  public let layout: IndexLayout
  public let documentCount: Int
  /// Average length of each field, in terms.
  public let averageFieldLengths: [Double]
  public let metadata: IndexWriter.Metadata
  public let termCount: Int
  /// The number of distinct words (for prefix queries).
  let wordCount: Int
  private let docRecordSize: Int
  /// Each facet's block of values in the FACETS section.
  private(set) var facetBlocks: [Range<Int>] = []

  /// Opens the index at `path`.
  ///
  /// - Throws: ``IndexError`` when it is missing, damaged or of another format version.
  public convenience init(path: String) throws(IndexError) {
    let file: MappedFile
    do {
      file = try MappedFile(path: path)
    } catch  where error.reason == .notFound {
      throw IndexError.missing
    } catch  where error.reason == .notRegularFile || error.reason == .isDirectory {
      throw IndexError.corrupt("\(path) is not a file")
    } catch {
      throw IndexError.io("cannot read the search index \(path): \(error.message)")
    }
    try self.init(file: file)
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
    let headChecksum = try footer.u32()
    let length = try footer.u64()
    guard try footer.u32() == IndexFormat.footerMagic, length == UInt64(bytes.count - IndexFormat.footerSize) else {
      throw IndexError.corrupt("the file is truncated or its footer is damaged")
    }
    guard sectionCount > 0, sectionCount < 64,
      IndexFormat.headerSize + sectionCount * IndexFormat.tableEntrySize <= bytes.count - IndexFormat.footerSize,
      CRC32.checksum(
        UnsafeRawBufferPointer(rebasing: bytes[..<(IndexFormat.headerSize + sectionCount * IndexFormat.tableEntrySize)])
      )
        == headChecksum
    else { throw IndexError.corrupt("the section table is damaged") }
    var table = ByteCursor(bytes, at: IndexFormat.headerSize)
    let slots = Int(IndexFormat.Section.allCases.map(\.rawValue).max() ?? 0) + 1
    var sections = [UnsafeRawBufferPointer?](repeating: nil, count: slots)
    var sectionChecksums = [UInt32](repeating: 0, count: slots)
    for _ in 0..<sectionCount {
      let kind = try table.u32()
      let crc = try table.u32()
      let offset = try table.size()
      let count = try table.size()
      guard offset + count <= bytes.count - IndexFormat.footerSize else {
        throw IndexError.corrupt("a section lies outside the file")
      }
      guard let section = IndexFormat.Section(rawValue: kind) else { continue }
      sections[Int(section.rawValue)] = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
      sectionChecksums[Int(section.rawValue)] = crc
    }
    for section in IndexFormat.Section.allCases where sections[Int(section.rawValue)] == nil {
      throw IndexError.corrupt("the \(section) section is missing")
    }
    let present = sections.map { $0 ?? UnsafeRawBufferPointer(start: nil, count: 0) }
    func part(_ section: IndexFormat.Section) -> UnsafeRawBufferPointer { present[Int(section.rawValue)] }
    self.sections = present
    self.sectionChecksums = sectionChecksums
    // META is checked now; the rest piece by piece as they are read (each facet value's
    // documents, each term's postings, each stored record carry their own checksum).
    guard CRC32.checksum(part(.meta)) == sectionChecksums[Int(IndexFormat.Section.meta.rawValue)] else {
      throw IndexError.corrupt("the checksum of the metadata does not match")
    }
    // The tables every search reads are checked too while that is cheap (see IndexFormat).
    let tables: [IndexFormat.Section] = [.docs, .terms, .termBytes, .words, .wordBytes]
    if tables.reduce(0, { $0 + part($1).count }) <= IndexFormat.checkedOnOpening {
      for table in tables where CRC32.checksum(part(table)) != sectionChecksums[Int(table.rawValue)] {
        throw IndexError.corrupt("the checksum of the \(table) section does not match")
      }
    }
    var meta = ByteCursor(part(.meta))
    documentCount = try meta.int(atMost: Int(Int32.max))
    let fieldCount = try meta.int(atMost: 16)
    guard fieldCount >= 1 else { throw IndexError.corrupt("the metadata is damaged") }
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
    for _ in 0..<(try meta.int(atMost: 64)) { facets.append(try meta.string()) }
    var stored: [String] = []
    for _ in 0..<(try meta.int(atMost: 64)) { stored.append(try meta.string()) }
    let folderModified = Int64(bitPattern: try meta.u64())
    let built = Int64(bitPattern: try meta.u64())
    var others: [FileStamp] = []
    for _ in 0..<(try meta.int(atMost: part(.meta).count)) {
      others.append(
        FileStamp(
          path: try meta.string(), size: Int64(bitPattern: try meta.u64()), modified: Int64(bitPattern: try meta.u64()))
      )
    }
    metadata = IndexWriter.Metadata(folderModified: folderModified, built: built, otherFiles: others)
    layout = IndexLayout(fields: fields, facets: facets, stored: stored)
    averageFieldLengths = averages
    docRecordSize = IndexFormat.docRecordSize(fieldCount: fieldCount)
    guard part(.docs).count == documentCount * docRecordSize else {
      throw IndexError.corrupt("the document table is damaged")
    }
    var terms = ByteCursor(part(.terms))
    termCount = Int(try terms.u32())
    guard part(.terms).count == 8 + termCount * IndexFormat.termEntrySize else {
      throw IndexError.corrupt("the term table is damaged")
    }
    var words = ByteCursor(part(.words))
    wordCount = Int(try words.u32())
    guard part(.words).count == 8 + wordCount * IndexFormat.wordEntrySize else {
      throw IndexError.corrupt("the word table is damaged")
    }
    facetBlocks = try readFacetDirectory()
  }

  /// The size of the index, in bytes.
  public var fileSize: Int { file.bytes.count }

  /// The whole file.
  var fileBytes: UnsafeRawBufferPointer { file.bytes }

  /// The checksum the section table gives for `section`.
  func checksum(of section: IndexFormat.Section) -> UInt32 { sectionChecksums[Int(section.rawValue)] }

  /// The bytes of `section` (the initializer checks that every section is present).
  @inline(__always)
  func section(_ section: IndexFormat.Section) -> UnsafeRawBufferPointer { sections[Int(section.rawValue)] }

  // MARK: - Documents

  /// The length of field `field` of document `number`, in terms.
  @inline(__always)
  func fieldLength(_ number: Int, _ field: Int) -> Int {
    let docs = section(.docs)
    return Int(
      docs.loadUnaligned(fromByteOffset: number * docRecordSize + 20 + 2 * field, as: UInt16.self).littleEndian)
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
    let offset = try cursor.size()
    let count = Int(try cursor.u32())
    let crc = try cursor.u32()
    let stored = section(.stored)
    guard offset + count <= stored.count else { throw IndexError.corrupt("a stored record lies outside its section") }
    let bytes = UnsafeRawBufferPointer(rebasing: stored[offset..<offset + count])
    guard CRC32.checksum(bytes) == crc else {
      throw IndexError.corrupt("the checksum of a stored record does not match")
    }
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
}
