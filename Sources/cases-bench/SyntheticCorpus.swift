import CaseIO
import CaseJSON

/// Generates realistic case-study-shaped JSON documents (about 5 KB each) from a fixed seed,
/// with a Zipf-distributed English vocabulary, so every run measures the same bytes.
struct SyntheticCorpus {
  private var random: SplitMix64
  private let vocabulary: [String]
  private let cumulative: [Double]

  init(seed: UInt64 = 42) {
    random = SplitMix64(seed: seed)
    vocabulary = SyntheticCorpus.words
    // Zipf weights 1/rank, as cumulative sums for sampling.
    var total = 0.0
    cumulative = vocabulary.indices.map { rank in
      total += 1.0 / Double(rank + 1)
      return total
    }
  }

  /// A sentence of `count` words drawn from the Zipf distribution.
  mutating func text(_ count: Int) -> String {
    var words: [String] = []
    words.reserveCapacity(count)
    for _ in 0..<count { words.append(word()) }
    return words.joined(separator: " ")
  }

  mutating func word() -> String {
    // swift-format-ignore: NeverForceUnwrap
    // The cumulative table is built from a non-empty vocabulary.
    let target = random.nextUnit() * cumulative.last!
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] < target { low = middle + 1 } else { high = middle }
    }
    return vocabulary[low]
  }

  mutating func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }

  mutating func integer(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(random.next() % UInt64(range.count))
  }

  /// One case-study document numbered `index`.
  mutating func document(_ index: Int) -> JSONValue {
    let year = integer(2010...2024)
    let topics = ["policing", "health", "education", "benefits", "statistics", "immigration", "housing"]
    let sources: [JSONValue] = (0..<integer(2...5)).map { number in
      [
        "id": .string("s\(number + 1)"), "url": .string("https://example.org/report/\(index)/\(number)"),
        "title": .string(text(6).capitalizedFirst), "publisher": .string(text(2).capitalizedFirst),
        "date_accessed": .string("2024-0\(integer(1...9))-1\(integer(0...9))"),
      ]
    }
    let timeline: [JSONValue] = (0..<integer(2...6)).map { step in
      ["date": .string("\(year + step / 2)-0\(integer(1...9))"), "event": .string(text(integer(8...16)))]
    }
    return [
      "schema_version": "1.0.0",
      "id": .string("synthetic-case-\(index)"),
      "title": .string(text(integer(5...10)).capitalizedFirst),
      "summary": .string(text(integer(35...60)) + "."),
      "topics": .array([.string(pick(topics)), .string(pick(topics))].uniqued()),
      "countries": .array([.string(pick(["GB", "NL", "US", "AU", "FR", "DE", "SE"]))]),
      "public_bodies": [
        ["name": .string(text(3).capitalizedFirst), "level": .string(pick(["local", "regional", "national"]))]
      ],
      "year": .integer(year),
      "narrative": [
        "context": .string(text(integer(140...220))),
        "what_happened": .string(text(integer(200...300))),
        "community_impact": .string(text(integer(90...160))),
        "outcome": .string(text(integer(60...110))),
      ],
      "participants": ["count": .integer(integer(0...5000))],
      "timeline": .array(timeline),
      "sources": .array(sources),
      "licence": "CC-BY-4.0",
    ]
  }

  /// Writes `count` documents into `folder` (created if needed), canonical and pretty.
  mutating func write(count: Int, to folder: String, transform: (inout JSONValue, Int) -> Void = { _, _ in })
    throws -> Int
  {
    mkdir(folder, 0o755)
    var bytes = 0
    let writer = JSONWriter()
    for index in 0..<count {
      var value = document(index)
      transform(&value, index)
      let data = writer.bytes(value)
      bytes += data.count
      try AtomicFile.write(data, to: folder + "/" + paddedNumber(index) + ".json")
    }
    return bytes
  }

  private static let words: [String] = """
    the of and to in a is that for it as was with be by on not this are or from at which but have an they \
    were her she there would their we him been has when who will more no if out so said what up its about into \
    than them can only other new some could time these two may then do first any my now such like our over \
    even most made after also did many before must through back years where much your way well down should \
    because each just those people how too little state good very make world still own see men work long get \
    here between both life being under never day same another know while last might us great old year off come \
    since against go came right used take three data algorithm council police health benefits welfare school \
    pupils exam grades risk score fraud detection facial recognition citizens jury assembly panel consultation \
    engagement community public body government agency ministry department local national regional system model \
    predictive automated decision review appeal court ruling regulator audit transparency register privacy \
    surveillance discrimination bias families children care social housing immigration visa statistics census \
    survey participants recommendations evidence deliberation workshop dialogue trust accountability oversight
    """.split(separator: " ").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
}

/// A small, fast, seedable random number generator (SplitMix64).
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A value in [0, 1).
  mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

private func paddedNumber(_ index: Int) -> String {
  let text = String(index)
  return String(repeating: "0", count: max(0, 6 - text.count)) + text
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
  }
}

extension Array where Element == JSONValue {
  fileprivate func uniqued() -> [JSONValue] {
    var seen: [JSONValue] = []
    for element in self where !seen.contains(element) { seen.append(element) }
    return seen
  }
}
