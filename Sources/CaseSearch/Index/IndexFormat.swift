/// The layout of an index file.
///
/// ```
/// header    "CASEIDX\0", format version u32, flags u32, section count u32, 12 reserved bytes
/// table     one entry per section: kind u32, CRC-32 u32, offset u64, length u64
/// sections  META, DOCS, STORED, TERMS, TERM BYTES, POSTINGS, POSITIONS, FACETS, WORDS, WORD BYTES
///           (each 8-byte aligned)
/// footer    CRC-32 of everything before it u32, file length u64, "IDX!" u32
/// ```
/// Integers are little-endian. Small sections (META, FACETS) are checked when the file is
/// opened; each term's postings carry their own CRC, checked when a query reads them; the
/// whole file's CRC is checked after writing and by `cases index --check`.
enum IndexFormat {
  static let magic: [UInt8] = Array("CASEIDX\0".utf8)
  static let footerMagic: UInt32 = 0x2158_4449  // "IDX!"
  static let version: UInt32 = 1
  static let oldestReadableVersion: UInt32 = 1
  static let headerSize = 32
  static let tableEntrySize = 24
  static let footerSize = 16
  /// Bytes of one term entry in the TERMS section.
  static let termEntrySize = 48

  enum Section: UInt32, CaseIterable {
    case meta = 1, docs, stored, terms, termBytes, postings, positions, facets, words, wordBytes
  }

  /// Bytes of one entry of the WORDS section: offset u32, length u16, 0 u16, term u32.
  static let wordEntrySize = 12

  /// Bytes of one DOCS record for `fieldCount` fields.
  static func docRecordSize(fieldCount: Int) -> Int {
    (20 + 2 * fieldCount + 3) & ~3
  }
}
