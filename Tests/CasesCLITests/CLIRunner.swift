import CasesCLI
import CommandLineKit

/// Runs `cases` in-process with captured streams, a fixed width and no colour.
struct CLIResult {
  var stdout: String
  var stderr: String
  var status: ExitStatus
}

func runCases(
  _ arguments: [String], in directory: String = "/", environment: [String: String] = [:], stdin: String = "",
  stdinIsTerminal: Bool = false, stdoutIsTerminal: Bool = false
) -> CLIResult {
  var fullEnvironment = ["COLUMNS": "80"]
  fullEnvironment.merge(environment) { $1 }
  let context = CommandContext(
    stdout: TextOutput(capturingAsTerminal: stdoutIsTerminal), stderr: TextOutput(),
    stdin: TextInput(scripted: stdin, isTerminal: stdinIsTerminal),
    environment: fullEnvironment, currentDirectory: directory)
  let status = CasesCLI.run(arguments, context: context)
  return CLIResult(stdout: context.stdout.captured, stderr: context.stderr.captured, status: status)
}
