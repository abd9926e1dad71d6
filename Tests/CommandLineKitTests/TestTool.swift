import CommandLineKit

/// A small tool shaped like swift-argument-parser's `math` and `repeat` examples, so the help
/// and error text can be compared with the output SAP prints for them.
enum TestTool {
  struct Average: ParsableOptions {
    enum Kind: String, ArgumentChoice { case mean, median, mode }

    @Argument("values", "A group of floating-point values to operate on.") var values: [String]
    @Option("kind", "The kind of average to provide.", default: Kind.mean) var kind: Kind
  }

  static let average = Command(
    "average", abstract: "Print the average of the values.", options: Average.self,
    run: { options, context in
      context.stdout.line("\(options.kind.rawValue) of \(options.values)")
      return .success
    })

  struct Add: ParsableOptions {
    @Argument("values", "The values to add.") var values: [String]
    @Flag("hex-output", short: "x", "Use hexadecimal notation for the result.") var hexOutput: Bool
  }

  struct Repeat: ParsableOptions {
    @Argument("phrase", "The phrase to repeat.") var phrase: String
    @Option("count", "The number of times to repeat 'phrase'.", in: 1...100) var count: Int?
    @Flag("include-counter", "Include a counter with each repetition.") var includeCounter: Bool
    @Option("tag", "A tag.", inherited: true) var tags: [String]
  }

  static let math = Command(
    "math", abstract: "A utility for performing maths.", version: "1.0.0",
    subcommands: [
      Command(
        "add", abstract: "Print the sum of the values.", options: Add.self,
        run: { options, context in
          let sum = options.values.compactMap { Int($0) }.reduce(0, +)
          context.stdout.line(options.hexOutput ? String(sum, radix: 16) : String(sum))
          return .success
        }),
      Command("multiply", abstract: "Print the product of the values.", aliases: ["mul"], action: { _, _ in .success }),
      Command("stats", abstract: "Calculate descriptive statistics.", subcommands: [average]),
    ])

  static let repeatCommand = Command(
    "repeat", abstract: "", options: Repeat.self,
    run: { options, context in
      for index in 1...(options.count ?? 2) {
        let prefix = options.includeCounter ? "\(index): " : ""
        context.stdout.line(prefix + options.phrase)
      }
      if !options.tags.isEmpty { context.stdout.line("tags: \(options.tags)") }
      return .success
    })

  struct Result {
    var stdout: String
    var stderr: String
    var status: ExitStatus
  }

  static func run(_ command: Command, _ arguments: [String], columns: Int = 80) -> Result {
    let context = CommandContext(
      stdout: TextOutput(), stderr: TextOutput(), stdin: TextInput(scripted: ""),
      environment: ["COLUMNS": String(columns)], currentDirectory: "/")
    let status = CommandRunner.run(command, arguments: arguments, context: context)
    return Result(stdout: context.stdout.captured, stderr: context.stderr.captured, status: status)
  }
}
