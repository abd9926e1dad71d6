import CaseIO
import CaseJSON
import CommandLineKit

/// `cases-bench validate`: whole-process validation time beside jsonschema-rs and
/// python-jsonschema on the same generated corpus, with `cat` as the floor.
enum ValidationBenchmark {
  static let command = Command(
    "validate",
    abstract: "Time `cases validate` beside jsonschema-rs, python-jsonschema and cat on generated case studies.",
    discussion: """
      Generates N case-study documents (about 5 KB each, every tenth one invalid in one of eight ways) and a \
      matching 2020-12 schema, then times whole processes, median of the rounds: cat DIR/* (the reading \
      floor), cases validate --schema S DIR (the release build beside this benchmark), and \
      validate_peer.py rs|py S DIR from ../shared/peers. Every implementation must report the same number of \
      invalid files.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @Option("count", "Documents to generate.", default: 10_000, in: 1...1_000_000) var count: Int
    @Option("rounds", "Timed runs of each command; the median is reported.", default: 5, in: 1...100) var rounds: Int
    @Option("folder", valueName: "dir", "Where to generate the corpus.", default: "/tmp/cases-bench-validate")
    var folder: String
    @Option("peers", valueName: "dir", "The peers folder (validate_peer.py).", default: "../shared/peers")
    var peers: String
    @Option(
      "python", valueName: "path", "The Python of the peers' environment (from setup.sh).",
      default: "~/.cache/cases-peers/bin/python")
    var python: String
    @Flag("skip-python-jsonschema", "Leave out python-jsonschema (slow).") var skipPythonJSONSchema: Bool
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let count = options.count
    let rounds = options.rounds
    let folder = context.absolutePath(options.folder)
    let documents = folder + "/docs"
    let schemaPath = folder + "/schema.json"
    let home = context.environment["HOME"] ?? "/root"
    let python = options.python.replacing("~", with: home)
    let peers = context.absolutePath(options.peers)

    try? FileTree.createDirectories(folder)
    try AtomicFile.write(JSONWriter().bytes(BenchmarkSchema.caseStudy), to: schemaPath)
    var corpus = SyntheticCorpus()
    let bytes = try corpus.write(count: count, to: documents) { document, index in
      if index % 10 == 0 { BenchmarkSchema.breakDocument(&document, variant: index / 10) }
    }
    context.stdout.line(
      "corpus: \(count) documents, \(format(Double(bytes) / 1e6)) MB, \(count / 10) invalid, in \(documents)")

    let cases = executableFolder() + "/cases"
    var rows: [(name: String, seconds: Double, invalid: Int?)] = []
    let files = try FileTree.files(under: documents)
    rows.append(("cat (reading floor)", try median(rounds) { try runProgram("/bin/cat", files).status }, nil))
    var casesInvalid: Int?
    let casesTime = try median(rounds) {
      let result = try runProgram(cases, ["validate", "--schema", schemaPath, documents, "--color", "never"])
      casesInvalid = parseCases(result.output)
      return result.status
    }
    rows.append(("cases validate", casesTime, casesInvalid))
    var peerNames = [("rs", "jsonschema-rs")]
    if !options.skipPythonJSONSchema { peerNames.append(("py", "python-jsonschema")) }
    for (key, name) in peerNames {
      guard FileTree.kind(of: python) == .file else {
        context.stdout.line("\(name): skipped (\(python) not found; run ../shared/peers/setup.sh)")
        continue
      }
      var invalid: Int?
      let seconds = try median(key == "py" ? 1 : rounds) {
        let result = try runProgram(python, [peers + "/validate_peer.py", key, schemaPath, documents])
        invalid = parsePeer(result.output)
        return result.status
      }
      rows.append((name, seconds, invalid))
    }

    context.stdout.line("")
    context.stdout.line("command                      median s   invalid")
    for row in rows {
      let name = row.name.padding(toLength: 28)
      context.stdout.line(
        "\(name) \(format(row.seconds, digits: 3).leftPadded(8))   \(row.invalid.map(String.init) ?? "-")")
    }
    let invalidCounts = Set(rows.compactMap(\.invalid))
    context.stdout.line("")
    context.stdout.line(
      invalidCounts.count == 1
        ? "all implementations agree on the invalid files" : "DISAGREEMENT on invalid files: \(invalidCounts)")
    for row in rows where row.name != "cases validate" && row.name != "cat (reading floor)" {
      context.stdout.line(
        "ratio cases / \(row.name): \(format(casesTime / row.seconds, digits: 2))x (\(format(row.seconds / casesTime, digits: 1))x faster)"
      )
    }
    return invalidCounts.count <= 1 ? .success : .failure
  }

  /// Median wall time of `rounds` runs; a non-zero status other than 1 aborts.
  private static func median(_ rounds: Int, _ body: () throws -> Int32) throws -> Double {
    var times: [Double] = []
    for _ in 0..<rounds {
      let start = now()
      let status = try body()
      times.append(now() - start)
      guard status == 0 || status == 1 else {
        throw CommandFailure("a benchmarked command failed with status \(status)")
      }
    }
    return times.sorted()[times.count / 2]
  }

  /// The invalid count from `N files checked: V valid, I invalid`.
  private static func parseCases(_ output: String) -> Int? {
    guard let line = output.split(separator: "\n").last(where: { $0.contains("files checked:") }),
      let part = line.split(separator: ",").first(where: { $0.hasSuffix(" invalid") })
    else { return nil }
    return Int(part.split(separator: " ").first ?? "")
  }

  /// The invalid count from `rs files=N valid=V invalid=I`.
  private static func parsePeer(_ output: String) -> Int? {
    guard
      let field = output.split(whereSeparator: { $0 == " " || $0 == "\n" }).first(where: { $0.hasPrefix("invalid=") })
    else { return nil }
    return Int(field.dropFirst("invalid=".count))
  }
}

/// The folder of the running executable (the build's products folder).
func executableFolder() -> String {
  AtomicFile.split(FileTree.linkTarget("/proc/self/exe") ?? ".").directory
}

extension String {
  func padding(toLength length: Int) -> String { self + String(repeating: " ", count: max(0, length - count)) }
  func leftPadded(_ length: Int) -> String { String(repeating: " ", count: max(0, length - count)) + self }
}
