import CaseIO

/// A growable hash table from byte strings to small integer ids, looked up without
/// allocating: keys live in one arena, slots hold ids. The indexer's hot path (every token)
/// is one lookup here.
struct ByteTable {
  private var slots: [Int32]
  private var mask: Int
  /// Key bytes, one after another; `starts[id]..<starts[id + 1]` is key `id`.
  private(set) var arena: [UInt8] = []
  private(set) var starts: [Int32] = [0]
  private var hashes: [UInt32] = []

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  /// The number of keys.
  var count: Int { hashes.count }

  /// The bytes of key `id`.
  func key(_ id: Int) -> ArraySlice<UInt8> { arena[Int(starts[id])..<Int(starts[id + 1])] }

  /// The id of `key`, adding it if new; `isNew` tells which.
  @inline(__always)
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
    let hash = ByteTable.hash(key)
    var slot = Int(hash) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 { break }
      if hashes[id] == hash && matches(id, key) { return (id, false) }
      slot = (slot + 1) & mask
    }
    let id = hashes.count
    slots[slot] = Int32(id)
    hashes.append(hash)
    arena.append(contentsOf: key)
    starts.append(Int32(arena.count))
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  /// The id of `key`, if present.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
    let hash = ByteTable.hash(key)
    var slot = Int(hash) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 { return nil }
      if hashes[id] == hash && matches(id, key) { return id }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[id])
    let length = Int(starts[id + 1]) - start
    guard length == key.count else { return false }
    return arena.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress, let other = key.baseAddress else { return length == 0 }
      return memcmp(base + start, other, length) == 0
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
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
