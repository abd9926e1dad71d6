/// Searching and combining increasing lists (document numbers, positions, sorted tables).
enum SortedLists {
  /// The first index in `0..<count` whose element is not below the sought one, where
  /// `isBelow(i)` says whether element `i` is below it (false from some index on).
  static func lowerBound(count: Int, isBelow: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isBelow(middle) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Whether the first `count` elements of `list` (increasing) hold `value`.
  static func contains(_ list: [Int32], count: Int, _ value: Int32) -> Bool {
    let index = lowerBound(count: count) { list[$0] < value }
    return index < count && list[index] == value
  }

  /// The elements in both increasing lists.
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

  /// The places in `list` (increasing) of those of `wanted` (increasing) that it holds,
  /// found by galloping: cheap when `wanted` is much shorter.
  static func positions(of wanted: [Int32], in list: [Int32]) -> [Int] {
    var result: [Int] = []
    var low = 0
    for value in wanted {
      // Gallop to a bound, then binary search between.
      var step = 1
      var high = low
      while high < list.count && list[high] < value {
        low = high + 1
        high += step
        step *= 2
      }
      high = min(high, list.count)
      let start = low
      low = start + lowerBound(count: high - start) { list[start + $0] < value }
      guard low < list.count else { break }
      if list[low] == value { result.append(low) }
    }
    return result
  }
}
