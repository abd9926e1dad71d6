import CaseIO
import CaseText

/// A growable hash table from byte strings to small integer ids, each with a 64-bit payload,
/// looked up without allocating: keys live in one arena; a slot holds the key's hash and id,
/// so a probe touches the key's bytes only when the hashes agree. The indexer's hot path
/// (every token) is one lookup here, usually three cache lines: slot, entry, key.
struct ByteTable {
  /// A key's place in the arena, and its payload.
  struct Entry {
    var start: UInt32
    var length: UInt32
    var payload: UInt64
  }

  /// 0 for an empty slot, else hash << 32 | (id + 1).
  private var slots: [UInt64]
  private var mask: Int
  private var arena: [UInt8] = []
  private var entries: [Entry] = []

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  /// The number of keys.
  var count: Int { entries.count }

  /// The bytes of key `id`.
  func key(_ id: Int) -> ArraySlice<UInt8> {
    let entry = entries[id]
    return arena[Int(entry.start)..<Int(entry.start) + Int(entry.length)]
  }

  /// The payload of key `id` (0 until set).
  @inline(__always)
  subscript(payload id: Int) -> UInt64 {
    get { entries[id].payload }
    set { entries[id].payload = newValue }
  }

  /// The id of `key`, adding it if new; `isNew` tells which.
  @inline(__always)
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
    let hash = ByteTable.hash(key)
    var slot = Int(hash) & mask
    while true {
      let value = slots[slot]
      if value == 0 { break }
      if UInt32(truncatingIfNeeded: value >> 32) == hash {
        let id = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
        if matches(id, key) { return (id, false) }
      }
      slot = (slot + 1) & mask
    }
    let id = entries.count
    slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
    entries.append(Entry(start: UInt32(arena.count), length: UInt32(key.count), payload: 0))
    arena.append(contentsOf: key)
    if entries.count * 2 > slots.count { grow() }
    return (id, true)
  }

  @inline(__always)
  private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let entry = entries[id]
    guard Int(entry.length) == key.count else { return false }
    return arena.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return key.isEmpty }
      return bytesEqual(UnsafeBufferPointer(start: base + Int(entry.start), count: key.count), key)
    }
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    for value in old where value != 0 {
      var slot = Int(value >> 32) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = value
    }
  }

  /// FNV-1a, folded to 32 bits.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
  }
}
