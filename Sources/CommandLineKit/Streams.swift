import CaseIO

/// Where a command writes text: a file descriptor (buffered) or memory (for tests).
///
/// Writing to a closed pipe (`cases … | head`) ends the process quietly with status 0, as
/// ripgrep does: the reader has what it wanted.
public final class TextOutput {
  private enum Target {
    case descriptor(FileDescriptor)
    case memory
  }

  private let target: Target
  private var buffer: [UInt8] = []
  /// The first write error other than a closed pipe (`ENOSPC` on a full disk), after which
  /// nothing more is written; the runner reports it and exits with status 2.
  public private(set) var writeError: Errno?
  /// True when the stream is an interactive terminal.
  public let isTerminal: Bool
  /// Whether each line is sent at once (terminals, and standard error, whose notes must not
  /// wait behind a full buffer).
  private let sendsLines: Bool

  /// A buffered stream writing to `descriptor`; `lineBuffered` sends each whole line at once.
  public init(descriptor: FileDescriptor, lineBuffered: Bool = false) {
    target = .descriptor(descriptor)
    isTerminal = descriptor.isTerminal
    sendsLines = lineBuffered || isTerminal
    buffer.reserveCapacity(1 << 16)
  }

  /// A stream that keeps what is written, for tests; `isTerminal` pretends to be a terminal.
  public init(capturingAsTerminal isTerminal: Bool = false) {
    target = .memory
    self.isTerminal = isTerminal
    sendsLines = false
  }

  /// Everything written so far to a capturing stream.
  public var captured: String { String(decoding: buffer, as: UTF8.self) }

  /// Writes text as it is (add the newline yourself, or use ``line(_:)``).
  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    flushIfFull()
  }

  /// Writes bytes as they are.
  public func write(bytes: some Sequence<UInt8>) {
    buffer.append(contentsOf: bytes)
    flushIfFull()
  }

  /// Writes `text` and a newline.
  public func line(_ text: String = "") {
    buffer.append(contentsOf: text.utf8)
    buffer.append(UInt8(ascii: "\n"))
    if sendsLines { flush() } else { flushIfFull() }
  }

  private func flushIfFull() {
    if buffer.count >= 1 << 16 { flush() }
  }

  /// What went wrong writing, as `strerror` says it, lowercased.
  public var writeErrorText: String? { writeError?.description }

  /// Sends buffered text to the descriptor.
  public func flush() {
    guard case .descriptor(let descriptor) = target, !buffer.isEmpty else { return }
    guard writeError == nil else {
      buffer.removeAll(keepingCapacity: true)
      return
    }
    let failure: Errno? = buffer.withUnsafeBytes { raw in
      do throws(Errno) {
        try descriptor.writeAll(raw)
        return nil
      } catch {
        return error
      }
    }
    if failure == .brokenPipe { ProcessControl.exit(0) }  // the reader has what it wanted
    writeError = failure
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Where a command reads input from: a file descriptor or a scripted text (for tests).
public final class TextInput {
  private enum Source {
    case descriptor(FileDescriptor)
    case scripted
  }

  private let source: Source
  private var pending: [UInt8] = []
  private var atEnd = false
  /// True when the input is an interactive terminal.
  public let isTerminal: Bool

  public init(descriptor: FileDescriptor) {
    source = .descriptor(descriptor)
    isTerminal = descriptor.isTerminal
  }

  /// Input that yields `text`, then end of input.
  public init(scripted text: String, isTerminal: Bool = false) {
    source = .scripted
    pending = Array(text.utf8)
    atEnd = true
    self.isTerminal = isTerminal
  }

  /// The next line without its line end, or nil at end of input.
  public func readLine() -> String? {
    while true {
      if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        var line = Array(pending[..<newline])
        pending.removeSubrange(...newline)
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
      }
      if atEnd {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        return String(decoding: pending, as: UTF8.self)
      }
      fill()
    }
  }

  /// Everything left until end of input.
  public func readAll() -> [UInt8] {
    while !atEnd { fill() }
    defer { pending.removeAll() }
    return pending
  }

  private func fill() {
    guard case .descriptor(let descriptor) = source else {
      atEnd = true
      return
    }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    // A read error ends the input, as end of file does.
    let count = chunk.withUnsafeMutableBytes { raw in (try? descriptor.read(into: raw)) ?? 0 }
    if count == 0 {
      atEnd = true
      return
    }
    pending.append(contentsOf: chunk[..<count])
  }
}
