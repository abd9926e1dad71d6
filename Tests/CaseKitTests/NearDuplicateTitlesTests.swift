@testable import CaseKit
import CaseText
import Testing

/// Near-duplicate titles found through the word index agree with comparing every pair.
@Suite("Near-duplicate titles")
struct NearDuplicateTitlesTests {
  /// The rule, applied to every earlier title in turn.
  static func bruteForce(_ titles: [String]) -> [Int?] {
    func words(_ text: String) -> [String] { TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init) }
    func alike(_ x: String, _ y: String) -> Bool {
      let (a, b) = (Set(words(x)), Set(words(y)))
      guard !a.isEmpty, !b.isEmpty else { return false }
      let shared = a.intersection(b).count
      if Double(shared) / Double(a.union(b).count) >= 0.8 { return true }
      guard 2 * shared >= max(a.count, b.count) else { return false }
      let (p, q) = (words(x).joined(separator: " "), words(y).joined(separator: " "))
      return EditDistance.between(p, q) <= max(2, min(p.count, q.count) / 10)
    }
    return titles.indices.map { number in titles[..<number].indices.first { alike(titles[$0], titles[number]) } }
  }

  @Test func agreesWithComparingEveryPair() {
    // Titles from a small vocabulary, so that many pairs overlap a lot.
    let vocabulary = ["council", "police", "data", "welfare", "fraud", "model", "jury", "panel", "school", "grades", "the", "of"]
    var state: UInt64 = 12345
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    var titles: [String] = []
    for _ in 0..<400 {
      var words = (0..<(2 + next(6))).map { _ in vocabulary[next(vocabulary.count)] }
      if next(4) == 0 { words[next(words.count)] += "s" }  // a near spelling
      titles.append(words.joined(separator: " "))
    }
    titles += ["", "Robodebt", "Robodept"]
    var index = NearDuplicateTitles(titles)
    let found = titles.indices.map { index.earlierTwin(of: $0) }
    #expect(found == NearDuplicateTitlesTests.bruteForce(titles))
    #expect(found.contains { $0 != nil })
    #expect(found.contains { $0 == nil })
  }

  @Test func aTypoInALongTitleIsFound() {
    var index = NearDuplicateTitles([
      "Australia's Robodebt automated welfare debt scheme and Royal Commission",
      "Nevada's grad score algorithm for school funding",
      "Australias Robodept automated welfare debt scheme and Royal Commission",
    ])
    #expect(index.earlierTwin(of: 0) == nil)
    #expect(index.earlierTwin(of: 1) == nil)
    #expect(index.earlierTwin(of: 2) == 0)
  }
}
