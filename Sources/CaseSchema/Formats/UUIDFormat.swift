/// `uuid` (RFC 4122 section 3): 8-4-4-4-12 hexadecimal digits, any case,
/// version and variant.
enum UUIDFormat {
  static func isUUID(_ bytes: FormatBytes) -> Bool {
    guard bytes.count == 36 else { return false }
    for index in 0..<36 {
      let hyphen = index == 8 || index == 13 || index == 18 || index == 23
      guard hyphen ? bytes[index] == 0x2D : FormatByte.isHexDigit(bytes[index]) else {
        return false
      }
    }
    return true
  }
}
