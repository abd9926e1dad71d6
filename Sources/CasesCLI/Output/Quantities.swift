/// "1 case study", "57 case studies".
enum Plural {
  static func count(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(grouped(count)) \(count == 1 ? singular : plural)"
  }

  /// 12345 as "12,345".
  static func grouped(_ count: Int) -> String {
    let digits = String(count.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (count < 0 ? "-" : "") + result
  }
}

/// Sizes as people read them: "812 bytes", "41.3 KB", "7.9 MB" (powers of 1,000).
enum ByteCount {
  static func text(_ bytes: Int) -> String {
    if bytes < 1_000 { return "\(bytes) bytes" }
    let units = ["KB", "MB", "GB", "TB"]
    var value = Double(bytes) / 1_000
    var unit = 0
    while value >= 1_000 && unit < units.count - 1 {
      value /= 1_000
      unit += 1
    }
    return DecimalText.format(value, places: value < 100 ? 1 : 0) + " " + units[unit]
  }
}

/// A number with a fixed count of decimal places, rounded ("7.25", "0.003").
enum DecimalText {
  static func format(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((value.magnitude * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = String(scaled % Int(scale))
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard places > 0 else { return sign + String(whole) }
    return sign + String(whole) + "." + String(repeating: "0", count: places - fraction.count) + fraction
  }
}

/// Elapsed time as people read it.
enum DurationText {
  /// "0.42 s", "12 ms".
  static func text(_ seconds: Double) -> String {
    seconds < 1 ? DecimalText.format(seconds * 1_000, places: 0) + " ms" : DecimalText.format(seconds, places: 2) + " s"
  }
}
