/// The `format` assertions of JSON Schema (drafts 4, 6, 7, 2019-09 and 2020-12),
/// checked against the grammars of the RFCs each format names.
///
/// Formats apply only to strings: a caller passes string instances here and
/// treats every other instance as valid. The drafts agree on every format this
/// checker knows, so the checks do not depend on the draft.
public enum FormatChecker {
  /// The formats this checker knows.
  public static let knownFormats: Set<String> = [
    "date", "date-time", "time", "duration",
    "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6",
    "uri", "uri-reference", "iri", "iri-reference", "uri-template",
    "uuid", "json-pointer", "relative-json-pointer",
  ]

  /// Whether `value` is valid for `format`; nil when the format is unknown
  /// (unknown formats are ignored by JSON Schema).
  public static func check(_ format: String, _ value: String) -> Bool? {
    guard let validate = validator(for: format) else { return nil }
    var value = value
    return value.withUTF8(validate)
  }

  /// The check for `format`, looked up once (at schema compilation) and applied to the UTF-8
  /// bytes of each string; nil when the format is unknown.
  public static func validator(for format: String) -> (@Sendable (UnsafeBufferPointer<UInt8>) -> Bool)? {
    // The length is matched first: it rules out most names without comparing them.
    switch (format.utf8.count, format) {
    case (4, "date"): return DateTimeFormats.isDate
    case (9, "date-time"): return DateTimeFormats.isDateTime
    case (4, "time"): return DateTimeFormats.isTime
    case (8, "duration"): return DateTimeFormats.isDuration
    case (5, "email"): return EmailFormats.isEmail
    case (9, "idn-email"): return EmailFormats.isIDNEmail
    case (8, "hostname"): return HostnameFormats.isHostname
    case (12, "idn-hostname"): return HostnameFormats.isIDNHostname
    case (4, "ipv4"): return { IPFormats.isIPv4($0, 0, $0.count) }
    case (4, "ipv6"): return { IPFormats.isIPv6($0, 0, $0.count) }
    case (3, "uri"): return { URIFormats.isURI($0, iri: false, reference: false) }
    case (13, "uri-reference"): return { URIFormats.isURI($0, iri: false, reference: true) }
    case (3, "iri"): return { URIFormats.isURI($0, iri: true, reference: false) }
    case (13, "iri-reference"): return { URIFormats.isURI($0, iri: true, reference: true) }
    case (12, "uri-template"): return URITemplateFormat.isURITemplate
    case (4, "uuid"): return UUIDFormat.isUUID
    case (12, "json-pointer"): return PointerFormats.isJSONPointer
    case (21, "relative-json-pointer"): return PointerFormats.isRelativeJSONPointer
    default: return nil
    }
  }
}

/// The UTF-8 bytes of a string under check; String guarantees they are valid UTF-8.
typealias FormatBytes = UnsafeBufferPointer<UInt8>

/// Byte classes and UTF-8 decoding shared by the format checks.
enum FormatByte {
  static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  static func isHexDigit(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 6
  }

  /// The value of two ASCII digits at `index`, or nil.
  static func twoDigits(_ bytes: FormatBytes, _ index: Int) -> Int? {
    guard index + 1 < bytes.count, isDigit(bytes[index]), isDigit(bytes[index + 1]) else {
      return nil
    }
    return Int(bytes[index] &- 0x30) * 10 + Int(bytes[index + 1] &- 0x30)
  }

  /// Whether `bytes[index...]` starts with "%" HEXDIG HEXDIG.
  static func isPercentEncoded(_ bytes: FormatBytes, _ index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == 0x25 && isHexDigit(bytes[index + 1])
      && isHexDigit(bytes[index + 2])
  }

  /// The scalar value starting at `index` and its length in bytes.
  static func scalar(_ bytes: FormatBytes, _ index: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 {
      return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead < 0xF0 {
      return (
        (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F), 3
      )
    }
    return (
      (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4
    )
  }
}
