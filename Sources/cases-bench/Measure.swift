import CaseIO

/// Wall-clock time in seconds (monotonic).
func now() -> Double {
  Double(MonotonicClock.now()) / 1e9
}

/// The best (smallest) time of `rounds` runs of `body`.
func bestTime(rounds: Int, _ body: () throws -> Void) rethrows -> Double {
  var best = Double.infinity
  for _ in 0..<rounds {
    let start = now()
    try body()
    best = min(best, now() - start)
  }
  return best
}

/// `1234.5` as `1,234.5`-style text with `digits` decimals.
func format(_ value: Double, digits: Int = 1) -> String {
  var scaled = (value * pow10(digits)).rounded()
  let negative = scaled < 0
  scaled = abs(scaled)
  let whole = Int(scaled / pow10(digits))
  let fraction = Int(scaled) - whole * Int(pow10(digits))
  var text = String(whole)
  var index = text.count - 3
  while index > 0 {
    text.insert(",", at: text.index(text.startIndex, offsetBy: index))
    index -= 3
  }
  if digits > 0 {
    let fractionText = String(fraction)
    text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
  }
  return (negative ? "-" : "") + text
}

private func pow10(_ digits: Int) -> Double {
  var result = 1.0
  for _ in 0..<digits { result *= 10 }
  return result
}
