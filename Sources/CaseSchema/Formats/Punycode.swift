/// Punycode (RFC 3492) for IDNA A-labels, decoding into and encoding from a
/// caller's buffer of scalar values.
enum Punycode {
  private static let base = 36
  private static let tMin = 1
  private static let tMax = 26
  private static let skew = 38
  private static let damp = 700
  private static let initialBias = 72
  private static let initialN = 0x80

  /// Decodes the ASCII `input` (an A-label without "xn--") into `output`;
  /// returns the number of scalars, or nil when `input` is not Punycode or the
  /// result does not fit.
  static func decode(
    _ input: Slice<FormatBytes>, into output: UnsafeMutableBufferPointer<UInt32>
  ) -> Int? {
    var count = 0
    var position = input.startIndex
    if let delimiter = input.lastIndex(of: 0x2D) {
      guard delimiter - input.startIndex <= output.count else { return nil }
      for byte in input[..<delimiter] {
        output[count] = UInt32(byte)
        count += 1
      }
      position = delimiter + 1
      // An empty basic part is encoded without a delimiter.
      guard count > 0 else { return nil }
    }
    var n = initialN
    var i = 0
    var bias = initialBias
    while position < input.endIndex {
      let oldI = i
      var weight = 1
      var k = base
      while true {
        guard position < input.endIndex, let digit = digitValue(input[position]) else {
          return nil
        }
        position += 1
        let (product, overflow) = digit.multipliedReportingOverflow(by: weight)
        guard !overflow, product <= Int(Int32.max) - i else { return nil }
        i += product
        let t = threshold(k, bias)
        if digit < t { break }
        let (nextWeight, weightOverflow) = weight.multipliedReportingOverflow(by: base - t)
        guard !weightOverflow, nextWeight <= Int(Int32.max) else { return nil }
        weight = nextWeight
        k += base
      }
      bias = adapt(i - oldI, count + 1, first: oldI == 0)
      n += i / (count + 1)
      i %= count + 1
      guard n <= 0x10FFFF, !(0xD800...0xDFFF).contains(n), count < output.count else {
        return nil
      }
      var move = count
      while move > i {
        output[move] = output[move - 1]
        move -= 1
      }
      output[i] = UInt32(n)
      count += 1
      i += 1
    }
    return count
  }

  /// Encodes `input`, passing each output byte (lowercase) to `emit`, which
  /// returns false to stop; returns false when stopped.
  static func encode(_ input: IDNA.Label, _ emit: (UInt8) -> Bool) -> Bool {
    var handled = 0
    for scalar in input where scalar < 0x80 {
      guard emit(UInt8(scalar)) else { return false }
      handled += 1
    }
    let basic = handled
    if basic > 0 && !emit(0x2D) { return false }
    var n = initialN
    var delta = 0
    var bias = initialBias
    while handled < input.count {
      var next = Int.max
      for scalar in input where Int(scalar) >= n && Int(scalar) < next { next = Int(scalar) }
      delta += (next - n) * (handled + 1)
      n = next
      for scalar in input {
        if Int(scalar) < n { delta += 1 }
        guard Int(scalar) == n else { continue }
        var q = delta
        var k = base
        while true {
          let t = threshold(k, bias)
          if q < t { break }
          guard emit(digitByte(t + (q - t) % (base - t))) else { return false }
          q = (q - t) / (base - t)
          k += base
        }
        guard emit(digitByte(q)) else { return false }
        bias = adapt(delta, handled + 1, first: handled == basic)
        delta = 0
        handled += 1
      }
      delta += 1
      n += 1
    }
    return true
  }

  private static func threshold(_ k: Int, _ bias: Int) -> Int {
    k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
  }

  private static func adapt(_ delta: Int, _ points: Int, first: Bool) -> Int {
    var delta = first ? delta / damp : delta / 2
    delta += delta / points
    var k = 0
    while delta > ((base - tMin) * tMax) / 2 {
      delta /= base - tMin
      k += base
    }
    return k + (base - tMin + 1) * delta / (delta + skew)
  }

  private static func digitValue(_ byte: UInt8) -> Int? {
    if FormatByte.isDigit(byte) { return Int(byte - 0x30) + 26 }
    if FormatByte.isAlpha(byte) { return Int((byte | 0x20) - 0x61) }
    return nil
  }

  private static func digitByte(_ digit: Int) -> UInt8 {
    digit < 26 ? UInt8(0x61 + digit) : UInt8(0x30 + digit - 26)
  }
}
