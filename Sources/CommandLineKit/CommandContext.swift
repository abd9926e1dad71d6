import CaseIO

/// Everything a command may touch outside its arguments: streams, environment, working
/// directory. Tests build one with captured streams and run commands in-process.
public final class CommandContext {
  public let stdout: TextOutput
  public let stderr: TextOutput
  public let stdin: TextInput
  public let environment: [String: String]
  /// The directory relative paths are resolved against.
  public let currentDirectory: String

  public init(
    stdout: TextOutput, stderr: TextOutput, stdin: TextInput, environment: [String: String], currentDirectory: String
  ) {
    self.stdout = stdout
    self.stderr = stderr
    self.stdin = stdin
    self.environment = environment
    self.currentDirectory = currentDirectory
  }

  /// The context of the running process: its standard streams, environment and directory.
  public static func process() -> CommandContext {
    var environment: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let found = buffer.withUnsafeMutableBufferPointer { raw in
      raw.withMemoryRebound(to: CChar.self) { getcwd($0.baseAddress, $0.count) != nil }
    }
    let directory = found ? String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self) : "."
    return CommandContext(
      stdout: TextOutput(descriptor: 1), stderr: TextOutput(descriptor: 2, lineBuffered: true),
      stdin: TextInput(descriptor: 0),
      environment: environment, currentDirectory: directory)
  }

  /// The width to wrap text to: `COLUMNS` when set, else the terminal's width, else 80.
  public var width: Int {
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    if stdout.isTerminal {
      var size = winsize()
      if ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
    }
    return 80
  }

  /// Resolves `path` against the working directory.
  public func absolutePath(_ path: String) -> String {
    path.hasPrefix("/") ? path : (currentDirectory == "/" ? "/" : currentDirectory + "/") + path
  }

  /// Whether to colour `stream`, given the `--color` choice: `always`, `never`, or `auto`
  /// (only on a terminal, and not when `NO_COLOR` is set or `TERM` is `dumb`).
  public func usesColor(_ stream: TextOutput, mode: String?) -> Bool {
    switch mode {
    case "always": return true
    case "never": return false
    default:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if environment["TERM"] == "dumb" { return false }
      return stream.isTerminal
    }
  }
}
