import CommandLineKit
import Testing

@Suite("Parsing arguments")
struct ParsingTests {
  @Test func optionsAndArguments() {
    #expect(TestTool.run(TestTool.math, ["add", "1", "2", "30"]).stdout == "33\n")
    #expect(TestTool.run(TestTool.math, ["add", "-x", "10", "5"]).stdout == "f\n")
    #expect(TestTool.run(TestTool.math, ["add", "--hex-output", "--", "-1", "17"]).stdout == "10\n")
    #expect(TestTool.run(TestTool.math, ["add", "-5", "7"]).stdout == "2\n")
    #expect(TestTool.run(TestTool.math, ["mul"]).status == .success)
  }

  @Test func equalsFormAndRepeatedOptions() {
    let result = TestTool.run(TestTool.repeatCommand, ["--count=3", "--tag", "a", "hi", "--tag=b"])
    #expect(result.stdout == "hi\nhi\nhi\ntags: [\"a\", \"b\"]\n")
    #expect(TestTool.run(TestTool.math, ["stats", "average", "--kind=median", "1"]).stdout == "median of [\"1\"]\n")
    #expect(TestTool.run(TestTool.math, ["stats", "average"]).stdout == "mean of []\n")
  }

  @Test func missingArgument() {
    let result = TestTool.run(TestTool.repeatCommand, ["--count", "2"])
    #expect(result.status == .usage)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        Error: Missing expected argument '<phrase>'
        Help:  <phrase>  The phrase to repeat.
        Usage: repeat [--count <count>] [--include-counter] [--tag <tag> ...] <phrase>
          See 'repeat --help' for more information.

        """)
  }

  @Test func unknownOptionSuggestsTheNearest() {
    let result = TestTool.run(TestTool.repeatCommand, ["--cont", "2", "x"])
    #expect(result.status == .usage)
    #expect(result.stderr.hasPrefix("Error: Unknown option '--cont'. Did you mean '--count'?\nUsage: repeat "))
    let far = TestTool.run(TestTool.math, ["stats", "average", "--bogus"])
    #expect(
      far.stderr == """
        Error: Unknown option '--bogus'
        Usage: math stats average [--kind <kind>] [<values> ...]
          See 'math stats average --help' for more information.

        """)
    #expect(TestTool.run(TestTool.math, ["add", "-q"]).stderr.hasPrefix("Error: Unknown option '-q'\n"))
  }

  @Test func unknownSubcommandSuggestsTheNearest() {
    let near = TestTool.run(TestTool.math, ["stats", "avrage"])
    #expect(near.status == .usage)
    #expect(
      near.stderr == """
        Error: Unexpected argument 'avrage'. Did you mean 'average'?
        Usage: math stats <subcommand>
          See 'math stats --help' for more information.

        """)
    #expect(TestTool.run(TestTool.math, ["stats", "nope"]).stderr.hasPrefix("Error: Unexpected argument 'nope'\n"))
  }

  @Test func invalidEnumeratedValue() {
    let result = TestTool.run(TestTool.math, ["stats", "average", "--kind", "mdian"])
    #expect(result.status == .usage)
    #expect(
      result.stderr.hasPrefix(
        """
        Error: The value 'mdian' is invalid for '--kind <kind>'. Please provide one of 'mean', 'median' or 'mode'.
        Help:  --kind <kind>  The kind of average to provide.
        Usage: math stats average
        """))
  }

  @Test func missingValueAndFlagsWithValues() {
    let missing = TestTool.run(TestTool.repeatCommand, ["x", "--count"])
    #expect(missing.stderr.hasPrefix("Error: Missing value for '--count <count>'\nHelp:  --count <count>  The number"))
    let beforeOption = TestTool.run(TestTool.repeatCommand, ["x", "--count", "--include-counter"])
    #expect(beforeOption.stderr.hasPrefix("Error: Missing value for '--count <count>'"))
    let flag = TestTool.run(TestTool.repeatCommand, ["x", "--include-counter=yes"])
    #expect(
      flag.stderr.hasPrefix(
        "Error: The option '--include-counter' does not take any value, but 'yes' was specified.\n"))
  }

  @Test func extraArguments() {
    #expect(TestTool.run(TestTool.repeatCommand, ["a", "b"]).stderr.hasPrefix("Error: Unexpected argument 'b'\n"))
    #expect(
      TestTool.run(TestTool.repeatCommand, ["a", "b", "c"]).stderr.hasPrefix(
        "Error: 2 unexpected arguments: 'b', 'c'\n"))
  }

  @Test func valueChecksInCommandsAreUsageErrors() {
    let result = TestTool.run(TestTool.repeatCommand, ["--count", "0", "x"])
    #expect(result.status == .usage)
    #expect(
      result.stderr.hasPrefix(
        "Error: The value '0' is invalid for '--count <count>': expected a whole number from 1 to 100\nUsage: repeat"))
  }

  @Test func helpWinsOverOtherProblems() {
    let result = TestTool.run(TestTool.repeatCommand, ["--bogus-later", "--help"])
    #expect(result.status == .usage)  // the unknown option comes first
    #expect(TestTool.run(TestTool.repeatCommand, ["--help", "--bogus"]).status == .success)
  }

  @Test func editDistance() {
    #expect(Suggestions.editDistance("kitten", "sitting") == 3)
    #expect(Suggestions.editDistance("", "abc") == 3)
    #expect(Suggestions.editDistance("polcing", "policing") == 1)
    #expect(Suggestions.closest(to: "polcing", among: ["health", "policing"], below: 3) == "policing")
    #expect(Suggestions.closest(to: "zzz", among: ["health", "policing"], below: 3) == nil)
  }
}
