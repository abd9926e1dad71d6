import CaseIO
import CaseText

/// What Ctrl-C does while a command runs: nothing, while a file is written whole; or stop
/// with a message, while a command asks its questions.
public enum Interruption {
  /// Runs `body` with Ctrl-C held off, so that what it writes is written whole or not at all.
  public static func heldOff<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
    try ProcessControl.withoutInterruption(body)
  }

  /// Runs `body`; Ctrl-C meanwhile writes `message` to standard error and ends the process
  /// with status 130.
  public static func stopping<Result, Failure: Error>(
    message: StaticString, _ body: () throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try ProcessControl.stoppingOnInterrupt(message: message, body)
  }
}

/// The user's editor, run as git runs it: `$VISUAL`, else `$EDITOR`, else `vi`, through the
/// shell (so `code --wait` works), in the foreground (Ctrl-C goes to the editor).
public enum Editor {
  /// The editor command `environment` names.
  public static func command(in environment: [String: String]) -> String {
    for name in ["VISUAL", "EDITOR"] {
      if let command = environment[name]?.trimmingWhitespace(), !command.isEmpty { return command }
    }
    return "vi"
  }

  /// Opens `file` in `command` and waits; returns the editor's exit status (the shell's 127
  /// when the command is not found, 126 when it cannot be run).
  ///
  /// - Throws: ``FileError`` when the shell cannot be started.
  public static func edit(_ file: String, with command: String, environment: [String: String]) throws(FileError)
    -> Int32
  {
    try ChildProcess.runShellCommand(command, arguments: [file], environment: environment)
  }
}
