import CaseText
import Testing

@Suite("Line diffs and typo finding")
struct LineDiffTests {
  /// Applies unified hunks to `old` and returns the result.
  static func apply(_ hunks: [LineDiff.Hunk], to old: [String]) -> [String] {
    var result: [String] = []
    var position = 0  // next old line to copy
    for hunk in hunks {
      let start = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart - 1
      result += old[position..<start]
      position = start
      for line in hunk.lines {
        switch line.first {
        case " ":
          result.append(old[position])
          position += 1
        case "-": position += 1
        default: result.append(String(line.dropFirst()))
        }
      }
    }
    return result + old[position...]
  }

  @Test func hunksTurnTheOldTextIntoTheNew() {
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for _ in 0..<300 {
      let old = (0..<next(30)).map { _ in ["a", "b", "c", "d"][next(4)] }
      var new = old
      for _ in 0..<next(6) {
        if !new.isEmpty && next(2) == 0 {
          new.remove(at: next(new.count))
        } else {
          new.insert(["a", "x", "y"][next(3)], at: next(new.count + 1))
        }
      }
      let hunks = LineDiff.hunks(from: old.map { $0 + "\n" }.joined(), to: new.map { $0 + "\n" }.joined())
      #expect(LineDiffTests.apply(hunks, to: old) == new, "\(old) → \(new)")
      #expect(hunks.isEmpty == (old == new))
      for hunk in hunks {
        #expect(hunk.lines.count { !$0.hasPrefix("+") } == hunk.oldCount)
        #expect(hunk.lines.count { !$0.hasPrefix("-") } == hunk.newCount)
      }
    }
  }

  @Test func aLongDifferenceFallsBackToReplacingTheMiddle() {
    let old = (0..<3_000).map { "line \($0)\n" }.joined()
    let new = "first\n" + (0..<3_000).map { "other \($0)\n" }.joined() + "line 2999\n"
    let hunks = LineDiff.hunks(from: old, to: new)
    let result = LineDiffTests.apply(hunks, to: old.split(separator: "\n").map(String.init))
    #expect(result == new.split(separator: "\n").map(String.init))
  }

  @Test func theTypoFinderAgreesWithComparingEveryCandidate() {
    let ids = [
      "australia-robodebt", "dutch-syri", "dutch-childcare-benefits-scandal", "met-police-live-facial-recognition",
      "ofqual-a-level-grading-2020", "nhs-gp-data-gpdpr-2021", "a", "ab", "robodebt", "Robodebt-2",
    ]
    let finder = TypoFinder(ids)
    for word in [
      "australia-robodept", "dutch-sryi", "ofqual-a-level-grading-2021", "x", "abc", "robodbt", "ROBODEBT",
      "nothing-like-it", "dutch-syri",
    ] {
      #expect(finder.likelyTypo(of: word) == EditDistance.likelyTypo(of: word, among: ids), "\(word)")
    }
  }
}
