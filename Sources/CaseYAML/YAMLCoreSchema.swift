import CaseJSON

/// The number that the plain scalar `text` stands for under the YAML 1.2 core schema, as a JSON
/// number whose lexeme keeps the text where JSON allows; nil when `text` is not a number there.
///
/// Also nil for what a `JSONNumber` cannot hold exactly: `0o` and `0x` integers beyond 64 bits,
/// and exponents of 10^15 or more (`JSONNumber` clamps exponents near 2^50).
func coreSchemaNumber(_ text: String) -> JSONNumber? {
  let bytes = Array(text.utf8)
  if bytes.count > 2 && bytes[0] == UInt8(ascii: "0")
    && (bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x"))
  {
    let radix: UInt64 = bytes[1] == UInt8(ascii: "o") ? 8 : 16
    var value: UInt64 = 0
    for byte in bytes[2...] {
      guard let digit = digitValue(byte), digit < radix else { return nil }
      let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
      guard !overflow else { return nil }
      value = shifted | digit
    }
    return JSONNumber(String(value))
  }
  // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
  var index = 0
  func skipDigits() -> ArraySlice<UInt8> {
    let start = index
    while index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") { index += 1 }
    return bytes[start..<index]
  }
  var lexeme: [UInt8] = []
  if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
    if bytes[index] == UInt8(ascii: "-") { lexeme.append(UInt8(ascii: "-")) }
    index += 1
  }
  let integer = skipDigits()
  var fraction: ArraySlice<UInt8> = []
  if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
    index += 1
    fraction = skipDigits()
  }
  guard !integer.isEmpty || !fraction.isEmpty else { return nil }
  // JSON allows no leading zeros, and needs digits on both sides of a point.
  let significant = integer.drop(while: { $0 == UInt8(ascii: "0") })
  lexeme.append(contentsOf: significant.isEmpty ? [UInt8(ascii: "0")] : Array(significant))
  if !fraction.isEmpty {
    lexeme.append(UInt8(ascii: "."))
    lexeme.append(contentsOf: fraction)
  }
  if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
    let exponentStart = index
    index += 1
    if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) { index += 1 }
    let exponent = skipDigits()
    guard !exponent.isEmpty, exponent.drop(while: { $0 == UInt8(ascii: "0") }).count <= 15 else { return nil }
    lexeme.append(contentsOf: bytes[exponentStart..<index])
  }
  guard index == bytes.count else { return nil }
  return JSONNumber(String(decoding: lexeme, as: UTF8.self))
}

/// The value of a decimal or hexadecimal digit, or nil.
private func digitValue(_ byte: UInt8) -> UInt64? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(byte - UInt8(ascii: "0"))
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt64(byte - UInt8(ascii: "a") + 10)
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt64(byte - UInt8(ascii: "A") + 10)
  default: return nil
  }
}
