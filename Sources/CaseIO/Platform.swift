#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `read(2)`, under a name that methods called `read` do not shadow.
@inline(__always)
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}

/// `write(2)`, under a name that methods called `write` do not shadow.
@inline(__always)
func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

/// An error number from the system (`errno`), with its text.
public struct Errno: Error, Sendable, Equatable, CustomStringConvertible {
  public let rawValue: Int32

  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// The calling thread's last error.
  static var current: Errno { Errno(rawValue: errno) }

  /// Writing to a pipe nobody reads any more.
  public static let brokenPipe = Errno(rawValue: EPIPE)

  /// What went wrong, as `strerror` says it, lowercased (`no space left on device`).
  public var description: String { String(cString: strerror(rawValue)).lowercased() }
}

/// An open file descriptor, with the operations the tool's streams need (in the manner of
/// swift-system's `FileDescriptor`): interrupted calls are retried, failures are ``Errno``s.
public struct FileDescriptor: RawRepresentable, Sendable, Hashable {
  public let rawValue: Int32

  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  public static let standardInput = FileDescriptor(rawValue: 0)
  public static let standardOutput = FileDescriptor(rawValue: 1)
  public static let standardError = FileDescriptor(rawValue: 2)

  /// Whether the descriptor is an interactive terminal.
  public var isTerminal: Bool { isatty(rawValue) == 1 }

  /// Writes all of `bytes`.
  ///
  /// - Throws: ``Errno`` (``Errno/brokenPipe`` when the reader has gone).
  public func writeAll(_ bytes: UnsafeRawBufferPointer) throws(Errno) {
    guard let base = bytes.baseAddress else { return }
    var written = 0
    while written < bytes.count {
      let result = systemWrite(rawValue, base + written, bytes.count - written)
      if result < 0 {
        if errno == EINTR { continue }
        throw Errno.current
      }
      written += result
    }
  }

  /// Reads what is available into `buffer`: the number of bytes, 0 at end of input.
  ///
  /// - Throws: ``Errno``.
  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(Errno) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    while true {
      let count = systemRead(rawValue, base, buffer.count)
      if count >= 0 { return count }
      if errno != EINTR { throw Errno.current }
    }
  }
}

extension FileDescriptor {
  /// The width of the terminal the descriptor is, in columns; nil when it is none.
  public var terminalWidth: Int? {
    var size = winsize()
    guard ioctl(rawValue, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}

/// Mathematics from the C library that the standard library lacks.
public enum Math {
  /// e raised to `value`.
  @inline(__always)
  public static func exp(_ value: Double) -> Double {
    #if canImport(Glibc)
      Glibc.exp(value)
    #elseif canImport(Musl)
      Musl.exp(value)
    #else
      Darwin.exp(value)
    #endif
  }

  /// The natural logarithm.
  @inline(__always)
  public static func log(_ value: Double) -> Double {
    #if canImport(Glibc)
      Glibc.log(value)
    #elseif canImport(Musl)
      Musl.log(value)
    #else
      Darwin.log(value)
    #endif
  }
}
