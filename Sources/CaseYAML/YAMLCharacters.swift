/// Checks that `input[range]` is valid UTF-8 and, for YAML text, holds only characters YAML
/// allows; returns the problem and its offset, or nil.
///
/// YAML allows tab, line feed and carriage return (as part of CRLF here) among the control
/// characters, and U+0085 among the C1 controls; DEL, the other controls, U+FFFE and U+FFFF are
/// refused, as PyYAML and libyaml refuse them. Markdown bodies are checked for UTF-8 only.
func firstInvalidCharacter(
  in input: UnsafeBufferPointer<UInt8>, range: Range<Int>, onlyUTF8: Bool
) -> (YAMLParseError.Kind, offset: Int)? {
  var index = range.lowerBound
  let end = range.upperBound
  while index < end {
    let byte = input[index]
    if byte >= 0x20 && byte < 0x7F || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
      index += 1
      continue
    }
    if byte < 0x80 {
      if byte == UInt8(ascii: "\r") && index + 1 < end && input[index + 1] == UInt8(ascii: "\n") {
        index += 2
        continue
      }
      if onlyUTF8 {
        index += 1
        continue
      }
      return (byte == UInt8(ascii: "\r") ? .loneCarriageReturn : .disallowedCharacter(UInt32(byte)), index)
    }
    guard let (value, length) = decodeUTF8(input, at: index, end: end) else {
      var bytes = [byte]
      var next = index + 1
      while next < end, next < index + 4, input[next] & 0xC0 == 0x80 {
        bytes.append(input[next])
        next += 1
      }
      return (.invalidUTF8(bytes), index)
    }
    if !onlyUTF8 && (value < 0xA0 && value != 0x85 || value == 0xFFFE || value == 0xFFFF) {
      return (.disallowedCharacter(value), index)
    }
    index += length
  }
  return nil
}

/// Decodes the UTF-8 sequence at `offset`: its scalar value and length, or nil when it is not
/// valid (overlong forms, surrogates, values above U+10FFFF and truncated sequences).
func decodeUTF8(_ input: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> (UInt32, Int)? {
  let lead = input[offset]
  if lead < 0x80 { return (UInt32(lead), 1) }
  let length: Int
  var low: UInt8 = 0x80
  var high: UInt8 = 0xBF
  var value: UInt32
  switch lead {
  case 0xC2...0xDF:
    length = 2
    value = UInt32(lead & 0x1F)
  case 0xE0...0xEF:
    length = 3
    value = UInt32(lead & 0x0F)
    if lead == 0xE0 { low = 0xA0 }
    if lead == 0xED { high = 0x9F }
  case 0xF0...0xF4:
    length = 4
    value = UInt32(lead & 0x07)
    if lead == 0xF0 { low = 0x90 }
    if lead == 0xF4 { high = 0x8F }
  default:
    return nil
  }
  guard offset + length <= end else { return nil }
  for index in 1..<length {
    let byte = input[offset + index]
    if index == 1 ? (byte < low || byte > high) : (byte & 0xC0 != 0x80) { return nil }
    value = value << 6 | UInt32(byte & 0x3F)
  }
  return (value, length)
}

/// Appends the UTF-8 encoding of `scalar` to `bytes`.
func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
  UTF8.encode(scalar) { bytes.append($0) }
}

@inline(__always)
func isBlank(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}

@inline(__always)
func isBreak(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
}

/// `,` `[` `]` `{` `}`: the characters that end a plain scalar inside a flow collection.
@inline(__always)
func isFlowIndicator(_ byte: UInt8) -> Bool {
  byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
    || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
}
