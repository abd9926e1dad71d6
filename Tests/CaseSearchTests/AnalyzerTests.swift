import Testing

@testable import CaseSearch

/// Tokenizing, folding, stop words and positions: what `Analyzer` and `Tokenizer` make of text.
@Suite("Analyzer")
struct AnalyzerTests {
  let analyzer = Analyzer()

  /// Every word the tokenizer emits (stop words included), with position and byte range.
  func tokens(_ text: String) -> (words: [(String, Int, Range<Int>)], next: Int) {
    var words: [(String, Int, Range<Int>)] = []
    var text = text
    text.withUTF8 { bytes in
      Tokenizer.scan(bytes) { word, position, range in
        words.append((String(decoding: word, as: UTF8.self), position, range))
      }
    }
    return (words, (words.last?.1 ?? -1) + 1)
  }

  func words(_ text: String) -> [String] { analyzer.terms(text).map(\.word) }

  @Test func caseAndDiacriticsAreFolded() {
    #expect(words("Försäkringskassan") == ["forsakringskassan"])
    #expect(words("ÉCOLE Ørsted Łódź straße") == ["ecole", "orsted", "lodz", "strasse"])
    // The stem is computed from the folded word.
    #expect(analyzer.terms("CONSULTATIONS").map(\.text) == ["consult"])
    #expect(analyzer.terms("Consultation").map(\.text) == analyzer.terms("consultations").map(\.text))
  }

  @Test func lettersOfOtherScriptsAreWordCharacters() {
    #expect(words("Αθήνα και Θεσσαλονίκη") == ["αθηνα", "και", "θεσσαλονικη"])
    #expect(words("Москва, Київ") == ["москва", "київ"])
    #expect(words("東京都 の 個人情報") == ["東京都", "の", "個人情報"])
    #expect(words("ذكاء اصطناعي") == ["ذكاء", "اصطناعي"])
  }

  @Test func digitsAreWordCharactersAndPunctuationSplits() {
    #expect(words("In 2023, COVID19 tests: 3.5% of 1,000") == ["2023", "covid19", "tests", "3", "5", "1", "000"])
    #expect(analyzer.terms("2023").map(\.text) == ["2023"])
  }

  @Test func apostrophesStayInsideWords() {
    #expect(words("people's") == ["people's"])
    #expect(words("people\u{2019}s") == ["people's"], "a curly apostrophe folds to the straight one")
    #expect(words("people\u{02BC}s") == ["people's"])
    #expect(analyzer.terms("people's").map(\.text) == analyzer.terms("people").map(\.text))
    // Irregular forms are indexed and searched as their base.
    #expect(analyzer.terms("children women person's").map(\.text) == analyzer.terms("child woman people").map(\.text))
    // ... but not into other words: `personal` is not `people`.
    #expect(analyzer.terms("personal").map(\.text) != analyzer.terms("people").map(\.text))
    // Apostrophes at the edges are quotation marks, not part of the word.
    #expect(words("'quoted' jurors'") == ["quoted", "jurors"])
    // Two apostrophes in a row end the word.
    #expect(words("rock''roll") == ["rock", "roll"])
    // Contractions that are stop words are dropped, whichever apostrophe is used.
    #expect(words("it's it\u{2019}s don\u{2019}t council") == ["council"])
  }

  @Test func hyphenatedWordsGiveJoinedFormThenParts() {
    let (found, next) = tokens("co-design panel")
    #expect(found.map(\.0) == ["codesign", "co", "design", "panel"])
    #expect(found.map(\.1) == [0, 0, 1, 2])
    #expect(found.map(\.2) == [0..<9, 0..<2, 3..<9, 10..<15])
    #expect(next == 3)
  }

  @Test func longerHyphenatedWordsAndStopWordParts() {
    let (found, next) = tokens("state-of-the-art tools")
    #expect(found.map(\.0) == ["stateoftheart", "state", "of", "the", "art", "tools"])
    #expect(found.map(\.1) == [0, 0, 1, 2, 3, 4])
    #expect(next == 5)
    // The analyzer drops the stop-word parts but keeps the gap.
    let terms = analyzer.terms("state-of-the-art tools")
    #expect(terms.map(\.word) == ["stateoftheart", "state", "art", "tools"])
    #expect(terms.map(\.position) == [0, 0, 3, 4])
  }

  @Test func otherHyphensAndLooseHyphens() {
    // U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN join like "-"; a dash does not.
    #expect(tokens("co\u{2010}design").words.map(\.0) == ["codesign", "co", "design"])
    #expect(tokens("co\u{2011}design").words.map(\.0) == ["codesign", "co", "design"])
    #expect(tokens("co\u{2013}design").words.map(\.0) == ["co", "design"])
    // A hyphen with a space on either side, or doubled, separates words.
    #expect(tokens("co- design").words.map(\.0) == ["co", "design"])
    #expect(tokens("co -design").words.map(\.0) == ["co", "design"])
    #expect(tokens("co--design").words.map(\.0) == ["co", "design"])
    #expect(tokens("-co-").words.map(\.0) == ["co"])
  }

  @Test func stopWordsAreDroppedButKeepTheirPositions() {
    let terms = analyzer.terms("The Council of Europe and the people")
    #expect(terms.map(\.word) == ["council", "europe", "people"])
    #expect(terms.map(\.position) == [1, 3, 6])
    #expect(terms.map(\.range) == [4..<11, 15..<21, 30..<36])
  }

