import CaseText
import Testing

@testable import CaseKit

/// Near-duplicate titles found through the word index agree with comparing every pair.
@Suite("Near-duplicate titles")
struct NearDuplicateTitlesTests {
  /// The rule, applied to every earlier title in turn.
  static func bruteForce(_ titles: [String]) -> [Int?] {
    func words(_ text: String) -> [String] {
      TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
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
    let vocabulary = [
      "council", "police", "data", "welfare", "fraud", "model", "jury", "panel", "school", "grades", "the", "of",
    ]
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
    let index = NearDuplicateTitles(titles)
    let found = titles.indices.map { number in index.twin(of: number) { $0 < number } }
    #expect(found == NearDuplicateTitlesTests.bruteForce(titles))
    #expect(found.contains { $0 != nil })
    #expect(found.contains { $0 == nil })
  }

  @Test func aTypoInALongTitleIsFound() {
    let index = NearDuplicateTitles([
      "Australia's Robodebt automated welfare debt scheme and Royal Commission",
      "Nevada's grad score algorithm for school funding",
      "Australias Robodept automated welfare debt scheme and Royal Commission",
    ])
    #expect(index.twin(of: 0) { $0 < 0 } == nil)
    #expect(index.twin(of: 1) { _ in true } == nil)
    #expect(index.twin(of: 2) { $0 < 2 } == 0)
    #expect(index.twin(of: 0) { _ in true } == 2)
  }

  @Test func theNewerOfTwoCasesOrTheOneCheckedGetsTheWarning() {
    func header(_ path: String, _ title: String, created: String) -> CaseHeader {
      var header = CaseHeader()
      header.path = path
      header.title = title
      header.created = created
      return header
    }
    let cases = [
      header("b-new.json", "Robodept automated welfare debt scheme", created: "2026-01-05"),
      header("a-old.json", "Robodebt automated welfare debt scheme", created: "2024-03-01"),
      header("c.json", "Nevada school funding formula", created: "2020-01-01"),
    ]
    // Every file checked: the newer file carries it, although it comes first by path.
    #expect(NearDuplicateTitles.newerTwins(cases, checking: 0..<3) == [0: 1])
    // Only the old file checked (the other is a case already in the repository): it carries it.
    let reordered = [cases[1], cases[0], cases[2]]
    #expect(NearDuplicateTitles.newerTwins(reordered, checking: 0..<1) == [0: 1])
  }
}
