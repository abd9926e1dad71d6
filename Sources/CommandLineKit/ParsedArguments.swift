/// The values given on the command line for one command, after parsing.
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

  /// The names of the commands from the root, joined by spaces (`cases search`).
  public var commandName: String { path.map(\.name).joined(separator: " ") }

  /// Whether the flag `name` was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of option `name`: the last one given, else its default.
  public func value(_ name: String) -> String? {
    optionValues[name]?.last ?? option(named: name)?.defaultValue
  }

  /// Every value given for a repeating option, in order.
  public func values(_ name: String) -> [String] { optionValues[name] ?? [] }

  /// Whether option `name` was given explicitly.
  public func has(_ name: String) -> Bool { optionValues[name] != nil || flags.contains(name) }

  /// The values of positional argument `name`.
  public func arguments(_ name: String) -> [String] { positionals[name] ?? [] }

  /// The value of option `name` as an integer within `range`.
  ///
  /// - Throws: ``UsageError`` naming the option when the value is not such an integer.
  public func integer(_ name: String, in range: ClosedRange<Int> = Int.min...Int.max) throws(UsageError) -> Int? {
    guard let text = value(name) else { return nil }
    guard let number = Int(text), range.contains(number) else {
      let valueName = option(named: name)?.valueName ?? name
      var message = "The value '\(text)' is invalid for '--\(name) <\(valueName)>'"
      if range.lowerBound != Int.min || range.upperBound != Int.max {
        message += ": expected a whole number from \(range.lowerBound) to \(range.upperBound)"
      } else {
        message += ": expected a whole number"
      }
      throw UsageError(message)
    }
    return number
  }

  func option(named name: String) -> Option? {
    ArgumentParser.visibleOptions(for: path).first { $0.name == name }
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
