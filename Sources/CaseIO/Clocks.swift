#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The date and time of the system clock.
public enum WallClock {
  /// Nanoseconds since 1970 (UTC).
  public static var nanoseconds: Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }

  /// Today's date in UTC.
  public static func today() -> (year: Int, month: Int, day: Int) {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    return (Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
  }
}

/// Time that only moves forward, for measuring how long something takes.
public enum MonotonicClock {
  /// Nanoseconds since an arbitrary start.
  public static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }

  /// Seconds since `start` (a value of ``now()``).
  public static func seconds(since start: Int64) -> Double { Double(now() - start) / 1e9 }
}
