import CaseSearch
import Testing

/// Checks the stemmer against the full snowballstemmer 3.1.1 vocabulary.
@Suite struct PorterStemmerVocabularyTests {
  static let available = TestFiles.stemmerTSVPath != nil

  @Test(
    "Every word of english-snowball.tsv stems as in snowballstemmer 3.1.1",
    .enabled(if: available, "skipped: ../shared/stemmer/english-snowball.tsv not found")
  )
  func matchesReferenceVocabulary() throws {
    let bytes = try #require(TestFiles.stemmerTSVPath.flatMap(TestFiles.read))
    let pairs = TestFiles.pairs(inTSV: bytes)
    #expect(pairs.count > 100_000)
    var mismatches: [String] = []
    var mismatchCount = 0
    var buffer: [UInt8] = []
    for (word, expected) in pairs {
      buffer.removeAll(keepingCapacity: true)
      buffer.append(contentsOf: word)
      PorterStemmer.stem(&buffer)
      if buffer != expected {
        mismatchCount += 1
        if mismatches.count < 10 {
          let text = String(decoding: word, as: UTF8.self)
          let got = String(decoding: buffer, as: UTF8.self)
          mismatches.append(
            "\(text): got \(got), want \(String(decoding: expected, as: UTF8.self))")
        }
      }
    }
    #expect(
      mismatchCount == 0, "\(mismatchCount) of \(pairs.count) words differ; first: \(mismatches)")
  }

  @Test(
    "Stemming never changes a word's first letter (snippets rely on it to skip words)",
    .enabled(if: available, "skipped: ../shared/stemmer/english-snowball.tsv not found")
  )
  func stemsKeepTheFirstLetter() throws {
    let bytes = try #require(TestFiles.stemmerTSVPath.flatMap(TestFiles.read))
    var changed: [String] = []
    for (word, _) in TestFiles.pairs(inTSV: bytes) where !word.isEmpty && word.first != UInt8(ascii: "'") {
      var stem = Array(word)
      PorterStemmer.stem(&stem)
      if stem.first != word.first { changed.append(String(decoding: word, as: UTF8.self)) }
    }
    #expect(changed.isEmpty, "\(changed.prefix(10))")
  }
}
