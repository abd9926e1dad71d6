#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The running process: ending it, and how it treats signals.
public enum ProcessControl {
  /// Ends the process with `status`, flushing nothing further.
  public static func exit(_ status: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(status)
    #elseif canImport(Musl)
      Musl.exit(status)
    #else
      Darwin.exit(status)
    #endif
  }

  /// Ends the process at once (`_exit`), as a signal handler may.
  public static func exitImmediately(_ status: Int32) -> Never {
    _exit(status)
  }

  /// Writes to a closed pipe fail with ``Errno/brokenPipe`` instead of ending the process.
  public static func ignoreBrokenPipes() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// This process's id.
  public static var id: Int32 { getpid() }

  /// The process's environment variables.
  public static var environment: [String: String] {
    #if canImport(Darwin)
      let first: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = _NSGetEnviron().pointee
    #else
      let first: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    #endif
    var entry = first
    var variables: [String: String] = [:]
    while let pointer = entry?.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry = entry.map { $0 + 1 }
    }
    return variables
  }

  /// The working directory, or nil when it cannot be named (it was removed).
  public static var currentDirectory: String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Runs `body` with Ctrl-C ignored, so that what it writes is written whole or not at all.
  public static func withoutInterruption<Result, Failure: Error>(
    _ body: () throws(Failure) -> Result
  ) throws(Failure) -> Result {
    let previous = signal(SIGINT, SIG_IGN)
    defer { signal(SIGINT, previous) }
    return try body()
  }

  /// Runs `body`; Ctrl-C meanwhile writes `message` to standard error and ends the process with
  /// status 130 (128 + SIGINT), as a shell reports an interrupted command.
  public static func stoppingOnInterrupt<Result, Failure: Error>(
    message: StaticString, _ body: () throws(Failure) -> Result
  ) throws(Failure) -> Result {
    interruptMessage = message
    let previous = signal(SIGINT, stopOnInterrupt)
    defer { signal(SIGINT, previous) }
    return try body()
  }
}

/// What Ctrl-C prints while ``ProcessControl/stoppingOnInterrupt(message:_:)`` runs; set before
/// the handler is installed, read only by it.
nonisolated(unsafe) private var interruptMessage: StaticString = ""

private func stopOnInterrupt(_: Int32) {
  _ = systemWrite(2, interruptMessage.utf8Start, interruptMessage.utf8CodeUnitCount)
  _exit(130)
}