  @Test func partsOfAFieldAreKeptApartByAGap() {
    let (found, _) = tokens("City Council" + Tokenizer.partSeparator + "Police Scotland")
    #expect(found.map(\.0) == ["city", "council", "police", "scotland"])
    #expect(found.map(\.1) == [0, 1, 2 + Tokenizer.partGap, 3 + Tokenizer.partGap])
    #expect(tokens("").words.isEmpty)
  }

  @Test func byteRangesPointIntoTheOriginalText() {
    let text = "Über «Försäkringskassan»"
    let utf8 = Array(text.utf8)
    for term in analyzer.terms(text) {
      let original = String(decoding: utf8[term.range], as: UTF8.self)
      #expect(["Über", "Försäkringskassan"].contains(original), "\(term.word) came from \(original)")
    }
    #expect(analyzer.terms(text).map(\.range) == [0..<5, 8..<27])
  }

  @Test func veryLongRunsOfLettersAreNotWords() {
    let sixtyFour = String(repeating: "a", count: 64)
    let sixtyFive = String(repeating: "b", count: 65)
    #expect(words("x \(sixtyFour) y") == ["x", sixtyFour, "y"])
    #expect(words("x \(sixtyFive) y") == ["x", "y"])
    // The limit is on folded bytes: 22 CJK characters are 66 bytes.
    #expect(words("x " + String(repeating: "字", count: 22) + " y") == ["x", "y"])
    #expect(words("x " + String(repeating: "字", count: 21) + " y").count == 3)
    // A long base64-like blob in a URL is skipped as a whole.
    let blob = String(repeating: "Ab3", count: 30)
    #expect(words("see https://example.org/\(blob) now") == ["see", "https", "example", "org", "now"])
  }

  @Test func emptyAndWordlessText() {
    #expect(analyzer.terms("").isEmpty)
    #expect(analyzer.terms("   \n\t ").isEmpty)
    #expect(analyzer.terms("— … !?; () «» 🙂").isEmpty)
    #expect(analyzer.terms("the of and").isEmpty, "only stop words")
  }

  @Test func combiningMarksFoldLikePrecomposedLetters() {
    #expect(words("Cafe\u{0301}") == ["cafe"])
    #expect(words("Fo\u{0308}rsa\u{0308}kringskassan") == words("Försäkringskassan"))
    // A decomposed й (и + breve) stays й, as the precomposed letter does.
    #expect(words("и\u{0306}од") == words("йод"))
    #expect(words("\u{0301}abc") == ["abc"], "a mark before a word is dropped")
  }

  @Test func aLoneCombiningMarkIsNotAWord() {
    // A combining mark is a word character, but folding drops it: nothing is left to index.
    let terms = analyzer.terms("a \u{0301} b")
    #expect(terms.map(\.word) == ["b"])
    #expect(!terms.contains { $0.text.isEmpty }, "an empty term was produced")
    #expect(tokens("x \u{0301}\u{0300} y").words.map(\.0) == ["x", "y"])
  }

  @Test func invalidUTF8DoesNotCrash() {
    let inputs: [[UInt8]] = [
      [0x61, 0x62, 0x20, 0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x80, 0x80, 0x61], [0x61, 0xC3, 0x28, 0x62],
      [0xED, 0xA0, 0x80, 0x20, 0x7A],
    ]
    for input in inputs {
      var found: [String] = []
      input.withUnsafeBufferPointer { bytes in
        Tokenizer.scan(bytes) { word, _, range in
          #expect(range.lowerBound >= 0 && range.upperBound <= input.count)
          found.append(String(decoding: word, as: UTF8.self))
        }
      }
      if input.first == 0x61 { #expect(found.first?.hasPrefix("a") == true, "\(input)") }
    }
  }

  /// The ASCII fast path reads every text exactly as the general path does: the same words,
  /// positions and ranges, over random texts of letters, capitals, digits, apostrophes,
  /// hyphens, accents, combining marks, other scripts, part separators and long runs.
  @Test func asciiFastPathAgreesWithTheGeneralPath() {
    let pieces = [
      "a", "Z", "q", "7", " ", ".", ",", "'", "-", "\u{2019}", "\u{2010}", "é", "É", "ß", "Ω", "и\u{0306}", "\u{0301}",
      "\u{2029}", "\u{02BC}", "東", "\n", "co", "DESIGN", String(repeating: "x", count: 63),
      String(repeating: "Y", count: 65),
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func random(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33) % bound
    }
    typealias Token = (word: [UInt8], position: Int, range: Range<Int>)
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, fast: Bool) -> [Token] {
      var found: [Token] = []
      Tokenizer.scan(bytes, fastASCII: fast) { word, position, range in found.append((Array(word), position, range)) }
      return found
    }
    for _ in 0..<5_000 {
      let text = (0..<random(24)).map { _ in pieces[random(pieces.count)] }.joined()
      var utf8 = text
      utf8.withUTF8 { bytes in
        let fast = scan(bytes, fast: true)
        let general = scan(bytes, fast: false)
        #expect(fast.count == general.count, "\(text.debugDescription)")
        for (one, other) in zip(fast, general) {
          #expect(
            one.word == other.word && one.position == other.position && one.range == other.range,
            "\(text.debugDescription)")
        }
      }
    }
  }
}
