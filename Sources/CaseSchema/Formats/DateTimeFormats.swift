/// `date`, `time`, `date-time` (RFC 3339 section 5.6) and `duration` (RFC 3339
/// appendix A). ABNF literals are case-insensitive (RFC 5234 section 2.3), so
/// "t", "z" and the duration designators may be lowercase.
enum DateTimeFormats {
  /// full-date = date-fullyear "-" date-month "-" date-mday
  static func isDate(_ bytes: FormatBytes) -> Bool {
    bytes.count == 10 && isFullDate(bytes)
  }

  /// full-time = partial-time time-offset
  static func isTime(_ bytes: FormatBytes) -> Bool {
    isFullTime(bytes, 0)
  }

  /// date-time = full-date "T" full-time
  static func isDateTime(_ bytes: FormatBytes) -> Bool {
    bytes.count > 10 && isFullDate(bytes) && bytes[10] | 0x20 == 0x74 && isFullTime(bytes, 11)
  }

  /// The first ten bytes are a full-date with a day that exists in its month.
  private static func isFullDate(_ bytes: FormatBytes) -> Bool {
    guard let century = FormatByte.twoDigits(bytes, 0),
      let yearOfCentury = FormatByte.twoDigits(bytes, 2), bytes[4] == 0x2D,
      let month = FormatByte.twoDigits(bytes, 5), bytes[7] == 0x2D,
      let day = FormatByte.twoDigits(bytes, 8), (1...12).contains(month), day >= 1
    else { return false }
    let year = century * 100 + yearOfCentury
    switch month {
    case 2:
      let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      return day <= (leap ? 29 : 28)
    case 4, 6, 9, 11:
      return day <= 30
    default:
      return day <= 31
    }
  }

  /// `bytes[start...]` is a full-time; a leap second (second 60) is valid only
  /// at 23:59 UTC (RFC 3339 section 5.7).
  private static func isFullTime(_ bytes: FormatBytes, _ start: Int) -> Bool {
    // "HH:MM:SS" and a one-byte offset at least.
    guard bytes.count - start >= 9, let hour = FormatByte.twoDigits(bytes, start),
      bytes[start + 2] == 0x3A, let minute = FormatByte.twoDigits(bytes, start + 3),
      bytes[start + 5] == 0x3A, let second = FormatByte.twoDigits(bytes, start + 6),
      hour <= 23, minute <= 59, second <= 60
    else { return false }
    var index = start + 8
    if index < bytes.count && bytes[index] == 0x2E {
      index += 1
      let digits = index
      while index < bytes.count && FormatByte.isDigit(bytes[index]) { index += 1 }
      if index == digits { return false }
    }
    guard index < bytes.count else { return false }
    var offset = 0
    switch bytes[index] {
    case 0x5A, 0x7A:
      guard index + 1 == bytes.count else { return false }
    case 0x2B, 0x2D:
      guard index + 6 == bytes.count, let offsetHour = FormatByte.twoDigits(bytes, index + 1),
        bytes[index + 3] == 0x3A, let offsetMinute = FormatByte.twoDigits(bytes, index + 4),
        offsetHour <= 23, offsetMinute <= 59
      else { return false }
      offset = (offsetHour * 60 + offsetMinute) * (bytes[index] == 0x2B ? 1 : -1)
    default:
      return false
    }
    if second == 60 {
      let minutesPerDay = 24 * 60
      let utc = ((hour * 60 + minute - offset) % minutesPerDay + minutesPerDay) % minutesPerDay
      return utc == minutesPerDay - 1
    }
    return true
  }

  /// duration = "P" (dur-date / dur-time / dur-week), where each dur-date and
  /// dur-time element may be followed only by the next smaller unit.
  static func isDuration(_ bytes: FormatBytes) -> Bool {
    guard bytes.count >= 3, bytes[0] | 0x20 == 0x70 else { return false }
    var index = 1
    if bytes[1] | 0x20 != 0x74 {
      // dur-week, or dur-date: units Y, M, D with no gaps.
      var unit = 0
      var previous = -1
      while index < bytes.count, bytes[index] | 0x20 != 0x74 {
        guard readNumber(bytes, &index), index < bytes.count else { return false }
        switch bytes[index] | 0x20 {
        case 0x77:  // W
          return previous == -1 && index + 1 == bytes.count
        case 0x79: unit = 0  // Y
        case 0x6D: unit = 1  // M
        case 0x64: unit = 2  // D
        default: return false
        }
        guard previous == -1 || unit == previous + 1 else { return false }
        previous = unit
        index += 1
      }
      if index == bytes.count { return true }
    }
    // dur-time: "T" then units H, M, S with no gaps.
    index += 1
    guard index < bytes.count else { return false }
    var previous = -1
    while index < bytes.count {
      guard readNumber(bytes, &index), index < bytes.count else { return false }
      let unit: Int
      switch bytes[index] | 0x20 {
      case 0x68: unit = 0  // H
      case 0x6D: unit = 1  // M
      case 0x73: unit = 2  // S
      default: return false
      }
      guard previous == -1 || unit == previous + 1 else { return false }
      previous = unit
      index += 1
    }
    return true
  }

  /// Skips 1*DIGIT at `index`; false when there is none.
  private static func readNumber(_ bytes: FormatBytes, _ index: inout Int) -> Bool {
    let start = index
    while index < bytes.count && FormatByte.isDigit(bytes[index]) { index += 1 }
    return index > start
  }
}
