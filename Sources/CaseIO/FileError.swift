#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that could not be read, written or listed, and why.
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Reason: Sendable, Equatable {
    case notFound
    case isDirectory
    case notADirectory
    case permissionDenied
    case alreadyExists
    case notRegularFile
    /// Any other operating-system error, with its `strerror` text.
    case system(code: Int32, text: String)
  }

  /// The path as the user gave it.
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// The error for an `errno` value.
  public init(path: String, errno code: Int32) {
    self.path = path
    switch code {
    case ENOENT: reason = .notFound
    case EISDIR: reason = .isDirectory
    case ENOTDIR: reason = .notADirectory
    case EACCES, EPERM: reason = .permissionDenied
    case EEXIST: reason = .alreadyExists
    default: reason = .system(code: code, text: String(cString: strerror(code)))
    }
  }

  /// What went wrong, without the path: lowercase, no final period.
  public var message: String {
    switch reason {
    case .notFound: return "no such file or directory"
    case .isDirectory: return "is a directory, not a file"
    case .notADirectory: return "a part of the path is not a directory"
    case .permissionDenied: return "permission denied"
    case .alreadyExists: return "already exists"
    case .notRegularFile: return "not a regular file"
    case .system(_, let text): return text.lowercased()
    }
  }

  /// `path: message`.
  public var description: String { "\(path): \(message)" }
}
