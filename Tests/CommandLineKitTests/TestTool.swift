import CommandLineKit

/// A small tool shaped like swift-argument-parser's `math` and `repeat` examples, so the help
/// and error text can be compared with the output SAP prints for them.
enum TestTool {
  static let average = Command(
    "average", abstract: "Print the average of the values.",
    arguments: [Argument("values", "A group of floating-point values to operate on.", optional: true, repeating: true)],
    options: [
      .value("kind", "The kind of average to provide.", allowed: ["mean", "median", "mode"], default: "mean")
    ],
    action: { arguments, context in
      context.stdout.line("\(arguments.value("kind") ?? "-") of \(arguments.arguments("values"))")
      return .success
    })

  static let math = Command(
    "math", abstract: "A utility for performing maths.", version: "1.0.0",
    subcommands: [
      Command(
        "add", abstract: "Print the sum of the values.",
        arguments: [Argument("values", "The values to add.", optional: true, repeating: true)],
        options: [.flag("hex-output", short: "x", "Use hexadecimal notation for the result.")],
        action: { arguments, context in
          let sum = arguments.arguments("values").compactMap { Int($0) }.reduce(0, +)
          context.stdout.line(arguments.flag("hex-output") ? String(sum, radix: 16) : String(sum))
          return .success
        }),
      Command("multiply", abstract: "Print the product of the values.", aliases: ["mul"], action: { _, _ in .success }),
      Command("stats", abstract: "Calculate descriptive statistics.", subcommands: [average]),
    ])

  static let repeatCommand = Command(
    "repeat", abstract: "",
    arguments: [Argument("phrase", "The phrase to repeat.")],
    options: [
      .value("count", "The number of times to repeat 'phrase'."),
      .flag("include-counter", "Include a counter with each repetition."),
      .value("tag", "A tag.", repeating: true, inherited: true),
    ],
    action: { arguments, context in
      let count = try arguments.integer("count", in: 1...100) ?? 2
      for index in 1...count {
        let prefix = arguments.flag("include-counter") ? "\(index): " : ""
        context.stdout.line(prefix + (arguments.arguments("phrase").first ?? ""))
      }
      if !arguments.values("tag").isEmpty { context.stdout.line("tags: \(arguments.values("tag"))") }
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
