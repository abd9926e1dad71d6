import CommandLineKit
import Testing

/// Help screens pinned at width 80, compared with what swift-argument-parser prints for the
/// same commands.
@Suite("Help screens")
struct HelpTests {
  @Test func groupHelp() {
    let result = TestTool.run(TestTool.math, ["--help"])
    #expect(result.status == .success)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout == """
        OVERVIEW: A utility for performing maths.

        USAGE: math <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          add                     Print the sum of the values.
          multiply, mul           Print the product of the values.
          stats                   Calculate descriptive statistics.

          See 'math help <subcommand>' for detailed help.

        """)
  }

  @Test func leafHelpEndsWithABlankLine() {
    let result = TestTool.run(TestTool.math, ["stats", "average", "--help"])
    #expect(
      result.stdout == """
        OVERVIEW: Print the average of the values.

        USAGE: math stats average [--kind <kind>] [<values> ...]

        ARGUMENTS:
          <values>                A group of floating-point values to operate on.

        OPTIONS:
          --kind <kind>           The kind of average to provide. (values: mean,
                                  median, mode; default: mean)
          --version               Show the version.
          -h, --help              Show help information.


        """)
  }

  @Test func helpSubcommandAndShortFlagAgree() {
    let long = TestTool.run(TestTool.math, ["stats", "--help"]).stdout
    #expect(TestTool.run(TestTool.math, ["help", "stats"]).stdout == long)
    #expect(TestTool.run(TestTool.math, ["stats", "-h"]).stdout == long)
    #expect(long.hasSuffix("  See 'math help stats <subcommand>' for detailed help.\n"))
    // An unknown name after `help` is a usage error, with the nearest name.
    let unknown = TestTool.run(TestTool.math, ["help", "stast"])
    #expect(unknown.status == .usage)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.hasPrefix("Error: Unknown subcommand 'stast'. Did you mean 'stats'?\n"))
    #expect(
      TestTool.run(TestTool.math, ["help", "stats", "nope"]).stderr.hasPrefix("Error: Unknown subcommand 'nope'\n"))
  }

  @Test func groupWithoutSubcommandPrintsHelp() {
    let result = TestTool.run(TestTool.math, ["stats"])
    #expect(result.status == .success)
    #expect(result.stdout.hasPrefix("OVERVIEW: Calculate descriptive statistics.\n\nUSAGE: math stats <subcommand>"))
  }

  @Test func narrowScreensWrapAndLongLabelsMoveToTheirOwnLine() {
    let result = TestTool.run(TestTool.repeatCommand, ["--help"], columns: 50)
    #expect(
      result.stdout == """
        USAGE: repeat [--count <count>] [--include-counter] [--tag <tag> ...] <phrase>

        ARGUMENTS:
          <phrase>                The phrase to repeat.

        OPTIONS:
          --count <count>         The number of times to
                                  repeat 'phrase'.
          --include-counter       Include a counter with
                                  each repetition.
          --tag <tag>             A tag.
          -h, --help              Show help information.


        """)
  }

  @Test func versionPrintsOnlyTheVersion() {
    let result = TestTool.run(TestTool.math, ["--version"])
    #expect(result.stdout == "1.0.0\n")
    #expect(result.status == .success)
    #expect(TestTool.run(TestTool.math, ["stats", "average", "--version"]).stdout == "1.0.0\n")
  }
}
