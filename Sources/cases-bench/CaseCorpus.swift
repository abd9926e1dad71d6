import CaseIO
import CaseJSON
import CaseKit

/// Case studies valid against the real case-study schema (about 5 KB each), for the search
/// benchmark: Zipf-distributed text over English words followed by a long tail of made-up
/// words (so there are rare words as well as common ones), "live facial recognition" in 3%
/// of the cases (for phrase queries), and facets drawn from the real vocabularies.
struct CaseCorpus {
  private var random: ZipfText
  private let topics: [String]
  private let kinds: [String]
  private let methods: [String]
  private let levels: [String]
  private let directions: [String]
  private let countries = ["GB", "NL", "US", "AU", "FR", "DE", "SE", "NZ", "CA", "IE"]

  init(seed: UInt64 = 7) {
    random = ZipfText(
      seed: seed, vocabulary: ZipfText.englishWords + ["algorithms", "algorithmic"] + CaseCorpus.madeUpWords(20_000))
    let schema = CaseStudySchema.builtIn
    func ids(_ name: String) -> [String] {
      schema.vocabulary(name)?.terms.map(\.id).filter { $0 != "other" } ?? ["other"]
    }
    topics = ids("topics")
    kinds = ids("system-kinds")
    methods = ids("engagement-methods")
    levels = ids("body-levels")
    directions = ids("impact-directions")
  }

  /// Made-up words of two to four syllables, distinct, in a fixed order.
  static func madeUpWords(_ count: Int) -> [String] {
    let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "gl", "st", "tr"]
    let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
    var generator = SplitMix64(seed: 99)
    var seen: Set<String> = []
    var words: [String] = []
    while words.count < count {
      var word = ""
      for _ in 0..<(2 + Int(generator.next() % 3)) {
        word +=
          onsets[Int(generator.next() % UInt64(onsets.count))] + vowels[Int(generator.next() % UInt64(vowels.count))]
      }
      word += ["", "n", "x", "m"][Int(generator.next() % 4)]
      if seen.insert(word).inserted { words.append(word) }
    }
    return words
  }

  private mutating func sentence(_ range: ClosedRange<Int>) -> String {
    random.text(random.integer(range)).capitalizedFirst + "."
  }

  private mutating func some(_ values: [String], _ range: ClosedRange<Int>) -> [JSONValue] {
    var chosen: [String] = []
    for _ in 0..<random.integer(range) {
      let value = random.pick(values)
      if !chosen.contains(value) { chosen.append(value) }
    }
    return chosen.map(JSONValue.string)
  }

  /// Case study number `index`.
  mutating func document(_ index: Int) -> JSONValue {
    let year = random.integer(2005...2025)
    let country = random.pick(countries)
    var whatHappened = sentence(180...260)
    if random.chance(0.03) { whatHappened += " The police used live facial recognition at " + random.text(6) + "." }
    let sources: [JSONValue] = (0..<random.integer(2...4)).map { number in
      [
        "id": .string("s\(number + 1)"), "url": .string("https://example.org/cases/\(index)/\(number)"),
        "title": .string(random.text(random.integer(4...9)).capitalizedFirst),
        "publisher": .string(random.text(2).capitalizedFirst),
      ]
    }
    var study: JSONObject = [
      "schema_version": "2.0.0",
      "id": .string("synthetic-" + paddedNumber(index)),
      "title": .string(random.text(random.integer(5...11)).capitalizedFirst),
      "summary": .string(sentence(35...60)),
      "topics": .array(some(topics, 1...3)),
      "countries": [.string(country)],
      "tags": .array(some(random.vocabulary.prefix(400).filter { $0.count > 3 }, 2...4)),
      "period": ["start": .string(String(year))],
      "organisations": [
        [
          "name": .string(
            random.text(3).capitalizedFirst + " " + random.pick(["Council", "Police", "Ministry", "Agency"])),
          "kind": "public-body", "country": .string(country), "level": .string(random.pick(levels)),
        ]
      ],
      "systems": [
        [
          "name": .string(random.text(3).capitalizedFirst), "kinds": .array(some(kinds, 1...2)),
          "description": .string(sentence(20...40)),
        ]
      ],
      "narrative": [
        "context": .string(sentence(120...180)),
        "what_happened": .string(whatHappened),
        "community_impact": .string(sentence(90...140)),
        "outcome": .string(sentence(50...90)),
      ],
      "impacts": [["direction": .string(random.pick(directions)), "description": .string(sentence(15...30))]],
      "sources": .array(sources),
      "licence": "CC-BY-4.0",
    ]
    if random.chance(0.4) {
      study["engagements"] = [["methods": .array(some(methods, 1...2)), "description": .string(sentence(20...40))]]
    }
    return .object(study)
  }

  /// Writes `count` case files into `folder` (created if needed); returns their total size.
  mutating func write(count: Int, to folder: String) throws -> Int {
    try? FileTree.createDirectories(folder)
    var bytes = 0
    let writer = JSONWriter()
    for index in 0..<count {
      let data = writer.bytes(document(index))
      bytes += data.count
      try AtomicFile.write(data, to: folder + "/synthetic-" + paddedNumber(index) + ".json")
    }
    return bytes
  }
}
