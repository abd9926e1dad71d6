/// Turns `argv` into a command path and its values, following swift-argument-parser's rules:
/// `--name value` and `--name=value`, `-x value`, `--` ends options, repeated options collect
/// values, and the parent's inherited options work anywhere after the tool name.
enum ArgumentParser {
  /// What the command line asks for.
  enum Request {
    case run(ParsedArguments)
    case help(path: [Command])
    case version(String)
    case completionScript(shell: String)
  }

  /// A usage error tied to the command it happened in.
  struct Failure: Error {
    var path: [Command]
    var error: UsageError
  }

  /// The hidden root option that prints a completion script.
  static let completionOption = "generate-completion-script"

  static func parse(_ arguments: [String], root: Command) throws(Failure) -> Request {
    var path = [root]
    var parsed = ParsedArguments(path: path, optionValues: [:], flags: [], positionals: [:])
    var positionals: [String] = []
    var remaining = arguments[...]
    var optionsEnded = false

    // `cases help search` prints the help of `cases search`.
    if root.subcommand(named: "help") == nil, remaining.first == "help", !root.subcommands.isEmpty {
      var helpPath = [root]
      for name in remaining.dropFirst() {
        guard let next = helpPath.last?.subcommand(named: name) else { break }
        helpPath.append(next)
      }
      guard helpPath.count == remaining.count else {
        // `cases help serch`: the name that matches no command is a usage error, with a suggestion.
        let unknown = remaining[remaining.startIndex + helpPath.count]
        let parent = helpPath[helpPath.count - 1]
        let names = parent.subcommands.filter { !$0.isHidden }.map(\.name)
        var message = "Unknown subcommand '\(unknown)'"
        if let suggestion = Suggestions.closest(to: unknown, among: names, below: 3) {
          message += ". Did you mean '\(suggestion)'?"
        }
        throw Failure(
          path: helpPath,
          error: UsageError(
            message, help: "`\(helpPath.map(\.name).joined(separator: " ")) help` lists the subcommands"))
      }
      return .help(path: helpPath)
    }

    while let token = remaining.popFirst() {
      let command = path[path.count - 1]
      if optionsEnded || !looksLikeOption(token) {
        // A subcommand name selects the subcommand when no positional was given yet.
        if !optionsEnded, positionals.isEmpty, let sub = command.subcommand(named: token) {
          path.append(sub)
          continue
        }
        if !command.subcommands.isEmpty && command.arguments.isEmpty {
          throw Failure(path: path, error: unexpectedSubcommand(token, of: command))
        }
        positionals.append(token)
        continue
      }
      if token == "--" {
        optionsEnded = true
        continue
      }
      if token == "-h" || token == "--help" { return .help(path: path) }
      if token == "--version", let version = path.compactMap(\.version).last { return .version(version) }

      let (names, inlineValue) = split(token)
      // Commands that take dashed words (`-trial`) read an unknown `-word` as one; a dash and
      // a single letter (`-N`) is always an option, so a mistyped one is an error.
      if command.takesDashedWords, !token.hasPrefix("--"), names.count > 1,
        !names.allSatisfy({ lookup($0, in: path) != nil })
      {
        positionals.append(token)
        continue
      }
      for (position, name) in names.enumerated() {
        if name == "--" + completionOption && path.count == 1 {
          guard let shell = inlineValue ?? remaining.popFirst() else {
            throw Failure(path: path, error: UsageError(CompletionScript.unsupportedShellMessage(nil)))
          }
          return .completionScript(shell: shell)
        }
        guard let option = lookup(name, in: path) else {
          throw Failure(path: path, error: UsageError(unknownOptionMessage(name, path: path)))
        }
        if option.isFlag {
          if let inlineValue {
            throw Failure(
              path: path,
              error: UsageError("The option '\(name)' does not take any value, but '\(inlineValue)' was specified."))
          }
          parsed.flags.insert(option.name)
          continue
        }
        // An option with a value must be the last letter of a group of short flags.
        var value = position == names.count - 1 ? inlineValue : nil
        if value == nil && position == names.count - 1, let next = remaining.first, !looksLikeOption(next) {
          value = next
          remaining.removeFirst()
        }
        guard let value else {
          throw Failure(
            path: path,
            error: UsageError(
              "Missing value for '\(name) <\(option.valueName ?? option.name)>'",
              help: "\(name) <\(option.valueName ?? option.name)>  \(option.abstract)"))
        }
        if !option.allowedValues.isEmpty && !option.allowedValues.contains(value) {
          throw Failure(path: path, error: invalidValue(value, for: option, spelled: name))
        }
        parsed.optionValues[option.name, default: []].append(value)
      }
    }

    let command = path[path.count - 1]
    parsed = ParsedArguments(
      path: path, optionValues: parsed.optionValues, flags: parsed.flags, positionals: [:])
    parsed.positionals = try assign(positionals, to: command, path: path)
    for option in visibleOptions(for: path) where option.isRequired && parsed.optionValues[option.name] == nil {
      throw Failure(
        path: path,
        error: UsageError(
          "Missing expected argument '--\(option.name) <\(option.valueName ?? option.name)>'",
          help: "--\(option.name) <\(option.valueName ?? option.name)>  \(option.abstract)"))
    }
    if command.action == nil { return .help(path: path) }
    return .run(parsed)
  }

