/// The member positions (of an object) or indices (of an array) that keywords evaluated, for
/// `unevaluatedProperties` and `unevaluatedItems`. The first 128 fit without allocating.
struct EvaluatedSet {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private var more: [UInt64] = []

  mutating func insert(_ position: Int) {
    switch position {
    case 0..<64: low |= 1 << UInt64(position)
    case 64..<128: high |= 1 << UInt64(position - 64)
    default:
      let word = (position - 128) / 64
      if more.count <= word { more.append(contentsOf: repeatElement(0, count: word + 1 - more.count)) }
      more[word] |= 1 << UInt64((position - 128) % 64)
    }
  }

  func contains(_ position: Int) -> Bool {
    switch position {
    case 0..<64: return low & (1 << UInt64(position)) != 0
    case 64..<128: return high & (1 << UInt64(position - 64)) != 0
    default:
      let word = (position - 128) / 64
      return word < more.count && more[word] & (1 << UInt64((position - 128) % 64)) != 0
    }
  }

  mutating func formUnion(_ other: EvaluatedSet) {
    low |= other.low
    high |= other.high
    if more.count < other.more.count {
      more.append(contentsOf: repeatElement(0, count: other.more.count - more.count))
    }
    for (index, word) in other.more.enumerated() { more[index] |= word }
  }
}
