// Steps 1a-5 of Porter2. In each step only the longest matching suffix is
// considered (Snowball `among` semantics): if its condition fails, the step
// does nothing, so within a step suffixes are tested longest first.

extension Porter2Word {
  /// Step 1a: possessive apostrophes, then plural `-s` forms.
  mutating func step1a() {
    if ends(with: "'s'") {
      drop(3)
    } else if ends(with: "'s") {
      drop(2)
    } else if ends(with: "'") {
      drop(1)
    }
    if ends(with: "sses") {
      drop(2)
    } else if ends(with: "ied") || ends(with: "ies") {
      let start = count - 3
      let hasTwoBefore = start > 0 && characterStart(before: start) > 0
      replace(from: start, with: hasTwoBefore ? "i" : "ie")
    } else if ends(with: "ss") || ends(with: "us") {
      return
    } else if ends(with: "s") {
      let start = count - 1
      if start > 0 && hasVowel(before: characterStart(before: start)) { drop(1) }
    }
  }

  /// Step 1b: `-eed`, `-ed`, `-ing` and their `-ly` forms.
  mutating func step1b() {
    if ends(with: "eedly") {
      replaceEed(from: count - 5)
    } else if ends(with: "ingly") {
      removeVerbSuffix(from: count - 5)
    } else if ends(with: "edly") {
      removeVerbSuffix(from: count - 4)
    } else if ends(with: "eed") {
      replaceEed(from: count - 3)
    } else if ends(with: "ing") {
      removeIng(from: count - 3)
    } else if ends(with: "ed") {
      removeVerbSuffix(from: count - 2)
    }
  }

  /// `-eed`/`-eedly` → `-ee` in R1, except for proceed, exceed, succeed.
  private mutating func replaceEed(from start: Int) {
    guard start >= p1 else { return }
    if prefix(start, is: "proc") || prefix(start, is: "exc") || prefix(start, is: "succ") { return }
    replace(from: start, with: "ee")
  }

  /// `-ing`, with dying → die and inning, outing, canning, herring, earring, evening kept.
  private mutating func removeIng(from start: Int) {
    if start > 0 && bytes[start - 1] == 0x79 {
      let y = start - 1
      if y > 0 && characterStart(before: y) == 0 && !Self.isVowel(bytes[0]) {
        replace(from: y, with: "ie")
        return
      }
    } else if prefix(start, is: "inn") || prefix(start, is: "out") || prefix(start, is: "cann")
      || prefix(start, is: "herr") || prefix(start, is: "earr") || prefix(start, is: "even")
    {
      return
    }
    removeVerbSuffix(from: start)
  }

