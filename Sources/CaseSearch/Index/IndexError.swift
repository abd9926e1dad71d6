/// Why an index file cannot be used. Every case means "rebuild it"; none is a crash.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
  /// There is no index yet.
  case missing
  /// The file is damaged: bad magic, checksum, truncation or an impossible value.
  case corrupt(String)
  /// Written by an older `cases` with an older format.
  case formatTooOld(found: UInt32, oldest: UInt32)
  /// Written by a newer `cases` than this one.
  case formatTooNew(found: UInt32, newest: UInt32)
  /// The file could not be read or written.
  case io(String)

  public var description: String {
    switch self {
    case .missing: return "there is no search index yet"
    case .corrupt(let reason): return "the search index is damaged (\(reason))"
    case .formatTooOld(let found, let oldest):
      return "the search index has format \(found), older than the oldest this version reads (\(oldest))"
    case .formatTooNew(let found, let newest):
      return "the search index has format \(found), written by a newer cases (this one reads up to \(newest))"
    case .io(let reason): return reason
    }
  }
}
