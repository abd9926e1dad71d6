/// Shell completion scripts generated from the command tree, for bash, zsh and fish.
public enum CompletionScript {
  public static let shells = ["zsh", "bash", "fish"]

  /// The script for `shell`, or nil for a shell we do not support.
  public static func generate(for root: Command, shell: String) -> String? {
    let commands = CommandEntry.flatten(root)
    switch shell {
    case "bash": return BashCompletion.script(root: root, commands: commands)
    case "zsh": return ZshCompletion.script(root: root, commands: commands)
    case "fish": return FishCompletion.script(root: root, commands: commands)
    default: return nil
    }
  }

  /// The usage error for a missing or unknown shell, in swift-argument-parser's words.
  static func unsupportedShellMessage(_ shell: String?) -> String {
    let start = shell.map { "Can't generate completion scripts for '\($0)'." } ?? "Missing shell name."
    return start + "\nPlease use --generate-completion-script=<shell> with one of:\n    "
      + shells.joined(separator: " ")
  }
}

/// One visible command with its full path, as the generators need it.
struct CommandEntry {
  var path: [Command]
  var command: Command { path[path.count - 1] }
  var name: String { path.map(\.name).joined(separator: " ") }
  var identifier: String { path.map(\.name).joined(separator: "_").replacing("-", with: "_") }
  var options: [OptionSpec] { ArgumentParser.visibleOptions(for: path).filter { !$0.isHidden } }
  var subcommands: [Command] { command.subcommands.filter { !$0.isHidden } }

  static func flatten(_ root: Command) -> [CommandEntry] {
    var result: [CommandEntry] = []
    func visit(_ path: [Command]) {
      result.append(CommandEntry(path: path))
      for sub in path[path.count - 1].subcommands where !sub.isHidden { visit(path + [sub]) }
    }
    visit([root])
    return result
  }

  /// The completion of the command's positional arguments, if they are files or folders.
  var argumentCompletion: Completion {
    command.arguments.first?.completion ?? .none
  }
}

extension String {
  /// The text inside single quotes for a POSIX shell.
  var shellSingleQuoted: String {
    "'" + replacing("'", with: "'\\''") + "'"
  }
}
