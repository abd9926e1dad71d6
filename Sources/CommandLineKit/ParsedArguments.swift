/// The values given on the command line for one command, after parsing, as text. Commands
/// read them typed, through their ``ParsableOptions``.
public struct ParsedArguments: Sendable {
  /// The commands from the root to the one being run.
  public let path: [Command]
  var optionValues: [String: [String]]
  var flags: Set<String>
  var positionals: [String: [String]]

  /// The command being run.
  public var command: Command {
    // swift-format-ignore: NeverForceUnwrap
    // The parser always puts at least the root in the path.
    path.last!
  }
}

/// A problem with the command line, reported with the usage and exit status 64.
public struct UsageError: Error, Sendable, Equatable {
  public var message: String
  /// An optional `Help:` line (an argument's label and abstract).
  public var help: String

  public init(_ message: String, help: String = "") {
    self.message = message
    self.help = help
  }
}

/// An error a command reports as `Error: message`, with optional hint lines and a status.
public struct CommandFailure: Error, Sendable, Equatable {
  public var message: String
  /// Lines printed after the message, such as "did you mean" suggestions or a fix.
  public var hints: [String]
  public var status: ExitStatus

  public init(_ message: String, hints: [String] = [], status: ExitStatus = .error) {
    self.message = message
    self.hints = hints
    self.status = status
  }
}
