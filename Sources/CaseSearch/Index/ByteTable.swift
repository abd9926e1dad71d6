import CaseIO
import CaseText

/// A growable hash table from byte strings to small integer ids, each with a 64-bit payload,
/// looked up without allocating. The indexer's hot path (every token) is one lookup here, so a
/// slot holds what a hit needs: a check (the key's length and 24 bits of its hash), the first
/// 16 bytes of the key and the payload. A word of up to 16 bytes, which most are, is found and
/// updated touching one 32-byte slot; longer keys are compared in full in the arena that keeps
/// every key.
struct ByteTable {
  struct Slot {
    /// 0 for an empty slot, else id + 1.
    var id: UInt32 = 0
    /// 24 bits of the hash, then the key's length (255 for any longer key).
    var check: UInt32 = 0
    var payload: UInt64 = 0
    /// The key's first 16 bytes, zero-padded.
    var prefix: (UInt64, UInt64) = (0, 0)
  }

  private var slots: [Slot]
  private var mask: Int
  /// Every key, one after another.
  private var arena: [UInt8] = []
  /// Per id: where its key starts in the arena, its length and its slot.
  private var starts: [UInt32] = []
  private var lengths: [UInt32] = []
  private var slotOf: [UInt32] = []

  init(capacity: Int = 1024) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Slot](repeating: Slot(), count: size)
    mask = size - 1
  }

  /// The number of keys.
  var count: Int { starts.count }

  /// The bytes of key `id`.
  func key(_ id: Int) -> ArraySlice<UInt8> {
    let start = Int(starts[id])
    return arena[start..<start + Int(lengths[id])]
  }

  /// The payload of key `id` (0 until set).
  subscript(payload id: Int) -> UInt64 {
    get { slots[Int(slotOf[id])].payload }
    set { slots[Int(slotOf[id])].payload = newValue }
  }

  /// The payload of the key in slot `slot`, as ``insert(_:)`` returned it (valid until the
  /// next insertion).
  @inline(__always)
  subscript(slotPayload slot: Int) -> UInt64 {
    get { slots[slot].payload }
    set { slots[slot].payload = newValue }
  }

  /// The id of `key` and its slot, adding it if new; `isNew` tells which.
  @inline(__always)
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool, slot: Int) {
    let prefix = ByteTable.prefix(key)
    let hash = ByteTable.hash(key, prefix: prefix)
    let check = UInt32(truncatingIfNeeded: hash >> 40) << 8 | UInt32(min(key.count, 255))
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let found = slots[slot]
      if found.id == 0 { break }
      if found.check == check, found.prefix == prefix, key.count <= 16 || matches(Int(found.id) - 1, key) {
        return (Int(found.id) - 1, false, slot)
      }
      slot = (slot + 1) & mask
    }
    if (count + 1) * 2 > slots.count {
      grow()
      slot = emptySlot(for: hash)
    }
    let id = count
    slots[slot] = Slot(id: UInt32(id + 1), check: check, payload: 0, prefix: prefix)
    starts.append(UInt32(arena.count))
    lengths.append(UInt32(key.count))
    slotOf.append(UInt32(slot))
    arena.append(contentsOf: key)
    return (id, true, slot)
  }

  private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(lengths[id]) == key.count else { return false }
    return arena.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return key.isEmpty }
      return bytesEqual(UnsafeBufferPointer(start: base + Int(starts[id]), count: key.count), key)
    }
  }

  private func emptySlot(for hash: UInt64) -> Int {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].id != 0 { slot = (slot + 1) & mask }
    return slot
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    arena.withUnsafeBufferPointer { all in
      for value in old where value.id != 0 {
        let id = Int(value.id) - 1
        let key = UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id]) + Int(lengths[id])])
        let slot = emptySlot(for: ByteTable.hash(key, prefix: value.prefix))
        slots[slot] = value
        slotOf[id] = UInt32(slot)
      }
    }
  }

  /// The first 16 bytes of `key`, zero-padded.
  @inline(__always)
  static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var prefix: (UInt64, UInt64) = (0, 0)
    if let base = key.baseAddress {
      withUnsafeMutableBytes(of: &prefix) {
        $0.copyMemory(from: UnsafeRawBufferPointer(start: base, count: min(key.count, 16)))
      }
    }
    return prefix
  }

  /// A 64-bit hash of `key` whose first 16 bytes are `prefix`: eight bytes at a time, mixed
  /// with multiplications, and finished as MurmurHash3's finaliser does.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>, prefix: (UInt64, UInt64)) -> UInt64 {
    var hash = (prefix.0 ^ UInt64(key.count)) &* 0x9E37_79B9_7F4A_7C15
    hash = (hash ^ (hash >> 29) ^ prefix.1) &* 0xBF58_476D_1CE4_E5B9
    var offset = 16
    while offset < key.count {
      var chunk: UInt64 = 0
      withUnsafeMutableBytes(of: &chunk) {
        $0.copyMemory(
          from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(key)[offset..<min(offset + 8, key.count)]))
      }
      hash = (hash ^ (hash >> 31) ^ chunk) &* 0x94D0_49BB_1331_11EB
      offset += 8
    }
    hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
    hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 33)
  }
}
