/// The layout of an index file.
///
/// ```
/// header    "CASEIDX\0", format version u32, flags u32, section count u32, 12 reserved bytes
/// table     one entry per section: kind u32, CRC-32 u32, offset u64, length u64
/// sections  META, DOCS, STORED, TERMS, TERM BYTES, POSTINGS, POSITIONS, FACETS, WORDS, WORD BYTES
///           (each starting at a multiple of 8; the padding is zero)
/// footer    CRC-32 of the header and table u32, file length before the footer u64, "IDX!" u32
/// ```
/// Integers are little-endian. Opening checks the footer (a truncated file fails here), the
/// header and table's checksum (so every section's checksum is trustworthy) and META's, and,
/// while they add up to at most ``checkedOnOpening`` bytes (an index of a few thousand
/// documents), those of the tables every search reads: DOCS, TERMS, TERM BYTES, WORDS and
/// WORD BYTES. The rest is checked piece by piece as it is read: each term's entry, postings
/// and positions, each stored record and each facet list carry their own CRC-32. Damage to
/// the tables of a larger index can go unnoticed by a search until `cases index --check`
/// (``IndexReader/verify()``), which checks everything.
enum IndexFormat {
  static let magic: [UInt8] = Array("CASEIDX\0".utf8)
  static let footerMagic: UInt32 = 0x2158_4449  // "IDX!"
  /// 2: a span that continues has the last year ``IndexDocument/continuing``.
  static let version: UInt32 = 3
  /// Version 3 indexes irregular plurals under their singular (`children` as `child`): an older
  /// index holds other terms, so it is rebuilt.
  static let oldestReadableVersion: UInt32 = 3
  static let headerSize = 32
  static let tableEntrySize = 24
  static let footerSize = 16
  /// Bytes of one term entry in the TERMS section.
  static let termEntrySize = 48

  enum Section: UInt32, CaseIterable {
    case meta = 1
    case docs, stored, terms, termBytes, postings, positions, facets, words, wordBytes
  }

  /// The largest total of the search tables whose checksums opening checks: about a
  /// millisecond of work.
  static let checkedOnOpening = 1 << 20

  /// Bytes of one entry of the WORDS section: offset u32, length u16, 0 u16, term u32.
  static let wordEntrySize = 12

  /// A term's own checksum, kept in its dictionary entry: it covers the term's document
  /// frequency, the checksum of its bytes, its postings and its positions, so that a search
  /// reading a term checks everything it uses of it.
  static func termChecksum(
    frequency: Int, key: UInt32, postings: UnsafeRawBufferPointer, positions: UnsafeRawBufferPointer
  ) -> UInt32 {
    var prefix = ByteWriter()
    prefix.u32(UInt32(truncatingIfNeeded: frequency))
    prefix.u32(key)
    let start = prefix.bytes.withUnsafeBytes { CRC32.checksum($0) }
    return CRC32.checksum(positions, continuing: CRC32.checksum(postings, continuing: start))
  }

  /// `offset` rounded up to the next multiple of 8.
  static func aligned(_ offset: Int) -> Int { (offset + 7) & ~7 }

  /// Bytes of one DOCS record for `fieldCount` fields.
  static func docRecordSize(fieldCount: Int) -> Int {
    (20 + 2 * fieldCount + 3) & ~3
  }
}
