/// A cursor over the parser's input, with helpers for positioned errors.
struct ByteReader {
  let input: UnsafeBufferPointer<UInt8>
  var position = 0

  init(input: UnsafeBufferPointer<UInt8>) {
    self.input = input
  }

  @inline(__always) var atEnd: Bool { position >= input.count }
  @inline(__always) var current: UInt8 { input[position] }

  /// The line and column of `offset`.
  func locate(_ offset: Int) -> SourceLocation {
    SourceLocation.locate(offset: offset, in: input)
  }

  /// An error of `kind` at byte `offset`.
  func error(_ kind: JSONParseError.Kind, at offset: Int) -> JSONParseError {
    JSONParseError(kind: kind, location: locate(offset))
  }

  /// Names the character at the current position for a message: `'x'`, `U+000B`, `end of input`.
  func describeCurrent() -> String {
    guard !atEnd else { return "end of input" }
    let byte = current
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte < 0x80 { return unicodeName(UInt32(byte)) }
    if let (scalar, _) = decodeScalar(at: position) { return "'\(Character(scalar))' (\(unicodeName(scalar.value)))" }
    return "byte 0x" + hex(UInt32(byte), width: 2)
  }

  /// Decodes the UTF-8 sequence at `offset`; nil when it is not valid UTF-8.
  /// Returns the scalar and the sequence length.
  func decodeScalar(at offset: Int) -> (Unicode.Scalar, Int)? {
    let length = validUTF8Length(at: offset)
    guard length > 0 else { return nil }
    let lead = UInt32(input[offset])
    var value: UInt32
    switch length {
    case 1: value = lead
    case 2: value = lead & 0x1F
    case 3: value = lead & 0x0F
    default: value = lead & 0x07
    }
    for index in 1..<length { value = value << 6 | UInt32(input[offset + index] & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  /// The length of the valid UTF-8 sequence at `offset`, or 0 when the bytes there are not one
  /// (overlong forms, surrogates, code points above U+10FFFF and truncated sequences are invalid).
  @inline(__always)
  func validUTF8Length(at offset: Int) -> Int {
    let lead = input[offset]
    if lead < 0x80 { return 1 }
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: return 0
    }
    guard offset + length <= input.count else { return 0 }
    let second = input[offset + 1]
    guard second >= low && second <= high else { return 0 }
    for index in 2..<length where input[offset + index] & 0xC0 != 0x80 {
      return 0
    }
    return length
  }

  /// The bytes of the invalid sequence at `offset`, for the error message (at most four).
  func invalidSequence(at offset: Int) -> [UInt8] {
    var bytes = [input[offset]]
    var index = offset + 1
    while index < input.count, index < offset + 4, input[index] & 0xC0 == 0x80 {
      bytes.append(input[index])
      index += 1
    }
    return bytes
  }
}
