/// Reads a term's positions document by document, in postings order: a document's positions
/// follow the previous document's, field by field, each field's as deltas. Documents that
/// are not asked for are skipped without decoding (their varints are only counted).
struct PositionCursor {
  private let bytes: UnsafeRawBufferPointer
  private let postings: Postings
  /// The posting the cursor is at, and where its positions start.
  private var index = 0
  private var offset = 0

  init(bytes: UnsafeRawBufferPointer, postings: Postings) {
    self.bytes = bytes
    self.postings = postings
  }

  /// How often the term occurs in `field` of `document` (0 when not at all), from the
  /// postings alone. Documents must be asked for in increasing order.
  mutating func frequency(of document: Int32, field: Int) throws(IndexError) -> Int {
    while index < postings.documents.count && postings.documents[index] < document {
      offset = try skip(total(index), from: offset)
      index += 1
    }
    guard index < postings.documents.count, postings.documents[index] == document else { return 0 }
    return postings.frequency(at: index, field: field)
  }

  /// The positions of `document` in `field`, increasing, into the first elements of
  /// `positions` (grown as needed); returns how many. Documents must be asked for in
  /// increasing order.
  mutating func positions(of document: Int32, field: Int, into positions: inout [Int32]) throws(IndexError) -> Int {
    let count = try frequency(of: document, field: field)
    guard count > 0 else { return 0 }
    var cursor = ByteCursor(bytes, at: offset)
    for earlier in 0..<field {
      cursor.position = try skip(postings.frequency(at: index, field: earlier), from: cursor.position)
    }
    if positions.count < count { positions += [Int32](repeating: 0, count: count - positions.count) }
    var position = 0
    for slot in 0..<count {
      position += try cursor.int(atMost: Int(Int32.max))
      positions[slot] = Int32(truncatingIfNeeded: position)
    }
    return count
  }

  /// Reads past every document's positions; true when they fill the bytes exactly (for
  /// checking an index).
  mutating func consumeAll() throws(IndexError) -> Bool {
    while index < postings.documents.count {
      offset = try skip(total(index), from: offset)
      index += 1
    }
    return offset == bytes.count
  }

  private func total(_ index: Int) -> Int {
    var sum = 0
    for field in 0..<postings.fieldCount { sum += postings.frequency(at: index, field: field) }
    return sum
  }

  /// The offset after `count` varints starting at `start`.
  private func skip(_ count: Int, from start: Int) throws(IndexError) -> Int {
    var position = start
    var remaining = count
    while remaining > 0 {
      guard position < bytes.count else { throw IndexError.corrupt("the positions of a term run past their end") }
      if bytes[position] < 0x80 { remaining -= 1 }
      position += 1
    }
    return position
  }
}
