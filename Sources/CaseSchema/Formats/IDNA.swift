/// IDNA2008 validation of one U-label: the label rules of RFC 5891 section
/// 4.2.3, the contextual rules of RFC 5892 appendix A and the Bidi rule of
/// RFC 5893 section 2. Normalization (NFC) is not required: the test suite
/// treats it as a recommendation.
enum IDNA {
  /// The most scalars a label can hold and still fit an A-label of 63 bytes.
  static let maxLabelScalars = 59

  /// The scalar values of one label.
  typealias Label = UnsafeBufferPointer<UInt32>

  /// What the Bidi rule needs to know of a valid label.
  struct BidiFacts {
    /// The label holds a character of Bidi_Class R, AL or AN (RFC 5893 section 1.4).
    var isRTL: Bool
    /// The label satisfies the Bidi rule, which binds every label of a name
    /// that has an RTL label.
    var satisfiesRule: Bool
  }

  /// The Bidi facts of `label` (scalar values), or nil when it is not a valid U-label.
  static func checkULabel(_ label: Label) -> BidiFacts? {
    let count = label.count
    guard count > 0, label[0] != 0x2D, label[count - 1] != 0x2D,
      !(count >= 4 && label[2] == 0x2D && label[3] == 0x2D),
      !isMark(label[0])
    else { return nil }
    var needsContext = false
    for value in label {
      switch IDNAProperty.of(value) {
      case .pvalid: continue
      case .contextJ, .contextO: needsContext = true
      case .disallowed: return nil
      }
    }
    if needsContext {
      for index in 0..<count where !passesContextRule(label, index) { return nil }
    }
    return bidiFacts(label)
  }

  private static func isMark(_ value: UInt32) -> Bool {
    switch Unicode.Scalar(value)?.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// The rule of RFC 5892 appendix A for `label[index]`; true for code points without one.
  private static func passesContextRule(_ label: Label, _ index: Int) -> Bool {
    let before: UInt32? = index > 0 ? label[index - 1] : nil
    let after: UInt32? = index + 1 < label.count ? label[index + 1] : nil
    switch label[index] {
    case 0x200C:  // ZERO WIDTH NON-JOINER
      return isVirama(before) || joinsAroundNonJoiner(label, index)
    case 0x200D:  // ZERO WIDTH JOINER
      return isVirama(before)
    case 0x00B7:  // MIDDLE DOT
      return before == 0x6C && after == 0x6C
    case 0x0375:  // GREEK LOWER NUMERAL SIGN (KERAIA)
      return after.map { script($0) == .greek } ?? false
    case 0x05F3, 0x05F4:  // HEBREW PUNCTUATION GERESH, GERSHAYIM
      return before.map { script($0) == .hebrew } ?? false
    case 0x30FB:  // KATAKANA MIDDLE DOT
      return label.contains { script($0) == .hiraganaKatakanaHan }
    case 0x0660...0x0669:  // ARABIC-INDIC DIGITS
      return !label.contains { (0x06F0...0x06F9).contains($0) }
    case 0x06F0...0x06F9:  // EXTENDED ARABIC-INDIC DIGITS
      return !label.contains { (0x0660...0x0669).contains($0) }
    default:
      return true
    }
  }

  private static func isVirama(_ value: UInt32?) -> Bool {
    guard let value, let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.canonicalCombiningClass == .virama
  }

  /// (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})
  private static func joinsAroundNonJoiner(_ label: Label, _ index: Int) -> Bool {
    var left = index - 1
    while left >= 0 && joiningType(label[left]) == .transparent { left -= 1 }
    guard left >= 0 else { return false }
    let leftType = joiningType(label[left])
    guard leftType == .left || leftType == .dual else { return false }
    var right = index + 1
    while right < label.count && joiningType(label[right]) == .transparent { right += 1 }
    guard right < label.count else { return false }
    let rightType = joiningType(label[right])
    return rightType == .right || rightType == .dual
  }

  /// Applies RFC 5893 section 2, rules 1 to 6, to a label of valid code points.
  private static func bidiFacts(_ label: Label) -> BidiFacts {
    let first = bidiClass(label[0])
    var isRTL = false
    var hasEN = false
    var hasAN = false
    var allowedRTL = true
    var allowedLTR = true
    var last = first
    for value in label {
      let bidi = bidiClass(value)
      switch bidi {
      case .r, .al:
        isRTL = true
        allowedLTR = false
      case .an:
        isRTL = true
        hasAN = true
        allowedLTR = false
      case .en: hasEN = true
      case .l: allowedRTL = false
      case .es, .cs, .et, .on, .bn, .nsm: break
      case .other:
        allowedRTL = false
        allowedLTR = false
      }
      if bidi != .nsm { last = bidi }
    }
    let satisfies: Bool
    switch first {
    case .r, .al:
      satisfies =
        allowedRTL && (last == .r || last == .al || last == .en || last == .an)
        && !(hasEN && hasAN)
    case .l:
      satisfies = allowedLTR && (last == .l || last == .en)
    default:
      satisfies = false
    }
    return BidiFacts(isRTL: isRTL, satisfiesRule: satisfies)
  }

  /// Bidi_Class values as numbered in `IDNATables.bidiClasses`.
  private enum BidiClass: UInt8 {
    case l, r, al, en, es, et, an, cs, nsm, bn, on, other
  }

  private enum Script: UInt8 {
    case other, greek, hebrew, hiraganaKatakanaHan
  }

  private enum JoiningType: UInt8 {
    case other, left, dual, right, transparent
  }

  private static func bidiClass(_ value: UInt32) -> BidiClass {
    BidiClass(rawValue: lookup(IDNATables.bidiClasses, value)) ?? .other
  }

  private static func script(_ value: UInt32) -> Script {
    Script(rawValue: lookup(IDNATables.scripts, value)) ?? .other
  }

  private static func joiningType(_ value: UInt32) -> JoiningType {
    JoiningType(rawValue: lookup(IDNATables.joiningTypes, value)) ?? .other
  }

  /// The value of the range holding `value` in a table of `start << 32 | end << 8 | value`, or 0.
  private static func lookup(_ table: [UInt64], _ value: UInt32) -> UInt8 {
    let key = UInt64(value)
    var low = 0
    var high = table.count
    while low < high {
      let middle = (low + high) / 2
      if table[middle] >> 32 <= key { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return 0 }
    let entry = table[low - 1]
    return (entry >> 8) & 0xFF_FFFF >= key ? UInt8(entry & 0xFF) : 0
  }
}
