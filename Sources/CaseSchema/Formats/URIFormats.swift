/// `uri`, `uri-reference` (RFC 3986 section 3 and 4.1), `iri` and
/// `iri-reference` (RFC 3987 section 2.2, which adds ucschar everywhere but in
/// the scheme and port, and iprivate in the query).
enum URIFormats {
  /// Whether `bytes` is a URI (or an IRI when `iri`), or a relative reference too when `reference`.
  static func isURI(_ bytes: FormatBytes, iri: Bool, reference: Bool) -> Bool {
    let end = bytes.count
    var index = 0
    var hasScheme = false
    // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    if end > 0 && FormatByte.isAlpha(bytes[0]) {
      var scan = 1
      while scan < end
        && (FormatByte.isAlpha(bytes[scan]) || FormatByte.isDigit(bytes[scan])
          || bytes[scan] == 0x2B || bytes[scan] == 0x2D || bytes[scan] == 0x2E)
      {
        scan += 1
      }
      if scan < end && bytes[scan] == 0x3A {
        hasScheme = true
        index = scan + 1
      }
    }
    guard hasScheme || reference else { return false }
    if end - index >= 2 && bytes[index] == 0x2F && bytes[index + 1] == 0x2F {
      guard let authorityEnd = authorityEnd(bytes, index + 2, iri: iri) else { return false }
      index = skip(bytes, authorityEnd, end, URICharacters.path, iri: iri)
    } else {
      let pathStart = index
      index = skip(bytes, index, end, URICharacters.path, iri: iri)
      // path-noscheme: the first segment of a relative path has no colon.
      if !hasScheme {
        var scan = pathStart
        while scan < index && bytes[scan] != 0x2F {
          if bytes[scan] == 0x3A { return false }
          scan += 1
        }
      }
    }
    if index < end && bytes[index] == 0x3F {
      index = skip(bytes, index + 1, end, URICharacters.query, iri: iri, privateUse: true)
    }
    if index < end && bytes[index] == 0x23 {
      index = skip(bytes, index + 1, end, URICharacters.query, iri: iri)
    }
    return index == end
  }

  /// authority = [ userinfo "@" ] host [ ":" port ], from `start` to the next
  /// "/", "?", "#" or the end; returns that end, or nil when malformed.
  private static func authorityEnd(_ bytes: FormatBytes, _ start: Int, iri: Bool) -> Int? {
    var end = start
    var at: Int?
    while end < bytes.count && bytes[end] != 0x2F && bytes[end] != 0x3F && bytes[end] != 0x23 {
      if bytes[end] == 0x40 && at == nil { at = end }
      end += 1
    }
    var index = start
    if let at {
      guard skip(bytes, start, at, URICharacters.userinfo, iri: iri) == at else { return nil }
      index = at + 1
    }
    if index < end && bytes[index] == 0x5B {
      var close = index + 1
      while close < end && bytes[close] != 0x5D { close += 1 }
      guard close < end, isIPLiteral(bytes, index + 1, close) else { return nil }
      index = close + 1
    } else {
      index = skip(bytes, index, end, URICharacters.regName, iri: iri)
    }
    if index < end && bytes[index] == 0x3A {
      index += 1
      while index < end && FormatByte.isDigit(bytes[index]) { index += 1 }
    }
    return index == end ? end : nil
  }

  /// IPv6address / IPvFuture, between the brackets of an IP-literal.
  private static func isIPLiteral(_ bytes: FormatBytes, _ start: Int, _ end: Int) -> Bool {
    guard start < end, bytes[start] | 0x20 == 0x76 else {
      return IPFormats.isIPv6(bytes, start, end)
    }
    // IPvFuture = "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
    var index = start + 1
    while index < end && FormatByte.isHexDigit(bytes[index]) { index += 1 }
    guard index > start + 1, index < end, bytes[index] == 0x2E, index + 1 < end else {
      return false
    }
    for byte in bytes[(index + 1)..<end] {
      guard URICharacters.userinfo.contains(byte) else { return false }
    }
    return true
  }

  /// The index of the first byte from `start` that is not in `set`, a
  /// pct-encoded triplet or, for IRIs, ucschar (or iprivate when `privateUse`).
  static func skip(
    _ bytes: FormatBytes, _ start: Int, _ end: Int, _ set: ASCIISet, iri: Bool,
    privateUse: Bool = false
  ) -> Int {
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte < 0x80 {
        if set.contains(byte) {
          index += 1
        } else if byte == 0x25 && FormatByte.isPercentEncoded(bytes, index) {
          index += 3
        } else {
          return index
        }
      } else {
        let scalar = FormatByte.scalar(bytes, index)
        guard iri, isUCSChar(scalar.value) || (privateUse && isPrivateUse(scalar.value)) else {
          return index
        }
        index += scalar.length
      }
    }
    return index
  }

  /// RFC 3987 ucschar.
  static func isUCSChar(_ value: UInt32) -> Bool {
    switch value {
    case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
    case 0x10000...0xDFFFF: return value & 0xFFFF <= 0xFFFD
    case 0xE1000...0xEFFFD: return true
    default: return false
    }
  }

  /// RFC 3987 iprivate.
  static func isPrivateUse(_ value: UInt32) -> Bool {
    switch value {
    case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: return true
    default: return false
    }
  }
}

/// A set of ASCII bytes.
struct ASCIISet {
  private let low: UInt64
  private let high: UInt64

  init(_ members: StaticString) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    members.withUTF8Buffer { buffer in
      for byte in buffer {
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
      }
    }
    self.low = low
    self.high = high
  }

  func contains(_ byte: UInt8) -> Bool {
    byte < 64 ? low >> UInt64(byte) & 1 == 1 : byte < 128 && high >> UInt64(byte - 64) & 1 == 1
  }
}

/// The RFC 3986 character classes of each URI component (without pct-encoded).
enum URICharacters {
  /// unreserved / sub-delims
  static let regName = ASCIISet(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=")
  /// unreserved / sub-delims / ":"
  static let userinfo = ASCIISet(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:")
  /// pchar / "/"
  static let path = ASCIISet(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/")
  /// pchar / "/" / "?" (query and fragment)
  static let query = ASCIISet(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?")
}
