/// The exit status of a command, the same for every `cases` command.
public struct ExitStatus: RawRepresentable, Hashable, Sendable, Error {
  public var rawValue: Int32

  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// Success: the documents are valid, the search found something.
  public static let success = ExitStatus(rawValue: 0)
  /// The answer is "no": invalid documents, no search results, files that would change.
  public static let failure = ExitStatus(rawValue: 1)
  /// Something went wrong: an unreadable file, a broken schema, a corrupt index.
  public static let error = ExitStatus(rawValue: 2)
  /// The command line itself is wrong (`EX_USAGE`).
  public static let usage = ExitStatus(rawValue: 64)
  /// Interrupted by Ctrl-C.
  public static let interrupted = ExitStatus(rawValue: 130)

  /// The more serious of two statuses: usage over error over failure over success.
  public func combined(with other: ExitStatus) -> ExitStatus {
    func rank(_ status: ExitStatus) -> Int {
      switch status.rawValue {
      case 0: return 0
      case 1: return 1
      case 2: return 2
      default: return 3
      }
    }
    return rank(other) > rank(self) ? other : self
  }
}
