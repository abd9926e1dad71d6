/// English words whose other forms the Porter2 stemmer cannot reach (`children` and `child`
/// stem differently), mapped to the form they are indexed and searched as. Applied to folded
/// words before stemming, when indexing and when searching alike. Forms that are also other
/// words are left out (`met` is the Met, `left` a side, `found` a verb of its own, `data` stays,
/// `analyses` is also a verb), and `person` goes to `people`, not the other way: `personal`
/// stems to `person`, and people are not personal data.
enum IrregularForms {
  static let base: [String: String] = [
    "children": "child", "childrens": "child", "women": "woman", "womens": "woman", "men": "man", "mens": "man",
    "person": "people", "persons": "people", "peoples": "people", "mice": "mouse", "feet": "foot", "teeth": "tooth",
    "geese": "goose", "wives": "wife", "knives": "knife", "halves": "half",
    "crises": "crisis", "criteria": "criterion", "phenomena": "phenomenon", "indices": "index", "matrices": "matrix",
    "theses": "thesis", "hypotheses": "hypothesis", "curricula": "curriculum",
    "bought": "buy", "brought": "bring", "taught": "teach", "thought": "think", "caught": "catch", "sought": "seek",
    "fought": "fight", "held": "hold", "told": "tell", "sold": "sell", "made": "make", "paid": "pay", "said": "say",
    "went": "go", "gone": "go", "kept": "keep", "began": "begin", "begun": "begin", "chose": "choose",
    "chosen": "choose", "wrote": "write", "written": "write", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "spent": "spend", "built": "build", "sent": "send", "lost": "lose",
    "knew": "know", "known": "know", "seen": "see", "drove": "drive", "driven": "drive", "fallen": "fall",
    "broken": "break", "spoken": "speak", "stolen": "steal",
    "hidden": "hide", "forbade": "forbid", "forbidden": "forbid", "struck": "strike",
  ]

  /// The table by bytes, for the analyzer's inner loop.
  static let byBytes: [[UInt8]: [UInt8]] = Dictionary(
    uniqueKeysWithValues: base.map { (Array($0.key.utf8), Array($0.value.utf8)) })

  /// Which bytes start an irregular form, and the longest form: most words are ruled out by
  /// these two checks alone.
  static let firstBytes: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for key in base.keys { table[Int(key.utf8.first ?? 0)] = true }
    return table
  }()
  static let longest = base.keys.map(\.utf8.count).max() ?? 0

  /// The base of `word` (a folded word; `people's` counts as `people`), or nil.
  @inline(__always)
  static func base(of word: [UInt8]) -> [UInt8]? {
    guard word.count >= 3, word.count <= longest + 2, firstBytes[Int(word[0])] else { return nil }
    if let found = byBytes[word] { return found }
    guard word.count > 2, word[word.count - 2] == UInt8(ascii: "'"), word[word.count - 1] == UInt8(ascii: "s") else {
      return nil
    }
    return byBytes[Array(word.dropLast(2))]
  }
}
