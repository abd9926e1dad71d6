/// The IDNA2008 derived property of a code point (RFC 5892 section 3), computed
/// from the standard library's Unicode data; UNASSIGNED counts as disallowed.
enum IDNAProperty {
  case pvalid
  case contextJ
  case contextO
  case disallowed

  /// The derived property of `value`: the rules of RFC 5892 section 3, ordered
  /// so that the common case asks the standard library few questions.
  static func of(_ value: UInt32) -> IDNAProperty {
    if let exception = exception(value) { return exception }
    // ASCII: only LDH (H) is PVALID.
    if value < 0x80 {
      let ldh = value == 0x2D || (0x30...0x39).contains(value) || (0x61...0x7A).contains(value)
      return ldh ? .pvalid : .disallowed
    }
    // JoinControl (I): Join_Control holds exactly U+200C and U+200D.
    if value == 0x200C || value == 0x200D { return .contextJ }
    guard let scalar = Unicode.Scalar(value) else { return .disallowed }
    let properties = scalar.properties
    // Only LetterDigits (A) can be PVALID; Unassigned (J) and everything else
    // that no earlier rule made valid is disallowed.
    switch properties.generalCategory {
    case .lowercaseLetter, .uppercaseLetter, .otherLetter, .decimalNumber, .modifierLetter,
      .nonspacingMark, .spacingMark:
      break
    default:
      return .disallowed
    }
    // Unstable (B), toNFKC(toCaseFold(toNFKC(cp))) != cp, and
    // IgnorableProperties (C): Changes_When_NFKC_Casefolded is (B) plus every
    // Default_Ignorable_Code_Point (NFKC_Casefold removes them); White_Space and
    // Noncharacter_Code_Point hold for no letter, digit or mark.
    if properties.changesWhenNFKCCaseFolded { return .disallowed }
    // IgnorableBlocks (D): Combining Diacritical Marks for Symbols, Musical
    // Symbols, Ancient Greek Musical Notation.
    if (0x20D0...0x20FF).contains(value) || (0x1D100...0x1D24F).contains(value) {
      return .disallowed
    }
    // OldHangulJamo (E): every letter of these blocks has Hangul_Syllable_Type L, V or T.
    if (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value)
      || (0xD7B0...0xD7FF).contains(value)
    {
      return .disallowed
    }
    return .pvalid
  }

  /// Exceptions (F), RFC 5892 section 2.6.
  private static func exception(_ value: UInt32) -> IDNAProperty? {
    switch value {
    case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007:
      return .pvalid
    case 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB, 0x0660...0x0669, 0x06F0...0x06F9:
      return .contextO
    case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B:
      return .disallowed
    default:
      return nil
    }
  }
}
