import CaseJSON
import CaseText

/// A read-only hash map from strings to values, looked up by UTF-8 bytes without building a
/// `String`: the checker matches object keys straight out of the document's bytes.
struct ByteKeyMap<Value>: @unchecked Sendable {
  // @unchecked: filled once while compiling, only read afterwards.
  private var slots: [Int32]  // index into entries, or -1
  private var entries: [(key: [UInt8], value: Value)] = []
  private let mask: Int

  init(_ pairs: [(String, Value)]) {
    var capacity = 8
    while capacity < pairs.count * 2 { capacity *= 2 }
    mask = capacity - 1
    slots = [Int32](repeating: -1, count: capacity)
    for (key, value) in pairs {
      let bytes = Array(key.utf8)
      var slot = ByteKeyMap.hash(bytes) & mask
      var duplicate = false
      while slots[slot] >= 0 {
        if entries[Int(slots[slot])].key == bytes {
          duplicate = true
          break
        }
        slot = (slot + 1) & mask
      }
      if duplicate { continue }
      slots[slot] = Int32(entries.count)
      entries.append((bytes, value))
    }
  }

  var isEmpty: Bool { entries.isEmpty }
  var count: Int { entries.count }

  /// The value for the key with these bytes.
  @inline(__always)
  func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
    index(of: key).map { entries[$0].value }
  }

  /// The position (0..<count, in insertion order) of the key with these bytes.
  func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    var slot = ByteKeyMap.hash(key) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if entries[entry].key.withUnsafeBufferPointer({ bytesEqual($0, key) }) { return entry }
      slot = (slot + 1) & mask
    }
  }

  /// The entries in insertion order.
  var allEntries: [(key: [UInt8], value: Value)] { entries }

  @inline(__always)
  private static func hash(_ bytes: some Collection<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
