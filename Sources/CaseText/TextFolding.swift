/// Case and diacritic folding for search terms, without Foundation.
///
/// Folding rules:
/// - ASCII: `A`–`Z` lowercased, everything else unchanged (fast path).
/// - Latin letters (Latin-1 Supplement, Extended-A/B, Extended Additional):
///   lowercased and stripped of diacritics, including letters that Unicode
///   does not decompose: "Ö" → "o", "ø" → "o", "Ł" → "l", "đ" → "d",
///   "İ" → "i", "ı" → "i"; "ß"/"ẞ" → "ss", "æ" → "ae", "œ" → "oe",
///   "ð" → "d", "þ" → "th", "ĳ" → "ij", "ǅ" → "dz", "ŉ" → "n", "ª" → "a".
///   Letters of their own such as ŋ, ə, ʒ, ĸ are only lowercased.
/// - Greek: lowercased, tonos, dialytika and polytonic marks removed
///   ("Ά" → "α", "ΐ" → "ι", "ᾈ" → "α"); final "ς" → "σ" so that words
///   match whatever their case; symbol variants fold to letters ("ϐ" → "β").
/// - Cyrillic: lowercased; diacritics removed ("ё" → "е", "ѓ" → "г",
///   "ӧ" → "о") except in й, ї and ў, which are letters of their own.
///   Decomposed input (и + U+0306) is recomposed to й so both spellings agree.
/// - Ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ are split; fullwidth digits and Latin
///   letters become ASCII ("Ａ" → "a"); "µ" (micro) → "μ".
/// - Combining diacritical marks (U+0300–036F, U+1AB0–1AFF, U+1DC0–1DFF,
///   U+20D0–20FF, U+FE20–FE2F) are dropped, so decomposed (NFD) text folds
///   like precomposed text. Marks of other scripts are kept.
/// - Anything else (CJK, Arabic, Hebrew, symbols...) is lowercased with the
///   standard library's Unicode data and otherwise kept.
///
/// Folding is idempotent: `fold(fold(x)) == fold(x)`.
public enum TextFolding {
  /// Lowercases and removes diacritics from one Unicode scalar, appending the
  /// folded UTF-8 bytes to `out` (possibly none, for a combining mark).
  ///
  /// A combining breve or diaeresis may instead modify the letter that `out`
  /// ends with (и, у, і → й, ў, ї), so pass the scalars of one word in order.
  public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      let byte = UInt8(truncatingIfNeeded: value)
      out.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
      return
    }
    if let index = tableIndex(of: value) {
      var packed = table[index]
      if packed != 0 {
        repeat {
          out.append(UInt8(truncatingIfNeeded: packed))
          packed >>= 8
        } while packed != 0
        return
      }
    } else if isCombiningDiacritic(value) {
      applyCombiningMark(value, to: &out)
      return
    }
    let properties = scalar.properties
    if properties.changesWhenLowercased {
      for lower in properties.lowercaseMapping.unicodeScalars { appendFolded(lower, to: &out) }
    } else {
      UTF8.encode(scalar) { out.append($0) }
    }
  }

  /// Whole-string convenience: `fold("Försäkringskassan") == "forsakringskassan"`.
  public static func fold(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { appendFolded(scalar, to: &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `value` is in one of the combining diacritical marks blocks.
  static func isCombiningDiacritic(_ value: UInt32) -> Bool {
    switch value {
    case 0x0300..<0x0370, 0x1AB0..<0x1B00, 0x1DC0..<0x1E00, 0x20D0..<0x2100, 0xFE20..<0xFE30: true
    default: false
    }
  }

  /// Drops a combining mark, except that a breve (U+0306) after и or у and a
  /// diaeresis (U+0308) after і make й, ў and ї, as precomposed input does.
  static func applyCombiningMark(_ value: UInt32, to out: inout [UInt8]) {
    guard out.count >= 2 else { return }
    let last = out.count - 1
    switch (value, out[last - 1], out[last]) {
    case (0x0306, 0xD0, 0xB8): out[last] = 0xB9  // и → й
    case (0x0306, 0xD1, 0x83): out[last] = 0x9E  // у → ў
    case (0x0308, 0xD1, 0x96): out[last] = 0x97  // і → ї
    default: return
    }
  }
}
