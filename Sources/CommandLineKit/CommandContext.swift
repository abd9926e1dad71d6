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
    CommandContext(
      stdout: TextOutput(descriptor: .standardOutput),
      stderr: TextOutput(descriptor: .standardError, lineBuffered: true),
      stdin: TextInput(descriptor: .standardInput),
      environment: ProcessControl.environment, currentDirectory: ProcessControl.currentDirectory ?? ".")
  }

  /// The width to wrap text to: `COLUMNS` when set, else the terminal's width, else 80.
  public var width: Int {
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    if stdout.isTerminal, let columns = FileDescriptor.standardOutput.terminalWidth { return columns }
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

extension CommandContext {
  /// The bytes of a file named on the command line (relative to the working directory), or
  /// of standard input for `-`, and its name as the user should see it (`<stdin>` for `-`).
  ///
  /// - Throws: ``CommandFailure`` naming the file when it cannot be read.
  public func readInput(_ argument: String) throws -> (bytes: [UInt8], shown: String) {
    if argument == "-" { return (stdin.readAll(), "<stdin>") }
    let path = absolutePath(argument)
    do {
      return (try FileReader.read(path), displayPath(path))
    } catch {
      throw CommandFailure("\(displayPath(path)): \(error.message)")
    }
  }

  /// Whether `path` is the working directory (however written: `.`, a link to it).
  public func isCurrentDirectory(_ path: String) -> Bool {
    FileTree.resolvedPath(path).map { $0 == FileTree.resolvedPath(currentDirectory) } ?? false
  }

  /// `path` as the user should see it: relative to the working directory when inside it.
  public func displayPath(_ path: String) -> String {
    guard currentDirectory != "/" else { return path }
    let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
