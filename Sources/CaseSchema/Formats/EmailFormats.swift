/// `email` (RFC 5321 section 4.1.2 Mailbox) and `idn-email` (RFC 6531 section
/// 3.3, which adds UTF8-non-ascii to atext and qtextSMTP and U-labels to the
/// domain). The domain must be a valid `hostname` (or `idn-hostname` with dots
/// only), an IPv4 address literal, or an "IPv6:" literal. General address
/// literals are rejected: their tag must be registered with IANA, and none but
/// "IPv6" is.
enum EmailFormats {
  static func isEmail(_ bytes: FormatBytes) -> Bool {
    isMailbox(bytes, unicode: false)
  }

  static func isIDNEmail(_ bytes: FormatBytes) -> Bool {
    isMailbox(bytes, unicode: true)
  }

  /// The longest local part, in octets (RFC 5321 section 4.5.3.1.1).
  private static let maxLocalPartLength = 64

  private static func isMailbox(_ bytes: FormatBytes, unicode: Bool) -> Bool {
    guard let at = localPartEnd(bytes, unicode: unicode), at <= maxLocalPartLength,
      at + 1 < bytes.count, bytes[at] == 0x40
    else { return false }
    let start = at + 1
    let end = bytes.count
    guard bytes[start] == 0x5B else {
      return HostnameFormats.isDomain(bytes, start, end, unicode: unicode)
    }
    guard bytes[end - 1] == 0x5D else { return false }
    let literal = start + 1
    if end - literal > 5 && bytes[literal] | 0x20 == 0x69 && bytes[literal + 1] | 0x20 == 0x70
      && bytes[literal + 2] | 0x20 == 0x76 && bytes[literal + 3] == 0x36
      && bytes[literal + 4] == 0x3A
    {
      return IPFormats.isIPv6(bytes, literal + 5, end - 1, smtp: true)
    }
    return IPFormats.isIPv4(bytes, literal, end - 1, smtp: true)
  }

  /// The end of a Dot-string or Quoted-string at the start of `bytes`, or nil.
  private static func localPartEnd(_ bytes: FormatBytes, unicode: Bool) -> Int? {
    guard !bytes.isEmpty else { return nil }
    var index = 0
    if bytes[0] == 0x22 {
      index = 1
      while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case 0x22:
          return index + 1
        case 0x5C:
          // quoted-pairSMTP = %d92 %d32-126
          guard index + 1 < bytes.count, (0x20...0x7E).contains(bytes[index + 1]) else {
            return nil
          }
          index += 2
        case 0x20...0x7E:
          index += 1
        case 0x80...:
          guard unicode else { return nil }
          index += 1
        default:
          return nil
        }
      }
      return nil
    }
    var atomStart = 0
    while index < bytes.count && bytes[index] != 0x40 {
      let byte = bytes[index]
      if byte == 0x2E {
        guard index > atomStart else { return nil }
        atomStart = index + 1
      } else if byte >= 0x80 {
        guard unicode else { return nil }
      } else if !isAtext(byte) {
        return nil
      }
      index += 1
    }
    return index > atomStart ? index : nil
  }

  /// ALPHA / DIGIT / "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "/"
  /// / "=" / "?" / "^" / "_" / "`" / "{" / "|" / "}" / "~" (RFC 5322 atext).
  private static func isAtext(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2F...0x39, 0x3D, 0x3F, 0x41...0x5A, 0x5E...0x7E:
      return true
    default:
      return false
    }
  }
}
