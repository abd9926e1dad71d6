/// Documents that matched part of a query, in increasing order, each with its score so far,
/// and (when explaining) the term scores that make it up.
struct Matches {
  var documents: [Int32] = []
  var scores: [Double] = []
  /// Per document, the scored terms its score adds up; nil unless explaining.
  var details: [[Contribution]]?

  /// One term's part in a score: the term, the field it was scored in (nil: all), and the
  /// factor its score was multiplied by (less than 1 for a near spelling).
  struct Contribution {
    var term: TermInfo
    var field: Int?
    var boost: Double
  }

  init() {}

  /// Every document, scoring 0.
  init(all count: Int) {
    documents = (0..<count).map(Int32.init)
    scores = [Double](repeating: 0, count: count)
  }

  /// The allowed documents, scoring 0.
  init(allowed: [Bool]) {
    for number in allowed.indices where allowed[number] { documents.append(Int32(number)) }
    scores = [Double](repeating: 0, count: documents.count)
  }

  var count: Int { documents.count }
  var isEmpty: Bool { documents.isEmpty }

  private mutating func append(_ document: Int32, _ score: Double, _ detail: [Contribution]?) {
    documents.append(document)
    scores.append(score)
    if let detail { details?.append(detail) }
  }

  private func detail(_ index: Int) -> [Contribution]? { details?[index] }

  private func emptyLike(_ other: Matches) -> Matches {
    var result = Matches()
    if details != nil || other.details != nil { result.details = [] }
    return result
  }

  /// Documents in both, scores added.
  func intersection(_ other: Matches) -> Matches {
    var result = emptyLike(other)
    var (i, j) = (0, 0)
    while i < documents.count && j < other.documents.count {
      let a = documents[i]
      let b = other.documents[j]
      if a == b {
        result.append(
          a, scores[i] + other.scores[j], result.details == nil ? nil : (detail(i) ?? []) + (other.detail(j) ?? []))
        i += 1
        j += 1
      } else if a < b {
        i += 1
      } else {
        j += 1
      }
    }
    return result
  }

  /// Documents in either: scores added, or with `best` the better of the two kept.
  func union(_ other: Matches, best: Bool = false) -> Matches {
    var result = emptyLike(other)
    let explaining = result.details != nil
    result.documents.reserveCapacity(max(documents.count, other.documents.count))
    var (i, j) = (0, 0)
    while i < documents.count || j < other.documents.count {
      if j >= other.documents.count || (i < documents.count && documents[i] < other.documents[j]) {
        result.append(documents[i], scores[i], explaining ? detail(i) ?? [] : nil)
        i += 1
      } else if i >= documents.count || other.documents[j] < documents[i] {
        result.append(other.documents[j], other.scores[j], explaining ? other.detail(j) ?? [] : nil)
        j += 1
      } else {
        if best {
          let keepsOther = other.scores[j] > scores[i]
          result.append(
            documents[i], keepsOther ? other.scores[j] : scores[i],
            explaining ? (keepsOther ? other.detail(j) : detail(i)) ?? [] : nil)
        } else {
          result.append(
            documents[i], scores[i] + other.scores[j], explaining ? (detail(i) ?? []) + (other.detail(j) ?? []) : nil)
        }
        i += 1
        j += 1
      }
    }
    return result
  }

  /// Documents matching any of `parts` (each part a query word or phrase), scored by the sum of
  /// their parts' scores times ``coordination(matched:of:)``, so that documents holding every
  /// part come first, then those holding most of them; and the documents holding every part.
  static func coordinated(_ parts: [Matches], documentCount: Int) -> (matches: Matches, everyPart: Matches) {
    var scores = [Double](repeating: 0, count: documentCount)
    var matched = [UInt32](repeating: 0, count: documentCount)
    let explaining = parts.contains { $0.details != nil }
    var details: [Int32: [Contribution]] = [:]
    for part in parts {
      for (index, document) in part.documents.enumerated() {
        scores[Int(document)] += part.scores[index]
        matched[Int(document)] &+= 1
        if explaining { details[document, default: []] += part.detail(index) ?? [] }
      }
    }
    var result = Matches()
    if explaining { result.details = [] }
    var everyPart = Matches()
    for number in matched.indices where matched[number] > 0 {
      let count = Int(matched[number])
      if count == parts.count { everyPart.append(Int32(number), 0, nil) }
      result.append(
        Int32(number), scores[number] * coordination(matched: count, of: parts.count),
        explaining ? details[Int32(number)] ?? [] : nil)
    }
    return (result, everyPart)
  }

  /// The factor a document's score is multiplied by when it holds `matched` of a query's
  /// `parts` words or phrases: (matched / parts)³, which puts documents holding more of the
  /// words ahead of those holding fewer unless the fewer score far higher.
  static func coordination(matched: Int, of parts: Int) -> Double {
    let share = Double(matched) / Double(max(parts, 1))
    return share * share * share
  }

  /// The same documents, every score multiplied by `factor`.
  func scaled(by factor: Double) -> Matches {
    var result = self
    for index in result.scores.indices { result.scores[index] *= factor }
    return result
  }

  /// Documents here but not in `other`.
  func subtracting(_ other: Matches) -> Matches {
    var result = emptyLike(self)
    var j = 0
    for (index, document) in documents.enumerated() {
      while j < other.documents.count && other.documents[j] < document { j += 1 }
      if j < other.documents.count && other.documents[j] == document { continue }
      result.append(document, scores[index], detail(index))
    }
    return result
  }

  /// Documents the filter allows.
  func filtered(_ allowed: [Bool]) -> Matches {
    var result = emptyLike(self)
    for (index, document) in documents.enumerated() where allowed[Int(document)] {
      result.append(document, scores[index], detail(index))
    }
    return result
  }

  /// The `count` best: highest score first, ties in document order.
  func top(_ count: Int) -> [(Int, Double)] {
    bestIndices(count).map { (Int(documents[$0]), scores[$0]) }
  }

  /// The positions of the `count` best: highest score first, ties in document order.
  func bestIndices(_ count: Int) -> [Int] {
    guard count > 0 else { return [] }
    if documents.count <= count * 4 {
      return Array(documents.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }.prefix(count))
    }
    // A min-heap of the best `count` so far.
    var heap: [Int] = []
    heap.reserveCapacity(count)
    func better(_ a: Int, _ b: Int) -> Bool { scores[a] > scores[b] || (scores[a] == scores[b] && a < b) }
    func siftDown(_ start: Int) {
      var parent = start
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var worst = parent
        if left < heap.count && better(heap[worst], heap[left]) { worst = left }
        if right < heap.count && better(heap[worst], heap[right]) { worst = right }
        if worst == parent { return }
        heap.swapAt(parent, worst)
        parent = worst
      }
    }
    for index in documents.indices {
      if heap.count < count {
        heap.append(index)
        var child = heap.count - 1
        while child > 0 {
          let parent = (child - 1) / 2
          guard better(heap[parent], heap[child]) else { break }
          heap.swapAt(parent, child)
          child = parent
        }
      } else if better(index, heap[0]) {
        heap[0] = index
        siftDown(0)
      }
    }
    return heap.sorted { better($0, $1) }
  }
}
