import CaseSchema
import Testing

struct DateTimeFormatTests {
  @Test func leapSeconds() {
    expectCases([
      FormatCase("time", "23:59:60Z", true),
      FormatCase("time", "23:59:60.999z", true),
      FormatCase("time", "00:59:60+01:00", true),
      FormatCase("time", "23:58:60-00:01", true),
      FormatCase("time", "23:59:60-00:01", false),
      FormatCase("time", "00:00:60+00:01", true),
      FormatCase("time", "00:01:60+00:01", false),
      FormatCase("time", "12:00:61Z", false),
      FormatCase("date-time", "2016-12-31T23:59:60Z", true),
      FormatCase("date-time", "2016-12-31T18:59:60-05:00", true),
      FormatCase("date-time", "2016-12-31T23:59:60+01:00", false),
    ])
  }

  @Test func februaryTwentyNinth() {
    expectCases([
      FormatCase("date", "2024-02-29", true),
      FormatCase("date", "2023-02-29", false),
      FormatCase("date", "2000-02-29", true),
      FormatCase("date", "1900-02-29", false),
      FormatCase("date", "0000-02-29", true),
      FormatCase("date", "2024-02-30", false),
      FormatCase("date-time", "2024-02-29T00:00:00Z", true),
      FormatCase("date-time", "2023-02-29T00:00:00Z", false),
    ])
  }

  @Test func dateBoundaries() {
    expectCases([
      FormatCase("date", "0000-01-01", true),
      FormatCase("date", "9999-12-31", true),
      FormatCase("date", "2024-12-31", true),
      FormatCase("date", "2024-13-01", false),
      FormatCase("date", "2024-00-01", false),
      FormatCase("date", "2024-01-00", false),
      FormatCase("date", "２０２４-01-01", false),
      FormatCase("date", "2024-01-0١", false),
      FormatCase("date", "2024-01-01\n", false),
    ])
  }

  @Test func timeShapes() {
    expectCases([
      FormatCase("time", "00:00:00Z", true),
      FormatCase("time", "23:59:59.123456789012345+23:59", true),
      FormatCase("time", "12:00:00.Z", false),
      FormatCase("time", "12:00:00+24:00", false),
      FormatCase("time", "12:00:00+00:60", false),
      FormatCase("time", "12:00:00+0000", false),
      FormatCase("time", "12:00:00z ", false),
      FormatCase("time", "12:00Z", false),
      FormatCase("time", "12:00:0Z", false),
      FormatCase("time", "١٢:٠٠:٠٠Z", false),
      FormatCase("date-time", "2024-01-01t12:00:00z", true),
      FormatCase("date-time", "2024-01-01 12:00:00Z", false),
      FormatCase("date-time", "2024-01-01T", false),
      FormatCase("date-time", "2024-01-01T12:00:00", false),
    ])
  }

  @Test func durations() {
    expectCases([
      FormatCase("duration", "P1Y2M3DT4H5M6S", true),
      FormatCase("duration", "P3W", true),
      FormatCase("duration", "PT0S", true),
      FormatCase("duration", "P1M2DT3H", true),
      FormatCase("duration", "P\(String(repeating: "9", count: 400))Y", true),
      // ABNF strings are case-insensitive (RFC 5234 section 2.3).
      FormatCase("duration", "p1dt2h", true),
      FormatCase("duration", "P", false),
      FormatCase("duration", "PT", false),
      FormatCase("duration", "P1DT", false),
      FormatCase("duration", "P1Y1D", false),
      FormatCase("duration", "PT1H1S", false),
      FormatCase("duration", "PT1S1S", false),
      FormatCase("duration", "P1W1D", false),
      FormatCase("duration", "P1DT1W", false),
      FormatCase("duration", "PT1.5S", false),
      FormatCase("duration", "P１D", false),
    ])
  }
}
