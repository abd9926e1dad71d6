import CommandLineKit

/// The `cases` command line: the command tree and the entry point.
public enum CasesCLI {
  /// The version `cases --version` prints.
  public static let version = "0.1.0"

  /// Runs `cases` as a process (real streams, environment and working directory) and exits.
  /// `arguments` includes the program name, as `CommandLine.arguments` does.
  public static func main(_ arguments: [String]) -> Never {
    CommandRunner.main(rootCommand, arguments: Array(arguments.dropFirst()))
  }

  /// Runs `cases` with `arguments` (without the program name) in `context`.
  public static func run(_ arguments: [String], context: CommandContext) -> ExitStatus {
    CommandRunner.run(rootCommand, arguments: arguments, context: context)
  }

  /// The whole command tree.
  static let rootCommand = Command(
    "cases",
    abstract: "Validate, search and add case studies of public-sector data and AI.",
    discussion: """
      Case studies record how public bodies' use of data and AI affects communities, and how those bodies \
      involve the public. Each one is a JSON file in casestudies/, checked against schemas/.

      EXIT STATUS:
        0   success
        1   the answer is no: invalid documents, no results, files that would change
        2   an error: an unreadable file, an unusable schema, a corrupt index
        64  a usage error in the command line
      """,
    version: version,
    options: GlobalOptions.optionSpecs,
    subcommands: [
      ValidateCommand.command, SearchCommand.command, IndexCommand.command, ShowCommand.command, ListCommand.command,
      StatsCommand.command, ExportCommand.command, AddCommand.command, InitCommand.command, SchemaCommand.command,
      FmtCommand.command, MigrateCommand.command, ImportCommand.command,
    ]
  )
}
