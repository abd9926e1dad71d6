/// The Snowball English ("Porter2") stemmer, matching snowballstemmer 3.1.1
/// (`english.sbl` from Snowball 3.1.1) word for word.
///
/// That version of the algorithm includes the exceptional forms (skis, skies,
/// idly, gently, ugly, early, only, singly, sky, news, howe, atlas, cosmos,
/// bias, andes), the R1 prefixes arsen, commun, emerg, gener, inter, later,
/// organ, past and univers, the `-ing` exceptions (dying → die, inning,
/// outing, canning, herring, earring, evening kept) and the `-eed` ones
/// (proceed, exceed, succeed kept).
///
/// Input is expected in lowercase. Non-ASCII input never traps: each
/// non-ASCII scalar is treated as one non-vowel character, which is what the
/// reference implementation does with such characters, so results match it
/// on any valid UTF-8. Words of fewer than three characters are left alone.
public enum PorterStemmer {
  /// Stems a lowercase word in place (UTF-8 bytes). Hot path used by the indexer.
  ///
  /// Allocates nothing unless `word`'s storage is shared and must be copied.
  public static func stem(_ word: inout [UInt8]) {
    let original = word.count
    guard original > 2 else { return }
    let stemmed = word.withUnsafeMutableBufferPointer { buffer in
      var w = Porter2Word(buffer)
      w.stem()
      return w.count
    }
    if stemmed < original { word.removeLast(original - stemmed) }
  }

  /// Convenience: stems a lowercase word given as a `String`.
  public static func stem(_ word: String) -> String {
    var bytes = Array(word.utf8)
    stem(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Porter2Word {
  /// Runs the whole algorithm on the word.
  mutating func stem() {
    if applyException() { return }
    // Three bytes may hold fewer than three characters only if one is non-ASCII.
    if bytes[0] >= 0x80 || bytes[1] >= 0x80 || bytes[2] >= 0x80, characterCount() < 3 { return }
    let foundY = markConsonantY()
    markRegions()
    step1a()
    step1b()
    step1c()
    step2()
    step3()
    step4()
    step5()
    if foundY { restoreY() }
  }

  /// Handles the exceptional whole words; returns whether the word was one.
  mutating func applyException() -> Bool {
    switch count {
    case 3:
      return equals("sky")
    case 4:
      if equals("skis") {
        replace(from: 3, with: "")
      } else if equals("idly") {
        replace(from: 3, with: "")
      } else if equals("ugly") {
        replace(from: 3, with: "i")
      } else if equals("only") {
        replace(from: 3, with: "i")
      } else {
        return equals("news") || equals("howe") || equals("bias")
      }
      return true
    case 5:
      if equals("skies") {
        replace(from: 2, with: "y")
      } else if equals("early") {
        replace(from: 4, with: "i")
      } else {
        return equals("atlas") || equals("andes")
      }
      return true
    case 6:
      if equals("gently") || equals("singly") {
        replace(from: 5, with: "")
      } else {
        return equals("cosmos")
      }
      return true
    default:
      return false
    }
  }

  /// The prelude: drops a leading apostrophe and marks consonant `y`s
  /// (initial, or after a vowel) as `Y`. Returns whether any was marked.
  mutating func markConsonantY() -> Bool {
    if bytes[0] == 0x27 {
      for i in 1..<count { bytes[i - 1] = bytes[i] }
      count -= 1
    }
    var found = false
    if bytes[0] == 0x79 {
      bytes[0] = 0x59
      found = true
    }
    var i = 1
    while i < count {
      if bytes[i] == 0x79 && Self.isVowel(bytes[i - 1]) {
        bytes[i] = 0x59
        found = true
      }
      i += 1
    }
    return found
  }

  /// Sets `p1` and `p2`, the starts of regions R1 and R2.
  mutating func markRegions() {
    p1 = count
    p2 = count
    guard let r1 = knownPrefixEnd() ?? endOfVowelConsonant(from: 0) else { return }
    p1 = r1
    if let r2 = endOfVowelConsonant(from: r1) { p2 = r2 }
  }

  /// Position after the first non-vowel that follows a vowel, from `start`.
  func endOfVowelConsonant(from start: Int) -> Int? {
    var i = start
    while i < count && !Self.isVowel(bytes[i]) { i += 1 }
    i += 1
    while i < count {
      if !Self.isVowel(bytes[i]) { return characterEnd(after: i) }
      i += 1
    }
    return nil
  }

  /// Length of a prefix that fixes R1 by exception, if the word starts with one.
  func knownPrefixEnd() -> Int? {
    let candidates: StaticString
    switch bytes[0] {
    case 0x61: candidates = "arsen"
    case 0x63: candidates = "commun"
    case 0x65: candidates = "emerg"
    case 0x67: candidates = "gener"
    case 0x69: candidates = "inter"
    case 0x6C: candidates = "later"
    case 0x6F: candidates = "organ"
    case 0x70: candidates = "past"
    case 0x75: candidates = "univers"
    default: return nil
    }
    let n = candidates.utf8CodeUnitCount
    return n <= count && matches(candidates, at: 0) ? n : nil
  }

  /// The postlude: turns every `Y` back into `y`.
  mutating func restoreY() {
    for i in 0..<count where bytes[i] == 0x59 { bytes[i] = 0x79 }
  }
}
