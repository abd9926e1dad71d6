import Testing

@testable import CaseSearch

/// The indexer's table of words and terms: every key keeps one id and its payload through
/// growth, whatever its length, and keys that agree in their first 16 bytes, or differ only by
/// trailing zero bytes, stay apart.
@Suite("Byte table")
struct ByteTableTests {
  func insert(_ key: [UInt8], into table: inout ByteTable) -> (id: Int, isNew: Bool, slot: Int) {
    key.withUnsafeBufferPointer { table.insert($0) }
  }

  @Test func keysKeepTheirIdsAndPayloadsThroughGrowth() {
    var table = ByteTable(capacity: 4)
    let shared = Array(repeating: UInt8(ascii: "p"), count: 16)
    var keys: [[UInt8]] = [[], [0], [0, 0], [UInt8(ascii: "a")], [UInt8(ascii: "a"), 0]]
    keys += (0..<3_000).map { Array("word\($0)".utf8) }
    keys += (0..<300).map { shared + Array("\($0)".utf8) }  // the same first 16 bytes
    keys += (0..<40).map { Array(repeating: UInt8(ascii: "x"), count: 250 + $0) }  // lengths past 255
    for (number, key) in keys.enumerated() {
      let (id, isNew, slot) = insert(key, into: &table)
      #expect(isNew && id == number)
      table[slotPayload: slot] = UInt64(number) * 3
    }
    #expect(table.count == keys.count)
    for (number, key) in keys.enumerated() {
      let (id, isNew, slot) = insert(key, into: &table)
      #expect(!isNew && id == number, "\(key)")
      #expect(table[slotPayload: slot] == UInt64(number) * 3)
      #expect(table[payload: id] == UInt64(number) * 3)
      #expect(Array(table.key(id)) == key)
    }
    table[payload: 7] = 99
    #expect(insert(keys[7], into: &table).slot == insert(keys[7], into: &table).slot)
    #expect(table[slotPayload: insert(keys[7], into: &table).slot] == 99)
  }
}
