import CaseJSON
import CaseText

/// Titles so alike that they probably describe the same case: their words (folded) overlap
/// by 80% or more (Jaccard), or they share at least half of the longer title's words and
/// their words, joined, are within a few edits (a tenth of the shorter, at least 2).
///
/// Found without comparing every pair: a title is compared only with titles holding one of
/// its rarest words. Either condition implies such a shared word (prefix filtering): two
/// titles overlapping by 80% share one of any `n - ⌈0.8n⌉ + 1` words of an `n`-word title,
/// and two sharing half the longer one's words share one of any `n - ⌈n/2⌉ + 1`.
struct NearDuplicateTitles {
  private struct Title {
    var words: [String]
    var set: Set<String>
    var joined: String
    /// `joined.count`, counted once.
    var length: Int
  }

  private let titles: [Title]
  /// Each title's rank in the order candidates are preferred (older first).
  private let rank: [Int]
  /// How many titles hold each word, to find a title's rarest words.
  private let frequency: [String: Int]
  /// The titles holding each word, in rank order.
  private let byWord: [String: [Int]]

  /// `rank` gives each title's place in the order twins are preferred (default: as given).
  init(_ titles: [String], rank: [Int]? = nil) {
    self.titles = titles.map { text in
      let words = TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
      let joined = words.joined(separator: " ")
      return Title(words: words, set: Set(words), joined: joined, length: joined.count)
    }
    let rank = rank ?? Array(titles.indices)
    var frequency: [String: Int] = [:]
    var byWord: [String: [Int]] = [:]
    for number in titles.indices.sorted(by: { rank[$0] < rank[$1] }) {
      for word in self.titles[number].set {
        frequency[word, default: 0] += 1
        byWord[word, default: []].append(number)
      }
    }
    self.rank = rank
    self.frequency = frequency
    self.byWord = byWord
  }

  /// The first title in rank order, other than title `number`, that nearly duplicates it and
  /// that `isCandidate` allows.
  func twin(of number: Int, where isCandidate: (Int) -> Bool) -> Int? {
    let title = titles[number]
    guard !title.set.isEmpty else { return nil }
    let count = title.set.count
    let needed = min(count, max(count - Int((0.8 * Double(count)).rounded(.up)) + 1, count - (count + 1) / 2 + 1))
    let rarest = title.set.sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }.prefix(needed)
    var best: Int?
    for word in rarest {
      // Lists are in rank order: past the best so far, nothing can beat it.
      for candidate in byWord[word] ?? [] {
        if let best, rank[candidate] >= rank[best] { break }
        if candidate != number && isCandidate(candidate)
          && NearDuplicateTitles.areNearDuplicates(titles[candidate], title)
        {
          best = candidate
        }
      }
    }
    return best
  }

  /// The first of `titles` that `title` nearly duplicates, if any.
  static func twin(of title: String, among titles: [String]) -> Int? {
    NearDuplicateTitles(titles + [title]).twin(of: titles.count) { _ in true }
  }

  /// For each case in `checking` (indices into `cases`), the oldest case its title nearly
  /// duplicates, when that case is older (by `provenance.created`, then path; a case without
  /// the date, written before `cases add` recorded it, counts as oldest) or not among those
  /// checked: the finding goes on the newer file, or on the file checked.
  static func newerTwins(_ cases: [CaseHeader], checking: Range<Int>) -> [Int: Int] {
    let byAge = cases.indices.sorted { (cases[$0].created, cases[$0].path) < (cases[$1].created, cases[$1].path) }
    var rank = [Int](repeating: 0, count: cases.count)
    for (position, number) in byAge.enumerated() { rank[number] = position }
    let index = NearDuplicateTitles(cases.map(\.title), rank: rank)
    var result: [Int: Int] = [:]
    for number in checking {
      result[number] = index.twin(of: number) { !checking.contains($0) || rank[$0] < rank[number] }
    }
    return result
  }

  /// The warning for a title that nearly duplicates `twin`'s.
  static func finding(at titleNode: JSONNode, twin: CaseHeader) -> Finding {
    Finding(
      .warning, rule: "near-duplicate-title",
      message: "the title is nearly the same as that of \(twin.id) (\(quoted(twin.title))); is this the same case?",
      location: titleNode.location, instanceLocation: JSONPointer(["title"]))
  }

  private static func areNearDuplicates(_ a: Title, _ b: Title) -> Bool {
    let (small, large) = a.set.count <= b.set.count ? (a.set, b.set) : (b.set, a.set)
    // Either condition needs the larger set at most twice the smaller.
    guard large.count <= 2 * small.count else { return false }
    let shared = small.reduce(0) { large.contains($1) ? $0 + 1 : $0 }
    if Double(shared) / Double(small.count + large.count - shared) >= 0.8 { return true }
    guard 2 * shared >= large.count else { return false }
    let bound = max(2, min(a.length, b.length) / 10)
    guard abs(a.length - b.length) <= bound else { return false }
    return EditDistance.between(a.joined, b.joined) <= bound
  }
}
