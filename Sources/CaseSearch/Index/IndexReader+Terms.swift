import CaseIO

/// A term of the index's dictionary.
public struct TermInfo: Sendable, Equatable {
  /// Its position in the sorted dictionary.
  public var ordinal: Int
  public var text: String
  /// The most frequent word in the documents that stems to it (what suggestions show).
  public var displayWord: String
  public var documentFrequency: Int
  var postings: Range<Int>
  var positions: Range<Int>
  var checksum: UInt32
}

/// A term's postings: the documents it occurs in, with its frequency in each field.
public struct Postings: Sendable {
  /// Document numbers, increasing.
  public var documents: [Int32]
  /// Frequencies, `fieldCount` per document.
  public var frequencies: [UInt16]
  public let fieldCount: Int

  public func frequency(at index: Int, field: Int) -> Int { Int(frequencies[index * fieldCount + field]) }
}

extension IndexReader {
  /// The bytes of term `ordinal` in the dictionary.
  private func termBytes(_ ordinal: Int) -> UnsafeRawBufferPointer {
    let entries = section(.terms)
    let base = 8 + ordinal * IndexFormat.termEntrySize
    let offset = Int(entries.loadUnaligned(fromByteOffset: base, as: UInt32.self).littleEndian)
    let length = Int(entries.loadUnaligned(fromByteOffset: base + 4, as: UInt16.self).littleEndian)
    let blob = section(.termBytes)
    guard offset + length <= blob.count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(rebasing: blob[offset..<offset + length])
  }

  /// The dictionary entry at `ordinal`.
  public func term(at ordinal: Int) throws(IndexError) -> TermInfo {
    guard ordinal >= 0, ordinal < termCount else { throw IndexError.corrupt("a term number is out of range") }
    var cursor = ByteCursor(section(.terms), at: 8 + ordinal * IndexFormat.termEntrySize)
    let offset = Int(try cursor.u32())
    let length = Int(try cursor.u16())
    let surfaceLength = Int(try cursor.u16())
    let surfaceOffset = Int(try cursor.u32())
    let frequency = Int(try cursor.u32())
    let postingsStart = try cursor.size()
    let positionsStart = try cursor.size()
    let postingsLength = Int(try cursor.u32())
    let positionsLength = Int(try cursor.u32())
    let checksum = try cursor.u32()
    let blob = section(.termBytes)
    guard frequency <= documentCount, offset + length <= blob.count, surfaceOffset + surfaceLength <= blob.count,
      postingsStart + postingsLength <= section(.postings).count,
      positionsStart + positionsLength <= section(.positions).count
    else { throw IndexError.corrupt("a term entry points outside its sections") }
    return TermInfo(
      ordinal: ordinal,
      text: String(decoding: UnsafeRawBufferPointer(rebasing: blob[offset..<offset + length]), as: UTF8.self),
      displayWord: String(
        decoding: UnsafeRawBufferPointer(rebasing: blob[surfaceOffset..<surfaceOffset + surfaceLength]), as: UTF8.self),
      documentFrequency: frequency, postings: postingsStart..<postingsStart + postingsLength,
      positions: positionsStart..<positionsStart + positionsLength, checksum: checksum)
  }

  /// The entry for `text`, if the index has that term.
  public func lookup(_ text: String) throws(IndexError) -> TermInfo? {
    var text = text
    let ordinal = text.withUTF8 { key in
      SortedLists.lowerBound(count: termCount) { termBytes($0).lexicographicallyPrecedes(UnsafeRawBufferPointer(key)) }
    }
    guard ordinal < termCount else { return nil }
    let info = try term(at: ordinal)
    return info.text == text ? info : nil
  }

