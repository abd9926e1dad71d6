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
    for earlier in 0..<field { cursor.position = try skip(postings.frequency(at: index, field: earlier), from: cursor.position) }
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

extension PositionCursor {
  /// Whether the first `count` elements of `positions` (increasing) hold `position`.
  static func contains(_ positions: [Int32], count: Int, _ position: Int32) -> Bool {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if positions[middle] < position { low = middle + 1 } else { high = middle }
    }
    return low < count && positions[low] == position
  }
}

extension PositionCursor {
  /// The documents in both increasing lists.
  static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(min(a.count, b.count))
    var (i, j) = (0, 0)
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        result.append(a[i])
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }
}

extension PositionCursor {
  /// The places in `documents` (increasing) of those of `wanted` (increasing) that it holds,
  /// found by galloping: cheap when `wanted` is much shorter.
  static func positions(of wanted: [Int32], in documents: [Int32]) -> [Int] {
    var result: [Int] = []
    var low = 0
    for document in wanted {
      // Gallop to a bound, then binary search.
      var step = 1
      var high = low
      while high < documents.count && documents[high] < document {
        low = high + 1
        high += step
        step *= 2
      }
      high = min(high, documents.count)
      while low < high {
        let middle = (low + high) / 2
        if documents[middle] < document { low = middle + 1 } else { high = middle }
      }
      guard low < documents.count else { break }
      if documents[low] == document { result.append(low) }
    }
    return result
  }
}
