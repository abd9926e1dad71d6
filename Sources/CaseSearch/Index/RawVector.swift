/// A growable array of plain values without copy-on-write or reference counting: an append
/// is a capacity check and a store. The indexer appends to these for every token, where an
/// `Array`'s uniqueness check (or a class's retain and release) on each mutation costs more
/// than the work itself.
///
/// A value type that does not own its memory: copies share it, and the owner (a
/// ``PartialIndex``) frees it exactly once with ``free()``.
struct RawVector<Element: BitwiseCopyable>: @unchecked Sendable {
  // @unchecked: raw memory owned by one PartialIndex, written by the one thread building it.
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 8) {
    self.capacity = max(capacity, 1)
    base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    base[count] = element
    count += 1
  }

  @inline(__always)
  subscript(index: Int) -> Element {
    get { base[index] }
    nonmutating set { base[index] = newValue }
  }

  mutating func removeAll() { count = 0 }

  /// Makes room for `minimum` elements in all.
  mutating func reserve(_ minimum: Int) {
    while capacity < minimum { grow() }
  }

  /// The elements, valid until the next append.
  var buffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }

  /// Frees the memory; the vector must not be used afterwards.
  func free() { base.deallocate() }

  private mutating func grow() {
    let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    grown.update(from: base, count: count)
    base.deallocate()
    base = grown
    capacity *= 2
  }
}

extension RawVector where Element == UInt8 {
  /// LEB128: 7 bits a byte, low bits first.
  @inline(__always)
  mutating func varint(_ value: Int) {
    var value = UInt64(truncatingIfNeeded: value)
    while value >= 0x80 {
      append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    append(UInt8(value))
  }

  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(buffer) }
}