  /// The bytes of word `number` in the word list, and its term's ordinal.
  private func word(_ number: Int) -> (bytes: UnsafeRawBufferPointer, term: Int) {
    let entries = section(.words)
    let base = 8 + number * IndexFormat.wordEntrySize
    let offset = Int(entries.loadUnaligned(fromByteOffset: base, as: UInt32.self).littleEndian)
    let length = Int(entries.loadUnaligned(fromByteOffset: base + 4, as: UInt16.self).littleEndian)
    let term = Int(entries.loadUnaligned(fromByteOffset: base + 8, as: UInt32.self).littleEndian)
    let blob = section(.wordBytes)
    guard offset + length <= blob.count else { return (UnsafeRawBufferPointer(start: nil, count: 0), term) }
    return (UnsafeRawBufferPointer(rebasing: blob[offset..<offset + length]), term)
  }

  /// The terms of the words that start with `prefix` (folded), in dictionary order, from at
  /// most `limit` words (the first in byte order); `isComplete` is false when more words
  /// start with it.
  public func terms(
    ofWordsWithPrefix prefix: String, limit: Int = 10_000
  ) throws(IndexError) -> (terms: [TermInfo], isComplete: Bool) {
    var prefix = prefix
    let bytes = Array(prefix.utf8)
    let low = prefix.withUTF8 { key in
      SortedLists.lowerBound(count: wordCount) { word($0).bytes.lexicographicallyPrecedes(UnsafeRawBufferPointer(key)) }
    }
    var ordinals: Set<Int> = []
    var number = low
    while number < wordCount, word(number).bytes.starts(with: bytes) {
      guard number - low < limit else {
        return (try ordinals.sorted().map { (ordinal) throws(IndexError) in try term(at: ordinal) }, false)
      }
      ordinals.insert(word(number).term)
      number += 1
    }
    return (try ordinals.sorted().map { (ordinal) throws(IndexError) in try term(at: ordinal) }, true)
  }

  /// Decodes a term's postings, after checking their checksum.
  public func postings(_ term: TermInfo) throws(IndexError) -> Postings {
    let bytes = UnsafeRawBufferPointer(rebasing: section(.postings)[term.postings])
    let positionBytes = UnsafeRawBufferPointer(rebasing: section(.positions)[term.positions])
    let key = CRC32.checksum(Array(term.text.utf8))
    let checksum = IndexFormat.termChecksum(
      frequency: term.documentFrequency, key: key, postings: bytes, positions: positionBytes)
    guard checksum == term.checksum else {
      throw IndexError.corrupt("the checksum of the postings of \"\(term.text)\" does not match")
    }
    let fieldCount = layout.fields.count
    var postings = Postings(documents: [], frequencies: [], fieldCount: fieldCount)
    postings.documents.reserveCapacity(term.documentFrequency)
    postings.frequencies.reserveCapacity(term.documentFrequency * fieldCount)
    var cursor = ByteCursor(bytes)
    var document = -1
    while !cursor.isAtEnd {
      let delta = try cursor.int(atMost: documentCount)
      document = document < 0 ? delta : document + delta
      guard document >= 0, document < documentCount, delta > 0 || postings.documents.isEmpty else {
        throw IndexError.corrupt("the postings of \"\(term.text)\" are out of order")
      }
      postings.documents.append(Int32(document))
      let mask = try cursor.int(atMost: 1 << fieldCount - 1)
      for field in 0..<fieldCount {
        postings.frequencies.append(mask & (1 << field) != 0 ? UInt16(try cursor.int(atMost: Int(UInt16.max))) : 0)
      }
    }
    guard postings.documents.count == term.documentFrequency else {
      throw IndexError.corrupt("the postings of \"\(term.text)\" do not match its document count")
    }
    return postings
  }

  /// A cursor over the positions of `term`, whose postings are `postings`.
  func positionCursor(_ term: TermInfo, _ postings: Postings) -> PositionCursor {
    PositionCursor(bytes: UnsafeRawBufferPointer(rebasing: section(.positions)[term.positions]), postings: postings)
  }

  /// Every term's display word and document frequency (for "did you mean").
  public func allTerms() throws(IndexError) -> [TermInfo] {
    try (0..<termCount).map { (ordinal) throws(IndexError) in try term(at: ordinal) }
  }
}
