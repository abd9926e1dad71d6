/// `ipv4` (RFC 2673 dotted quad, as RFC 3986's IPv4address) and `ipv6`
/// (RFC 4291 section 2.2, as RFC 3986's IPv6address: no zone, no prefix).
///
/// With `smtp`, the address literals of RFC 5321 section 4.1.3 instead: an
/// IPv4 part (Snum) may have leading zeros, and "::" stands for at least two
/// groups.
enum IPFormats {
  /// `bytes[start..<end]` is four decimal octets (0-255, without leading zeros
  /// unless `smtp`) joined by dots.
  static func isIPv4(_ bytes: FormatBytes, _ start: Int, _ end: Int, smtp: Bool = false) -> Bool {
    var index = start
    for part in 0..<4 {
      if part > 0 {
        guard index < end, bytes[index] == 0x2E else { return false }
        index += 1
      }
      let first = index
      var value = 0
      while index < end, FormatByte.isDigit(bytes[index]), index - first < 3 {
        value = value * 10 + Int(bytes[index] &- 0x30)
        index += 1
      }
      let digits = index - first
      guard digits > 0, value <= 255, smtp || digits == 1 || bytes[first] != 0x30 else {
        return false
      }
    }
    return index == end
  }

  /// `bytes[start..<end]` is eight h16 pieces joined by colons, of which one run
  /// may be elided as "::" and the last two may be an IPv4 dotted quad.
  static func isIPv6(_ bytes: FormatBytes, _ start: Int, _ end: Int, smtp: Bool = false) -> Bool {
    var index = start
    var pieces = 0
    var elided = false
    if end - start >= 2 && bytes[start] == 0x3A {
      guard bytes[start + 1] == 0x3A else { return false }
      elided = true
      index += 2
    }
    while index < end {
      let first = index
      while index < end && FormatByte.isHexDigit(bytes[index]) { index += 1 }
      if index < end && bytes[index] == 0x2E {
        guard isIPv4(bytes, first, end, smtp: smtp) else { return false }
        pieces += 2
        break
      }
      guard index > first, index - first <= 4 else { return false }
      pieces += 1
      if index == end { break }
      guard bytes[index] == 0x3A else { return false }
      index += 1
      if index < end && bytes[index] == 0x3A {
        guard !elided else { return false }
        elided = true
        index += 1
      } else if index == end {
        return false
      }
    }
    return elided ? pieces <= (smtp ? 6 : 7) : pieces == 8
  }
}

/// `hostname` (RFC 1123 section 2.1; labels of "xn--" are A-labels and must
/// hold valid U-labels, RFC 5890 section 2.3.2.1) and `idn-hostname` (RFC 5890
/// to RFC 5893, with the label separators of RFC 3490 section 3.1).
enum HostnameFormats {
  static func isHostname(_ bytes: FormatBytes) -> Bool {
    isDomain(bytes, 0, bytes.count, unicode: false)
  }

  static func isIDNHostname(_ bytes: FormatBytes) -> Bool {
    isDomain(bytes, 0, bytes.count, unicode: true, ideographicStops: true)
  }

  /// Whether `bytes[start..<end]` is a domain name: at most 253 bytes as
  /// A-labels, labels of 1 to 63 bytes, and the Bidi rule on every label when
  /// one is right-to-left. `unicode` admits U-labels; `ideographicStops` admits
  /// U+3002, U+FF0E and U+FF61 as separators.
  static func isDomain(
    _ bytes: FormatBytes, _ start: Int, _ end: Int, unicode: Bool, ideographicStops: Bool = false
  ) -> Bool {
    var length = 0
    var hasRTLLabel = false
    var satisfiesBidi = true
    var index = start
    while true {
      let labelStart = index
      var ascii = true
      var separator = 0
      while index < end {
        let byte = bytes[index]
        if byte == 0x2E {
          separator = 1
          break
        }
        guard byte >= 0x80 else {
          index += 1
          continue
        }
        guard unicode else { return false }
        let scalar = FormatByte.scalar(bytes, index)
        if ideographicStops && isIdeographicStop(scalar.value) {
          separator = scalar.length
          break
        }
        ascii = false
        index += scalar.length
      }
      let label = labelStart..<index
      guard let facts = ascii ? checkASCIILabel(bytes, label) : checkUnicodeLabel(bytes, label)
      else { return false }
      length += facts.length
      hasRTLLabel = hasRTLLabel || facts.bidi.isRTL
      satisfiesBidi = satisfiesBidi && facts.bidi.satisfiesRule
      if index == end { break }
      length += 1
      index += separator
    }
    return length <= 253 && (!hasRTLLabel || satisfiesBidi)
  }

