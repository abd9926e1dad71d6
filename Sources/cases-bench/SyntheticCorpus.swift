import CaseIO
import CaseJSON

/// Generates documents shaped like case studies (about 5 KB each) from a fixed seed, with a
/// Zipf-distributed English vocabulary, so every run measures the same bytes. Valid against
/// ``BenchmarkSchema`` (the validation benchmark's own schema).
struct SyntheticCorpus {
  private var random: ZipfText

  init(seed: UInt64 = 42) {
    random = ZipfText(seed: seed, vocabulary: ZipfText.englishWords)
  }

  private mutating func text(_ count: Int) -> String { random.text(count) }
  private mutating func pick<T>(_ choices: [T]) -> T { random.pick(choices) }
  private mutating func integer(_ range: ClosedRange<Int>) -> Int { random.integer(range) }

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
    try? FileTree.createDirectories(folder)
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
}

func paddedNumber(_ index: Int) -> String {
  let text = String(index)
  return String(repeating: "0", count: max(0, 6 - text.count)) + text
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
  var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
  }
}

extension Array where Element == JSONValue {
  func uniqued() -> [JSONValue] {
    var seen: [JSONValue] = []
    for element in self where !seen.contains(element) { seen.append(element) }
    return seen
  }
}
