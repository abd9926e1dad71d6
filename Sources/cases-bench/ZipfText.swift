/// Random text with a Zipf-distributed vocabulary (the word of rank r drawn with weight 1/r),
/// and other random choices, from a fixed seed.
struct ZipfText {
  private var random: SplitMix64
  let vocabulary: [String]
  private let cumulative: [Double]

  init(seed: UInt64, vocabulary: [String]) {
    random = SplitMix64(seed: seed)
    self.vocabulary = vocabulary
    var total = 0.0
    cumulative = vocabulary.indices.map { rank in
      total += 1.0 / Double(rank + 1)
      return total
    }
  }

  /// `count` words drawn from the Zipf distribution, separated by spaces.
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

  /// True with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool { random.nextUnit() < probability }

  static let englishWords: [String] = """
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
