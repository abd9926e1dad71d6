/// The exact value of a JSON number, `±coefficient × 10^exponent`, in normal form.
///
/// JSON numbers are decimal text of any size. Converting them to `Double` loses digits and turns
/// `1e400` into infinity, so comparisons (`minimum`, `enum`, `const`, `uniqueItems`) work on this
/// exact form instead: `1.0`, `1` and `10e-1` are all equal, and `1e400` is just a large number.
///
/// Normal form: the coefficient has no leading or trailing zeros (trailing zeros move into the
/// exponent) and zero is `+0 × 10^0`, so `-0 == 0` and equal values have equal representations.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Coefficients of up to 19 digits fit in a `UInt64`; longer ones keep their digits.
  @usableFromInline
  enum Coefficient: Sendable, Hashable {
    case small(UInt64)
    case big([UInt8])  // decimal digit values 0...9, most significant first
  }

  @usableFromInline let coefficient: Coefficient
  /// True for negative values; zero is never negative.
  public let isNegative: Bool
  /// The power of ten the coefficient is multiplied by.
  public let exponent: Int

  /// Exponents are clamped to this magnitude; the clamping only affects numbers whose exponents
  /// are beyond anything a computer can store, where it keeps the comparison order of everything
  /// smaller.
  static let exponentLimit = 1 << 50

  /// Zero.
  public static let zero = ExactDecimal(coefficient: .small(0), isNegative: false, exponent: 0)

  @usableFromInline
  init(coefficient: Coefficient, isNegative: Bool, exponent: Int) {
    self.coefficient = coefficient
    self.isNegative = isNegative
    self.exponent = exponent
  }

  /// The exact value of `value`.
  public init(_ value: Int) {
    let magnitude = value.magnitude
    self = ExactDecimal.normalizing(UInt64(magnitude), isNegative: value < 0, exponent: 0)
  }

  /// Normalizes `magnitude × 10^exponent`, moving trailing zeros into the exponent.
  static func normalizing(_ magnitude: UInt64, isNegative: Bool, exponent: Int) -> ExactDecimal {
    guard magnitude != 0 else { return .zero }
    var magnitude = magnitude
    var exponent = exponent
    while magnitude % 10 == 0 {
      magnitude /= 10
      exponent += 1
    }
    return ExactDecimal(coefficient: .small(magnitude), isNegative: isNegative, exponent: exponent)
  }

  /// Parses the bytes of a JSON number lexeme, which must already be syntactically valid.
  public init(lexeme bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    let negative = bytes.first == UInt8(ascii: "-")
    if negative { index += 1 }
    // Find the digits of the significand (integer and fraction parts) and the exponent text.
    var firstSignificant = -1
    var lastSignificant = -1
    var digitCount = 0  // significand digits seen, excluding the '.'
    var pointDigitCount = -1  // number of significand digits before the '.'
    var significandEnd = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") {
        pointDigitCount = digitCount
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        if byte != UInt8(ascii: "0") {
          if firstSignificant < 0 { firstSignificant = index }
          lastSignificant = index
        }
        digitCount += 1
      } else {
        break
      }
      index += 1
      significandEnd = index
    }
    if pointDigitCount < 0 { pointDigitCount = digitCount }
    var writtenExponent = 0
    if index < bytes.count {  // 'e' or 'E'
      index += 1
      var exponentNegative = false
      if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      while index < bytes.count {
        let digit = Int(bytes[index] &- UInt8(ascii: "0"))
        if writtenExponent < ExactDecimal.exponentLimit { writtenExponent = writtenExponent * 10 + digit }
        index += 1
      }
      writtenExponent = min(writtenExponent, ExactDecimal.exponentLimit)
      if exponentNegative { writtenExponent = -writtenExponent }
    }
    guard firstSignificant >= 0 else {
      self = .zero
      return
    }
    // Collect the significant digits (skipping the '.') and count their position.
    var digits: [UInt8] = []
    var small: UInt64 = 0
    var significantCount = 0
    var digitsAfterLast = 0  // significand digits after the last significant one
    var position = 0  // index among significand digits
    var lastPosition = 0
    var fitsSmall = true
    var scan = negative ? 1 : 0
    while scan < significandEnd {
      let byte = bytes[scan]
      scan += 1
      if byte == UInt8(ascii: ".") { continue }
      defer { position += 1 }
      if scan - 1 < firstSignificant || scan - 1 > lastSignificant { continue }
      let digit = byte &- UInt8(ascii: "0")
      significantCount += 1
      lastPosition = position
      if significantCount <= 19 {
        small = small * 10 + UInt64(digit)
      } else {
        if fitsSmall {
          digits = ExactDecimal.decimalDigits(of: small)
          fitsSmall = false
        }
      }
      if !fitsSmall { digits.append(digit) }
    }
    digitsAfterLast = digitCount - 1 - lastPosition
    // value = significant digits × 10^(digitsAfterLast + exponent - fraction digits)
    let fractionDigits = digitCount - pointDigitCount
    let exponent = clampExponent(writtenExponent + digitsAfterLast - fractionDigits)
    self.init(
      coefficient: fitsSmall ? .small(small) : .big(digits), isNegative: negative, exponent: exponent)
  }

  /// The decimal digits of `value`, most significant first.
  static func decimalDigits(of value: UInt64) -> [UInt8] {
    var value = value
    var digits: [UInt8] = []
    repeat {
      digits.append(UInt8(value % 10))
      value /= 10
    } while value != 0
    return digits.reversed()
  }

  /// The coefficient's decimal digits, most significant first; `[0]` for zero.
  public var coefficientDigits: [UInt8] {
    switch coefficient {
    case .small(let value): return ExactDecimal.decimalDigits(of: value)
    case .big(let digits): return digits
    }
  }

  /// The coefficient when it fits in 64 bits.
  public var smallCoefficient: UInt64? {
    if case .small(let value) = coefficient { return value }
    return nil
  }

  /// Number of digits in the coefficient.
  public var digitCount: Int {
    switch coefficient {
    case .small(var value):
      var count = 1
      while value >= 10 {
        value /= 10
        count += 1
      }
      return count
    case .big(let digits): return digits.count
    }
  }

  /// True when the value is zero.
  public var isZero: Bool { coefficient == .small(0) }

  /// True when the value has no fractional part (`1.0` and `1e2` are integers).
  public var isInteger: Bool { exponent >= 0 || isZero }

  /// The value as an `Int64`, when it is an integer in range.
  public var int64Value: Int64? {
    guard isInteger, exponent <= 18, case .small(let value) = coefficient else { return nil }
    var result = value
    for _ in 0..<exponent {
      let (product, overflow) = result.multipliedReportingOverflow(by: 10)
      if overflow { return nil }
      result = product
    }
    if isNegative {
      return result <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- result) : nil
    }
    return result <= UInt64(Int64.max) ? Int64(result) : nil
  }

  /// The nearest `Double` (infinite beyond its range, like any JSON reader that uses doubles).
  public var doubleValue: Double {
    Double(description) ?? (isNegative ? -.infinity : .infinity)
  }

  /// Scientific text of the exact value, such as `-1.25e3` or `7e400`; integers in the
  /// `Int64` range print plainly.
  public var description: String {
    if let integer = int64Value { return String(integer) }
    let digits = coefficientDigits
    var text = isNegative ? "-" : ""
    text.append(Character(Unicode.Scalar(digits[0] + UInt8(ascii: "0"))))
    if digits.count > 1 {
      text.append(".")
      for digit in digits.dropFirst() { text.append(Character(Unicode.Scalar(digit + UInt8(ascii: "0")))) }
    }
    text += "e\(exponent + digits.count - 1)"
    return text
  }

  // MARK: - Comparison

  public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
    if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
    let order = compareMagnitudes(lhs, rhs)
    return lhs.isNegative ? order > 0 : order < 0
  }

  /// -1, 0 or 1 as |lhs| is less than, equal to or greater than |rhs|.
  static func compareMagnitudes(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
    if lhs.isZero || rhs.isZero { return (lhs.isZero ? 0 : 1) - (rhs.isZero ? 0 : 1) }
    let lhsCount = lhs.digitCount
    let rhsCount = rhs.digitCount
    // The position of the leading digit decides, unless it is the same.
    let lhsLead = lhs.exponent + lhsCount
    let rhsLead = rhs.exponent + rhsCount
    if lhsLead != rhsLead { return lhsLead < rhsLead ? -1 : 1 }
    if case .small(var left) = lhs.coefficient, case .small(var right) = rhs.coefficient {
      // Same leading position: align the digit counts (both stay within 19 digits).
      for _ in lhsCount..<max(lhsCount, rhsCount) { left *= 10 }
      for _ in rhsCount..<max(lhsCount, rhsCount) { right *= 10 }
      return left == right ? 0 : (left < right ? -1 : 1)
    }
    let left = lhs.coefficientDigits
    let right = rhs.coefficientDigits
    for index in 0..<max(left.count, right.count) {
      let a = index < left.count ? left[index] : 0
      let b = index < right.count ? right[index] : 0
      if a != b { return a < b ? -1 : 1 }
    }
    return 0
  }
}

/// Keeps an exponent within ``ExactDecimal/exponentLimit``.
private func clampExponent(_ exponent: Int) -> Int {
  min(max(exponent, -ExactDecimal.exponentLimit), ExactDecimal.exponentLimit)
}
