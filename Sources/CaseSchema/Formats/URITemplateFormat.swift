/// `uri-template` (RFC 6570 section 2, level 4), with verified erratum 6937,
/// which admits the apostrophe in literals.
enum URITemplateFormat {
  static func isURITemplate(_ bytes: FormatBytes) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x7B {
        guard let close = expressionEnd(bytes, index + 1) else { return false }
        index = close + 1
      } else {
        let next = URIFormats.skip(bytes, index, bytes.count, literals, iri: true, privateUse: true)
        guard next > index else { return false }
        index = next
      }
    }
    return true
  }

  /// %x21 / %x23-24 / %x26-3B / %x3D / %x3F-5B / %x5D / %x5F / %x61-7A / %x7E
  private static let literals = ASCIISet(
    "!#$&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~")

  /// expression = "{" [ operator ] variable-list "}"; returns the index of "}".
  private static func expressionEnd(_ bytes: FormatBytes, _ start: Int) -> Int? {
    var index = start
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    // op-level2 / op-level3 / op-reserve
    case 0x2B, 0x23, 0x2E, 0x2F, 0x3B, 0x3F, 0x26, 0x3D, 0x2C, 0x21, 0x40, 0x7C:
      index += 1
    default:
      break
    }
    while true {
      // varname = varchar *( ["."] varchar )
      guard skipVarchar(bytes, &index) else { return nil }
      while index < bytes.count {
        if bytes[index] == 0x2E {
          index += 1
          guard skipVarchar(bytes, &index) else { return nil }
        } else if !skipVarchar(bytes, &index) {
          break
        }
      }
      guard index < bytes.count else { return nil }
      if bytes[index] == 0x3A {
        // prefix = ":" max-length; max-length = %x31-39 0*3DIGIT
        index += 1
        guard index < bytes.count, bytes[index] &- 0x31 < 9 else { return nil }
        let first = index
        index += 1
        while index < bytes.count && FormatByte.isDigit(bytes[index]) && index - first < 4 {
          index += 1
        }
      } else if bytes[index] == 0x2A {
        index += 1
      }
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case 0x2C: index += 1
      case 0x7D: return index
      default: return nil
      }
    }
  }

  /// varchar = ALPHA / DIGIT / "_" / pct-encoded
  private static func skipVarchar(_ bytes: FormatBytes, _ index: inout Int) -> Bool {
    guard index < bytes.count else { return false }
    let byte = bytes[index]
    if FormatByte.isAlpha(byte) || FormatByte.isDigit(byte) || byte == 0x5F {
      index += 1
      return true
    }
    if FormatByte.isPercentEncoded(bytes, index) {
      index += 3
      return true
    }
    return false
  }
}