  private typealias LabelFacts = (length: Int, bidi: IDNA.BidiFacts)

  /// U+3002 IDEOGRAPHIC FULL STOP, U+FF0E FULLWIDTH FULL STOP, U+FF61 HALFWIDTH IDEOGRAPHIC FULL STOP.
  private static func isIdeographicStop(_ value: UInt32) -> Bool {
    switch value {
    case 0x3002, 0xFF0E, 0xFF61: return true
    default: return false
    }
  }

  /// An LDH label (RFC 1123), or an A-label when it starts with "xn--".
  private static func checkASCIILabel(_ bytes: FormatBytes, _ label: Range<Int>) -> LabelFacts? {
    guard (1...63).contains(label.count), bytes[label.lowerBound] != 0x2D,
      bytes[label.upperBound - 1] != 0x2D
    else { return nil }
    for byte in bytes[label] {
      guard FormatByte.isAlpha(byte) || FormatByte.isDigit(byte) || byte == 0x2D else {
        return nil
      }
    }
    let first = label.lowerBound
    if label.count >= 4 && bytes[first] | 0x20 == 0x78 && bytes[first + 1] | 0x20 == 0x6E
      && bytes[first + 2] == 0x2D && bytes[first + 3] == 0x2D
    {
      return checkALabel(bytes, label)
    }
    // An LDH label passes the Bidi rule when it starts with a letter (class L).
    return (
      label.count, IDNA.BidiFacts(isRTL: false, satisfiesRule: FormatByte.isAlpha(bytes[first]))
    )
  }

  /// An A-label: canonical Punycode for a valid U-label that is not all ASCII.
  private static func checkALabel(_ bytes: FormatBytes, _ label: Range<Int>) -> LabelFacts? {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: IDNA.maxLabelScalars) { buffer in
      let encoded = bytes[(label.lowerBound + 4)..<label.upperBound]
      guard let count = Punycode.decode(encoded, into: buffer) else { return nil }
      let decoded = UnsafeBufferPointer(rebasing: buffer[..<count])
      guard decoded.contains(where: { $0 >= 0x80 }) else { return nil }
      var position = encoded.startIndex
      let canonical = Punycode.encode(decoded) { byte in
        guard position < encoded.endIndex, bytes[position] | 0x20 == byte | 0x20 else {
          return false
        }
        position += 1
        return true
      }
      guard canonical, position == encoded.endIndex, let bidi = IDNA.checkULabel(decoded) else {
        return nil
      }
      return (label.count, bidi)
    }
  }

  /// A U-label whose A-label fits in 63 bytes.
  private static func checkUnicodeLabel(_ bytes: FormatBytes, _ label: Range<Int>) -> LabelFacts? {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: IDNA.maxLabelScalars) { buffer in
      var count = 0
      var index = label.lowerBound
      while index < label.upperBound {
        guard count < IDNA.maxLabelScalars else { return nil }
        let scalar = FormatByte.scalar(bytes, index)
        buffer[count] = scalar.value
        count += 1
        index += scalar.length
      }
      let decoded = UnsafeBufferPointer(rebasing: buffer[..<count])
      guard let bidi = IDNA.checkULabel(decoded) else { return nil }
      var length = 4
      _ = Punycode.encode(decoded) { _ in
        length += 1
        return true
      }
      return length <= 63 ? (length, bidi) : nil
    }
  }
}
