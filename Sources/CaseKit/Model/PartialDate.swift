import CaseIO

/// A date given as a year, a month or a day (`2020`, `2020-08`, `2020-08-13`), as case studies
/// record them, with the first and last day it can mean.
public struct PartialDate: Sendable, Equatable, CustomStringConvertible {
  public let year: Int
  public let month: Int?
  public let day: Int?

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else (or an impossible date).
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
    var month: Int?
    var day: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
      month = value
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let value = Int(parts[2]), let month,
        (1...PartialDate.daysIn(month, year)).contains(value)
      else { return nil }
      day = value
    }
    self.year = year
    self.month = month
    self.day = day
  }

  public init(year: Int, month: Int?, day: Int?) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The first day the date can mean, as `(year, month, day)` ordered numbers.
  public var earliest: (Int, Int, Int) { (year, month ?? 1, day ?? 1) }

  /// The last day the date can mean.
  public var latest: (Int, Int, Int) {
    let lastMonth = month ?? 12
    return (year, lastMonth, day ?? PartialDate.daysIn(lastMonth, year))
  }

  /// True when this date must come after `other` (its first day is after `other`'s last day).
  public func isAfter(_ other: PartialDate) -> Bool { earliest > other.latest }

  public var description: String {
    var text = String(year)
    if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
    return text
  }

  /// Why a date written in the right shape (`2021-02-30`) is no day of the calendar
  /// ("February 2021 has 28 days"); nil for real dates and for text of another shape.
  public static func impossibility(_ text: String) -> String? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1
    else { return nil }
    let days = daysIn(month, year)
    guard day > days else { return nil }
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    return "\(names[month - 1]) \(year) has \(days) days"
  }

  static func daysIn(_ month: Int, _ year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

extension PartialDate {
  /// Today's date (UTC).
  public static func today() -> PartialDate {
    let today = WallClock.today()
    return PartialDate(year: today.year, month: today.month, day: today.day)
  }
}
