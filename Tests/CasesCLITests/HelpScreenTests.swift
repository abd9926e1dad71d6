import Testing

/// The help screens users read first, pinned at 80 columns.
@Suite("cases help screens")
struct HelpScreenTests {
  @Test func rootHelp() {
    let result = runCases(["--help"])
    #expect(result.status.rawValue == 0)
    #expect(
      result.stdout == """
        OVERVIEW: Validate, search and add case studies of public-sector data and AI.

        Case studies record how public bodies' use of data and AI affects communities,
        and how those bodies involve the public. Each one is a JSON file in
        casestudies/, checked against schemas/.

        EXIT STATUS:
          0   success
          1   the answer is no: invalid documents, no results, files that would change
          2   an error: an unreadable file, an unusable schema, a corrupt index
          64  a usage error in the command line

        USAGE: cases [--repo <dir>] [--color <when>] <subcommand>

        OPTIONS:
          --repo <dir>            The case-study repository (default: the folder above
                                  that holds casestudies/).
          --color <when>          When to use colour. (values: auto, always, never;
                                  default: auto)
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          validate                Validate case studies, or any JSON documents against
                                  a JSON Schema.
          search                  Search the case studies: words, phrases and filters,
                                  best matches first.
          index                   Build the search index of the case studies.
          show                    Show one case study for reading.
          list                    List the case studies, filtered by topic, country,
                                  level and more.
          stats                   Count the case studies per topic, country, level,
                                  method, system kind and year.
          export                  Export the case studies for spreadsheets, search
                                  servers and websites.
          add                     Add a case study: guided questions, a JSON draft, or
                                  options.
          init                    Create a new case-study repository.
          schema                  Describe the case-study format, or list a
                                  vocabulary's terms.
          fmt                     Rewrite JSON files in the canonical format.
          migrate                 Rewrite case files of format version 1 as version 2,
                                  losing nothing.
          import                  Import case studies from PAVE, ATRS, the AI Incident
                                  Database, or a CSV or JSON Lines export.

          See 'cases help <subcommand>' for detailed help.

        """)
    #expect(runCases([]).stdout == result.stdout)
  }

  @Test func fmtHelp() {
    #expect(
      runCases(["help", "fmt"]).stdout == """
        OVERVIEW: Rewrite JSON files in the canonical format.

        The canonical format: two-space indentation, one member or element per line, a
        final newline, minimal escaping, and numbers exactly as written. Case-study
        files also get their keys in the order the schema declares them. Files that do
        not parse are reported and left alone. With --check, nothing is written: each
        file that would change is shown with a diff (or, with --format github,
        annotated).

        USAGE: cases fmt [--check] [--format <format>] [--repo <dir>] [--color <when>] [<path> ...]

        ARGUMENTS:
          <path>                  Files or folders to format (folders are searched for
                                  *.json; default: the repository's casestudies/).

        OPTIONS:
          --check                 Change nothing; show the files that would change,
                                  with a diff, and exit 1 if there are any.
          --format <format>       How --check reports. (values: text, github; default:
                                  text)
          --repo <dir>            The case-study repository (default: the folder above
                                  that holds casestudies/).
          --color <when>          When to use colour. (values: auto, always, never;
                                  default: auto)
          --version               Show the version.
          -h, --help              Show help information.


        """)
  }

  @Test func usageErrors() {
    let mistyped = runCases(["fmt", "--chek"])
    #expect(mistyped.status.rawValue == 64)
    #expect(
      mistyped.stderr == """
        Error: Unknown option '--chek'. Did you mean '--check'?
        Usage: cases fmt [--check] [--format <format>] [--repo <dir>] [--color <when>] [<path> ...]
          See 'cases fmt --help' for more information.

        """)
    let subcommand = runCases(["fmtt"])
    #expect(subcommand.status.rawValue == 64)
    #expect(subcommand.stderr.hasPrefix("Error: Unexpected argument 'fmtt'. Did you mean 'fmt'?\n"))
    let color = runCases(["--color", "sometimes", "fmt"])
    #expect(
      color.stderr.hasPrefix(
        "Error: The value 'sometimes' is invalid for '--color <when>'. Please provide one of 'auto', 'always' or 'never'.\n"
      ))
  }

  @Test func version() {
    #expect(runCases(["--version"]).stdout == "0.1.0\n")
  }

  @Test func completionScriptsComeFromTheCommandTable() {
    let bash = runCases(["--generate-completion-script", "bash"])
    #expect(bash.status.rawValue == 0)
    #expect(bash.stdout.contains("\"cases fmt\")"))
    #expect(bash.stdout.contains("--color) COMPREPLY=($(compgen -W 'auto always never' -- \"$cur\")); return ;;"))
  }
}
