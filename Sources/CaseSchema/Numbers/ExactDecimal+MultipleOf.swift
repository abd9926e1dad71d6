import CaseJSON

extension ExactDecimal {
  /// Whether this value is an exact integer multiple of `divisor` (which must not be zero).
  ///
  /// With `self = a × 10^p` and `divisor = b × 10^q` in normal form (no trailing zeros in `a`
  /// or `b`): if `p < q` the quotient needs a factor 10 that `a` lacks, so the answer is no;
  /// otherwise `b` must divide `a × 10^(p−q)`, which holds exactly when `b / gcd(a, b)` has no
  /// prime factors but 2 and 5, each at most `p − q` times. No power of ten is ever built, so
  /// `1e308` against `0.5` costs the same as `3` against `0.5`.
  func isMultiple(of divisor: ExactDecimal) -> Bool {
    if isZero { return true }
    guard !divisor.isZero, exponent >= divisor.exponent else { return false }
    let room = exponent - divisor.exponent
    if let a = smallCoefficient, let b = divisor.smallCoefficient {
      var rest = b / gcd(a, b)
      var twos = 0
      var fives = 0
      while rest % 2 == 0 {
        rest /= 2
        twos += 1
      }
      while rest % 5 == 0 {
        rest /= 5
        fives += 1
      }
      return rest == 1 && twos <= room && fives <= room
    }
    let a = BigUInt(decimalDigits: coefficientDigits)
    let b = BigUInt(decimalDigits: divisor.coefficientDigits)
    let common = BigUInt.gcd(a, b)
    // b / gcd has only the factors 2 and 5 exactly when b and gcd agree once both lose them.
    let (bCore, bTwos, bFives) = b.removingTwosAndFives()
    let (commonCore, commonTwos, commonFives) = common.removingTwosAndFives()
    return bCore == commonCore && bTwos - commonTwos <= room && bFives - commonFives <= room
  }
}

private func gcd(_ first: UInt64, _ second: UInt64) -> UInt64 {
  var (a, b) = (first, second)
  while b != 0 { (a, b) = (b, a % b) }
  return a
}

/// Just enough unsigned big-integer arithmetic for `multipleOf`: parsing decimal digits,
/// binary GCD, and removing factors of 2 and 5.
struct BigUInt: Equatable {
  /// Little-endian 32-bit limbs, no trailing zero limbs.
  private(set) var limbs: [UInt32]

  init(decimalDigits digits: [UInt8]) {
    limbs = []
    for digit in digits { multiplyAdd(10, UInt32(digit)) }
  }

  private init(limbs: [UInt32]) {
    self.limbs = limbs
    trim()
  }

  var isZero: Bool { limbs.isEmpty }
  var isEven: Bool { limbs.first.map { $0 & 1 == 0 } ?? true }

  private mutating func trim() {
    while limbs.last == 0 { limbs.removeLast() }
  }

  private mutating func multiplyAdd(_ factor: UInt32, _ addend: UInt32) {
    var carry = UInt64(addend)
    for index in limbs.indices {
      let product = UInt64(limbs[index]) * UInt64(factor) + carry
      limbs[index] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
  }

  /// Divides by a small number in place and returns the remainder.
  @discardableResult
  mutating func divide(by divisor: UInt32) -> UInt32 {
    var remainder: UInt64 = 0
    for index in limbs.indices.reversed() {
      let current = remainder << 32 | UInt64(limbs[index])
      limbs[index] = UInt32(current / UInt64(divisor))
      remainder = current % UInt64(divisor)
    }
    trim()
    return UInt32(remainder)
  }

  func remainder(dividingBy divisor: UInt32) -> UInt32 {
    var copy = self
    return copy.divide(by: divisor)
  }

  private mutating func shiftRight() {
    var carry: UInt32 = 0
    for index in limbs.indices.reversed() {
      let limb = limbs[index]
      limbs[index] = limb >> 1 | carry << 31
      carry = limb & 1
    }
    trim()
  }

  private mutating func shiftLeft(_ count: Int) {
    for _ in 0..<count {
      var carry: UInt32 = 0
      for index in limbs.indices {
        let limb = limbs[index]
        limbs[index] = limb << 1 | carry
        carry = limb >> 31
      }
      if carry != 0 { limbs.append(carry) }
    }
  }

  private static func less(_ a: BigUInt, _ b: BigUInt) -> Bool {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
    for index in a.limbs.indices.reversed() where a.limbs[index] != b.limbs[index] {
      return a.limbs[index] < b.limbs[index]
    }
    return false
  }

  /// `a - b`, for `a >= b`.
  private static func subtract(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
    var result = a.limbs
    var borrow: Int64 = 0
    for index in result.indices {
      var difference = Int64(result[index]) - borrow - (index < b.limbs.count ? Int64(b.limbs[index]) : 0)
      borrow = 0
      if difference < 0 {
        difference += 1 << 32
        borrow = 1
      }
      result[index] = UInt32(difference)
    }
    return BigUInt(limbs: result)
  }

  /// The greatest common divisor (Stein's binary algorithm).
  static func gcd(_ first: BigUInt, _ second: BigUInt) -> BigUInt {
    var (a, b) = (first, second)
    if a.isZero { return b }
    if b.isZero { return a }
    var shift = 0
    while a.isEven && b.isEven {
      a.shiftRight()
      b.shiftRight()
      shift += 1
    }
    while a.isEven { a.shiftRight() }
    while !b.isZero {
      while b.isEven { b.shiftRight() }
      if less(b, a) { swap(&a, &b) }
      b = subtract(b, a)
    }
    a.shiftLeft(shift)
    return a
  }

  /// This number without its factors 2 and 5, and how many of each it had.
  func removingTwosAndFives() -> (core: BigUInt, twos: Int, fives: Int) {
    var core = self
    var twos = 0
    var fives = 0
    while !core.isZero && core.isEven {
      core.shiftRight()
      twos += 1
    }
    while !core.isZero && core.remainder(dividingBy: 5) == 0 {
      core.divide(by: 5)
      fives += 1
    }
    return (core, twos, fives)
  }
}