  /// The options a command accepts: its own, then those its ancestors share with it.
  static func visibleOptions(for path: [Command]) -> [OptionSpec] {
    guard let command = path.last else { return [] }
    return command.options + path.dropLast().reversed().flatMap { $0.options.filter(\.isInherited) }
  }

  /// `-` alone is a value (standard input); `-5` is a value too.
  private static func looksLikeOption(_ token: String) -> Bool {
    guard token.hasPrefix("-"), token.count > 1 else { return false }
    let second = token[token.index(after: token.startIndex)]
    return !second.isNumber
  }

  /// The option names in a token (`-abc` is three short names) and an inline `=value`.
  private static func split(_ token: String) -> (names: [String], value: String?) {
    if token.hasPrefix("--") {
      if let equals = token.firstIndex(of: "=") {
        return ([String(token[..<equals])], String(token[token.index(after: equals)...]))
      }
      return ([token], nil)
    }
    return (token.dropFirst().map { "-\($0)" }, nil)
  }

  private static func lookup(_ name: String, in path: [Command]) -> OptionSpec? {
    let options = visibleOptions(for: path)
    if name.hasPrefix("--") {
      return options.first { "--" + $0.name == name }
    }
    return options.first { $0.short.map { "-\($0)" } == name }
  }

  /// Distributes positional values over the command's arguments, in order; a repeating
  /// argument takes everything left.
  private static func assign(_ values: [String], to command: Command, path: [Command]) throws(Failure)
    -> [String: [String]]
  {
    var result: [String: [String]] = [:]
    var remaining = values[...]
    for argument in command.arguments {
      if argument.isRepeating {
        result[argument.name] = Array(remaining)
        remaining = []
      } else if let value = remaining.popFirst() {
        result[argument.name] = [value]
      }
      if result[argument.name, default: []].isEmpty && !argument.isOptional {
        throw Failure(
          path: path,
          error: UsageError(
            "Missing expected argument '<\(argument.name)>'", help: "<\(argument.name)>  \(argument.abstract)"))
      }
    }
    if !remaining.isEmpty {
      let message =
        remaining.count == 1
        ? "Unexpected argument '\(remaining[remaining.startIndex])'"
        : "\(remaining.count) unexpected arguments: '\(remaining.joined(separator: "', '"))'"
      throw Failure(path: path, error: UsageError(message))
    }
    return result
  }

  // MARK: - Messages

  private static func unknownOptionMessage(_ name: String, path: [Command]) -> String {
    guard name.hasPrefix("--") else {
      // `-N` for `-n`: the same letter in the other case.
      let shorts = visibleOptions(for: path).filter { !$0.isHidden }.compactMap { $0.short.map { "-\($0)" } }
      if let other = shorts.first(where: { $0.lowercased() == name.lowercased() }) {
        return "Unknown option '\(name)'. Did you mean '\(other)'?"
      }
      return "Unknown option '\(name)'"
    }
    let candidates = visibleOptions(for: path).filter { !$0.isHidden }.map { "--" + $0.name } + ["--help"]
    if let suggestion = Suggestions.closest(to: name, among: candidates, below: 4) {
      return "Unknown option '\(name)'. Did you mean '\(suggestion)'?"
    }
    return "Unknown option '\(name)'"
  }

  private static func unexpectedSubcommand(_ token: String, of command: Command) -> UsageError {
    let names = command.subcommands.filter { !$0.isHidden }.map(\.name)
    if let suggestion = Suggestions.closest(to: token, among: names, below: 3) {
      return UsageError("Unexpected argument '\(token)'. Did you mean '\(suggestion)'?")
    }
    return UsageError("Unexpected argument '\(token)'")
  }

  private static func invalidValue(_ value: String, for option: OptionSpec, spelled name: String) -> UsageError {
    let label = "\(name) <\(option.valueName ?? option.name)>"
    let quoted = option.allowedValues.map { "'\($0)'" }
    var message = "The value '\(value)' is invalid for '\(label)'"
    if quoted.count < 6 {
      // swift-format-ignore: NeverForceUnwrap
      // Only options with allowed values get here, so the list is not empty.
      let list =
        quoted.count <= 2
        ? quoted.joined(separator: " and ") : quoted.dropLast().joined(separator: ", ") + " or \(quoted.last!)"
      message += ". Please provide one of \(list)."
    } else {
      message +=
        ". Please provide one of the following:\n" + option.allowedValues.map { "  - \($0)" }.joined(separator: "\n")
    }
    return UsageError(message, help: "\(label)  \(option.abstract)")
  }
}
