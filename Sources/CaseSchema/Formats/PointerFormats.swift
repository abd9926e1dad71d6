/// `json-pointer` (RFC 6901 section 3) and `relative-json-pointer`
/// (draft-bhutton-relative-json-pointer-00, the one JSON Schema 2020-12 cites;
/// its index manipulation is a superset of the earlier drafts' syntax).
enum PointerFormats {
  /// json-pointer = *( "/" reference-token ), where "~" is followed by "0" or "1".
  static func isJSONPointer(_ bytes: FormatBytes) -> Bool {
    isJSONPointer(bytes, 0)
  }

  private static func isJSONPointer(_ bytes: FormatBytes, _ start: Int) -> Bool {
    guard start == bytes.count || bytes[start] == 0x2F else { return false }
    var index = start
    while index < bytes.count {
      if bytes[index] == 0x7E {
        guard index + 1 < bytes.count, bytes[index + 1] == 0x30 || bytes[index + 1] == 0x31 else {
          return false
        }
        index += 2
      } else {
        index += 1
      }
    }
    return true
  }

  /// relative-json-pointer = non-negative-integer [index-manipulation] json-pointer
  ///                       / non-negative-integer "#"
  /// index-manipulation = ( "+" / "-" ) non-negative-integer
  static func isRelativeJSONPointer(_ bytes: FormatBytes) -> Bool {
    var index = 0
    guard skipNonNegativeInteger(bytes, &index) else { return false }
    if index < bytes.count && bytes[index] == 0x23 { return index + 1 == bytes.count }
    if index < bytes.count && (bytes[index] == 0x2B || bytes[index] == 0x2D) {
      index += 1
      guard skipNonNegativeInteger(bytes, &index) else { return false }
    }
    return isJSONPointer(bytes, index)
  }

  /// non-negative-integer = %x30 / %x31-39 *( %x30-39 )
  private static func skipNonNegativeInteger(_ bytes: FormatBytes, _ index: inout Int) -> Bool {
    guard index < bytes.count, FormatByte.isDigit(bytes[index]) else { return false }
    index += 1
    if bytes[index - 1] != 0x30 {
      while index < bytes.count && FormatByte.isDigit(bytes[index]) { index += 1 }
    }
    return true
  }
}
