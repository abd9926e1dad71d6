import CaseText

/// Titles so alike that they probably describe the same case: their words (folded) overlap
/// by 80% or more (Jaccard), or they share at least half of the longer title's words and
/// their words, joined, are within a few edits (a tenth of the shorter, at least 2).
///
/// Found without comparing every pair: a title is compared only with earlier titles holding
/// one of its rarest words. Either condition implies such a shared word (prefix filtering):
/// two titles overlapping by 80% share one of any `n - ⌈0.8n⌉ + 1` words of an `n`-word title,
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
  /// How many titles hold each word, to find a title's rarest words.
  private let frequency: [String: Int]
  /// The titles seen so far holding each word.
  private var byWord: [String: [Int]] = [:]

  init(_ titles: [String]) {
    self.titles = titles.map { text in
      let words = TextFolding.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
      let joined = words.joined(separator: " ")
      return Title(words: words, set: Set(words), joined: joined, length: joined.count)
    }
    var frequency: [String: Int] = [:]
    for title in self.titles {
      for word in title.set { frequency[word, default: 0] += 1 }
    }
    self.frequency = frequency
  }

  /// The first title before title `number` that is a near duplicate of it; title `number` is
  /// then remembered for those after it. Titles must be asked for in order.
  mutating func earlierTwin(of number: Int) -> Int? {
    let title = titles[number]
    defer { remember(number) }
    guard !title.set.isEmpty else { return nil }
    let count = title.set.count
    let needed = min(count, max(count - Int((0.8 * Double(count)).rounded(.up)) + 1, count - (count + 1) / 2 + 1))
    let rarest = title.set.sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }.prefix(needed)
    var best: Int?
    for word in rarest {
      for candidate in byWord[word] ?? [] where candidate < best ?? Int.max {
        if NearDuplicateTitles.areNearDuplicates(titles[candidate], title) { best = candidate }
      }
    }
    return best
  }

  /// Makes title `number` one that later titles are compared with, without comparing it.
  private mutating func remember(_ number: Int) {
    for word in titles[number].set { byWord[word, default: []].append(number) }
  }

  /// The first of `titles` that `title` nearly duplicates, if any; `titles` are not compared
  /// with each other.
  static func twin(of title: String, among titles: [String]) -> Int? {
    var all = NearDuplicateTitles(titles + [title])
    for number in titles.indices { all.remember(number) }
    return all.earlierTwin(of: titles.count)
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
