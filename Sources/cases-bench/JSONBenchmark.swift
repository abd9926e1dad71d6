import CaseIO
import CaseJSON
import CommandLineKit

/// `cases-bench json`: JSON parse throughput beside Python's C-accelerated `json` module.
enum JSONBenchmark {
  static let command = Command(
    "json",
    abstract: "Measure JSON parse throughput (MB/s) beside Python's json module on the same files.",
    discussion: """
      Reads every *.json file of the folder into memory, then times, single-threaded and best of N rounds: \
      parsing into the position-keeping document (what validation uses), parsing and copying out every value \
      (what fmt and the schema compiler use), and Python's json.loads on the same bytes.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @Argument(
      "folder", "Folder of JSON files (default: 2,000 generated case studies in a temporary folder).",
      completion: .directory)
    var folder: String?
    @Option("rounds", "Timing rounds; the best is reported.", default: 5, in: 1...1000) var rounds: Int
    @Option("python", "The Python interpreter to compare with.", default: "python3") var python: String
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let rounds = options.rounds
    var folder = options.folder.map(context.absolutePath) ?? ""
    if folder.isEmpty {
      folder = "/tmp/cases-bench-json"
      var corpus = SyntheticCorpus()
      _ = try corpus.write(count: 2_000, to: folder)
    }
    let files = try FileTree.files(under: folder)
    let contents = try files.map { path throws(FileError) in try FileReader.read(path) }
    let bytes = contents.reduce(0) { $0 + $1.count }
    guard bytes > 0 else { throw CommandFailure("no JSON content under \(folder)") }
    context.stdout.line("\(files.count) files, \(format(Double(bytes) / 1e6, digits: 1)) MB in \(folder)")

    var nodes = 0
    let tape = try bestTime(rounds: rounds) {
      for content in contents { nodes &+= try JSONDocument(parsing: content).nodeCount }
    }
    let values = try bestTime(rounds: rounds) {
      for content in contents { if case .object = try JSONDocument(parsing: content).root.value { nodes &+= 1 } }
    }
    let megabytes = Double(bytes) / 1e6
    context.stdout.line("cases  parse (document)         \(format(megabytes / tape)) MB/s")
    context.stdout.line("cases  parse + copy out values  \(format(megabytes / values)) MB/s")

    let script = """
      import json, sys, time
      files = sys.stdin.read().split("\\n")
      data = [open(f, "rb").read() for f in files if f]
      best = float("inf")
      for _ in range(\(rounds)):
          t = time.perf_counter()
          for d in data: json.loads(d)
          best = min(best, time.perf_counter() - t)
      print(best)
      """
    let python = options.python
    guard let executable = ChildProcess.find([python], path: context.environment["PATH"] ?? "/usr/bin:/bin"),
      let result = try? runProgram(executable, ["-c", script], input: files.joined(separator: "\n")),
      result.status == 0, let seconds = Double(result.output.split(separator: "\n").last ?? "")
    else {
      context.stdout.line("python json.loads               (\(python) not available)")
      return .success
    }
    context.stdout.line("python json.loads               \(format(megabytes / seconds)) MB/s")
    context.stdout.line("ratio cases document / python   \(format(seconds / tape, digits: 2))x")
    context.stdout.line("ratio cases values / python     \(format(seconds / values, digits: 2))x")
    if nodes == 42 { context.stdout.line("") }  // keeps the work from being optimised away
    return .success
  }
}
