import CaseText
import Testing

@Suite struct TextFoldingTests {
  static let examples: [(text: String, folded: String)] = [
    ("Försäkringskassan", "forsakringskassan"), ("Ö", "o"), ("é", "e"), ("ß", "ss"), ("Æ", "ae"),
    ("Ł", "l"),
    ("ø", "o"), ("İ", "i"), ("Straße", "strasse"), ("ẞ", "ss"), ("Œuvre", "oeuvre"),
    ("Þórr", "thorr"),
    ("Đặng Thị Ngọc", "dang thi ngoc"), ("Łódź", "lodz"), ("İstanbul", "istanbul"),
    ("ıspanak", "ispanak"),
    ("Crème Brûlée", "creme brulee"), ("ǅemal", "dzemal"), ("ĲSSEL", "ijssel"), ("Ærø", "aero"),
    ("São Tomé", "sao tome"), ("Ñandú", "nandu"), ("e\u{301}te\u{301}", "ete"), ("A\u{30A}", "a"),
    ("\u{212B}ngström", "angstrom"), ("\u{212A}elvin", "kelvin"), ("ﬁnance ﬂow", "finance flow"),
    ("Ｆｕｌｌ１２", "full12"), ("ªº", "ao"), ("µm", "μm"), ("ΑΘΗΝΑ", "αθηνα"), ("Ελληνικά", "ελληνικα"),
    ("ΟΔΟΣ", "οδοσ"), ("οδός", "οδοσ"), ("ΐ", "ι"), ("ᾈ", "α"), ("Ёлка", "елка"), ("ёж", "еж"),
    ("Йогурт", "йогурт"), ("Київ", "київ"), ("Ўзбек", "ўзбек"), ("и\u{306}", "й"),
    ("у\u{306}", "ў"),
    ("і\u{308}", "ї"), ("е\u{308}", "е"), ("МОСКВА", "москва"), ("東京都", "東京都"), ("한국어", "한국어"),
    ("كتاب", "كتاب"), ("Բարեւ", "բարեւ"), ("ŊAŊ", "ŋaŋ"), ("Hello, World! 42", "hello, world! 42"),
    ("", ""),
  ]

  @Test("Examples fold as documented")
  func examplesFold() {
    for (text, folded) in Self.examples {
      #expect(TextFolding.fold(text) == folded, "\(text)")
    }
  }

  @Test("appendFolded appends to existing bytes")
  func appendsToBuffer() {
    var out = Array("x".utf8)
    for scalar in "Ærø".unicodeScalars { TextFolding.appendFolded(scalar, to: &out) }
    #expect(out == Array("xaero".utf8))
  }

  @Test("Folding is idempotent on the examples")
  func idempotentExamples() {
    for (text, _) in Self.examples {
      let once = TextFolding.fold(text)
      #expect(TextFolding.fold(once) == once, "\(text)")
    }
  }

  @Test("Every scalar of planes 0 and 1 folds idempotently to lowercase")
  func idempotentScalars() {
    let ranges: [Range<UInt32>] = [0..<0xD800, 0xE000..<0x20000]
    for value in ranges.joined() {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let once = TextFolding.fold(String(scalar))
      #expect(TextFolding.fold(once) == once, "U+\(String(value, radix: 16))")
      #expect(
        !once.unicodeScalars.contains { $0.properties.changesWhenLowercased },
        "U+\(String(value, radix: 16))")
    }
  }

  @Test("ASCII letters and digits map to themselves lowercased; other ASCII is unchanged")
  func asciiIdentity() {
    for value in UInt8(0)..<0x80 {
      var out: [UInt8] = []
      TextFolding.appendFolded(Unicode.Scalar(value), to: &out)
      let expected = (0x41...0x5A).contains(value) ? value + 0x20 : value
      #expect(out == [expected], "byte \(value)")
    }
    let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    #expect(
      TextFolding.fold(letters) == "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789")
  }
}
