import CommandLineKit

/// `cases-bench`: benchmarks that print figures beside their peers, run in the same process.
let bench = Command(
  "cases-bench",
  abstract: "Benchmarks for cases, measured beside their peers in the same run.",
  subcommands: [
    JSONBenchmark.command, ValidationBenchmark.command, SearchBenchmark.command, TRECRun.command, JudgedSearch.command,
  ]
)
CommandRunner.main(bench, arguments: Array(CommandLine.arguments.dropFirst()))
