import CaseIO
import CaseText

/// Runs a command tree: parses the arguments, prints help, versions, completion scripts and
/// usage errors, runs the chosen command, and turns what it throws into text and a status.
public enum CommandRunner {
  /// Runs `root` as the process (real streams, environment and working directory) with
  /// `arguments` (without the program name), and exits with its status. A closed pipe ends
  /// output quietly (status 0), as ripgrep's does.
  public static func main(_ root: Command, arguments: [String]) -> Never {
    ProcessControl.ignoreBrokenPipes()
    ProcessControl.exit(run(root, arguments: arguments, context: .process()).rawValue)
  }

  /// Runs `root` with `arguments` (without the program name) and returns the exit status.
  ///
  /// Help goes to standard output with status 0; usage errors go to standard error in the
  /// `Error: … / Usage: … / See '… --help'` form with status 64; ``CommandFailure``s print
  /// `Error: message` and their hints; any other error prints `Error: …` with status 2.
  /// A failed write to standard output (a full disk) turns any status into 2, with a message.
  public static func run(_ root: Command, arguments: [String], context: CommandContext) -> ExitStatus {
    let status = dispatch(root, arguments: arguments, context: context)
    context.stdout.flush()
    defer { context.stderr.flush() }
    if let problem = context.stdout.writeErrorText {
      context.stderr.line("Error: cannot write to standard output: \(problem); the output is incomplete")
      return .error
    }
    return status
  }

  private static func dispatch(_ root: Command, arguments: [String], context: CommandContext) -> ExitStatus {
    let request: ArgumentParser.Request
    do {
      request = try ArgumentParser.parse(arguments, root: root)
    } catch {
      report(error.error, path: error.path, context: context)
      return .usage
    }
    switch request {
    case .help(let path):
      context.stdout.line(HelpFormatter.help(for: path, width: context.width))
      return .success
    case .version(let version):
      context.stdout.line(version)
      return .success
    case .completionScript(let shell):
      guard let script = CompletionScript.generate(for: root, shell: shell) else {
        report(UsageError(CompletionScript.unsupportedShellMessage(shell)), path: [root], context: context)
        return .usage
      }
      context.stdout.write(script)
      return .success
    case .run(let parsed):
      do {
        // swift-format-ignore: NeverForceUnwrap
        // The parser returns `.run` only for commands that have an action.
        return try parsed.command.action!(parsed, context)
      } catch let error as UsageError {
        report(error, path: parsed.path, context: context)
        return .usage
      } catch let failure as CommandFailure {
        // Messages can quote file names and values from case files: keep them inert.
        context.stderr.line("Error: " + TerminalText.escaped(failure.message))
        for hint in failure.hints { context.stderr.line(TerminalText.escaped(hint)) }
        return failure.status
      } catch let status as ExitStatus {
        return status
      } catch {
        context.stderr.line("Error: \(error)")
        return .error
      }
    }
  }

  /// The usage-error block, exactly as swift-argument-parser prints it.
  static func report(_ error: UsageError, path: [Command], context: CommandContext) {
    var text = "Error: " + TerminalText.escaped(error.message) + "\n"
    if !error.help.isEmpty { text += "Help:  " + TerminalText.escaped(error.help) + "\n" }
    text += HelpFormatter.usageBlock(for: path)
    context.stderr.line(text)
  }
}