  /// Deletes `-ed`/`-edly`/`-ing`/`-ingly` if a vowel precedes it, then tidies the stem end.
  private mutating func removeVerbSuffix(from start: Int) {
    guard hasVowel(before: start) else { return }
    count = start
    if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
      replace(from: count, with: "e")
    } else if endsWithDouble() {
      if !(count == 3 && isAEO(bytes[0])) { drop(1) }
    } else if count == p1 && endsWithShortSyllable(at: count) {
      replace(from: count, with: "e")
    }
  }

  /// Whether the word ends in bb, dd, ff, gg, mm, nn, pp, rr or tt.
  private func endsWithDouble() -> Bool {
    guard count >= 2 && bytes[count - 1] == bytes[count - 2] else { return false }
    switch bytes[count - 1] {
    case 0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74: return true
    default: return false
    }
  }

  private func isAEO(_ b: UInt8) -> Bool {
    b == 0x61 || b == 0x65 || b == 0x6F
  }

  /// Step 1c: final `y`/`Y` → `i` after a non-vowel that is not the first letter.
  mutating func step1c() {
    guard ends(with: "y") || ends(with: "Y") else { return }
    let y = count - 1
    guard y > 0 else { return }
    let before = characterStart(before: y)
    if before > 0 && !Self.isVowel(bytes[before]) { bytes[y] = 0x69 }
  }

  /// Step 2: derivational suffixes in R1.
  mutating func step2() {
    guard count > 0 else { return }
    switch bytes[count - 1] {
    case 0x69:  // i
      if ends(with: "lessli") {
        replaceInR1(6, with: "less")
      } else if ends(with: "biliti") {
        replaceInR1(6, with: "ble")
      } else if ends(with: "fulli") {
        replaceInR1(5, with: "ful")
      } else if ends(with: "ousli") {
        replaceInR1(5, with: "ous")
      } else if ends(with: "entli") {
        replaceInR1(5, with: "ent")
      } else if ends(with: "aliti") {
        replaceInR1(5, with: "al")
      } else if ends(with: "iviti") {
        replaceInR1(5, with: "ive")
      } else if ends(with: "anci") {
        replaceInR1(4, with: "ance")
      } else if ends(with: "enci") {
        replaceInR1(4, with: "ence")
      } else if ends(with: "abli") {
        replaceInR1(4, with: "able")
      } else if ends(with: "alli") {
        replaceInR1(4, with: "al")
      } else if ends(with: "bli") {
        replaceInR1(3, with: "ble")
      } else if ends(with: "ogi") {
        let start = count - 3
        if start >= p1 && start > 0 && bytes[start - 1] == 0x6C { replace(from: start, with: "og") }
      } else if ends(with: "li") {
        let start = count - 2
        if start >= p1 && start > 0 && Self.isValidLI(bytes[start - 1]) { drop(2) }
      }
    case 0x6C:  // l
      if ends(with: "ational") {
        replaceInR1(7, with: "ate")
      } else if ends(with: "tional") {
        replaceInR1(6, with: "tion")
      }
    case 0x6D:  // m
      if ends(with: "alism") { replaceInR1(5, with: "al") }
    case 0x6E:  // n
      if ends(with: "ization") {
        replaceInR1(7, with: "ize")
      } else if ends(with: "ation") {
        replaceInR1(5, with: "ate")
      }
    case 0x72:  // r
      if ends(with: "izer") {
        replaceInR1(4, with: "ize")
      } else if ends(with: "ator") {
        replaceInR1(4, with: "ate")
      }
    case 0x73:  // s
      if ends(with: "iveness") {
        replaceInR1(7, with: "ive")
      } else if ends(with: "fulness") {
        replaceInR1(7, with: "ful")
      } else if ends(with: "ousness") {
        replaceInR1(7, with: "ous")
      }
    case 0x74:  // t
      if ends(with: "ogist") { replaceInR1(5, with: "og") }
    default:
      return
    }
  }

  /// Step 3: more derivational suffixes in R1 (`-ative` in R2).
  mutating func step3() {
    guard count > 0 else { return }
    switch bytes[count - 1] {
    case 0x65:  // e
      if ends(with: "icate") {
        replaceInR1(5, with: "ic")
      } else if ends(with: "alize") {
        replaceInR1(5, with: "al")
      } else if ends(with: "ative") && count - 5 >= p2 {
        drop(5)
      }
    case 0x69:  // i
      if ends(with: "iciti") { replaceInR1(5, with: "ic") }
    case 0x6C:  // l
      if ends(with: "ational") {
        replaceInR1(7, with: "ate")
      } else if ends(with: "tional") {
        replaceInR1(6, with: "tion")
      } else if ends(with: "ical") {
        replaceInR1(4, with: "ic")
      } else if ends(with: "ful") {
        replaceInR1(3, with: "")
      }
    case 0x73:  // s
      if ends(with: "ness") { replaceInR1(4, with: "") }
    default:
      return
    }
  }

  /// Step 4: residual suffixes deleted in R2 (`-ion` only after s or t).
  mutating func step4() {
    guard count > 0 else { return }
    let length: Int
    switch bytes[count - 1] {
    case 0x63:  // c
      guard ends(with: "ic") else { return }
      length = 2
    case 0x65:  // e
      if ends(with: "ance") || ends(with: "ence") || ends(with: "able") || ends(with: "ible") {
        length = 4
      } else if ends(with: "ate") || ends(with: "ive") || ends(with: "ize") {
        length = 3
      } else {
        return
      }
    case 0x69:  // i
      guard ends(with: "iti") else { return }
      length = 3
    case 0x6C:  // l
      guard ends(with: "al") else { return }
      length = 2
    case 0x6D:  // m
      guard ends(with: "ism") else { return }
      length = 3
    case 0x6E:  // n
      guard ends(with: "ion"), count > 3, bytes[count - 4] == 0x73 || bytes[count - 4] == 0x74
      else { return }
      length = 3
    case 0x72:  // r
      guard ends(with: "er") else { return }
      length = 2
    case 0x73:  // s
      guard ends(with: "ous") else { return }
      length = 3
    case 0x74:  // t
      if ends(with: "ement") {
        length = 5
      } else if ends(with: "ment") {
        length = 4
      } else if ends(with: "ent") || ends(with: "ant") {
        length = 3
      } else {
        return
      }
    default:
      return
    }
    if count - length >= p2 { drop(length) }
  }

  /// Step 5: final `-e` (in R2, or in R1 after no short syllable) and `-ll` in R2.
  mutating func step5() {
    let start = count - 1
    if ends(with: "e") {
      if start >= p2 || (start >= p1 && !endsWithShortSyllable(at: start)) { drop(1) }
    } else if ends(with: "l") {
      if start >= p2 && start > 0 && bytes[start - 1] == 0x6C { drop(1) }
    }
  }

  /// Replaces the last `length` bytes with `text` if they lie in R1.
  private mutating func replaceInR1(_ length: Int, with text: StaticString) {
    let start = count - length
    if start >= p1 { replace(from: start, with: text) }
  }
}
