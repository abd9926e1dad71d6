import CaseIO
import CaseJSON
import CaseKit
import CaseSearch
import CommandLineKit

/// `cases-bench search`: index build time and size, and whole-process search latency per
/// query kind, beside SQLite FTS5 (built by ../shared/peers/fts5_peer.py, queried with the
/// sqlite3 command) on the same generated case studies.
enum SearchBenchmark {
  static let command = Command(
    "search",
    abstract: "Time `cases index` and `cases search` beside SQLite FTS5 on generated case studies.",
    discussion: """
      Generates a repository of N case studies valid against the real schema (about 5 KB each; kept between \
      runs), builds both indexes, then times whole processes, median of the rounds, for each query kind: \
      cases search (the release build beside this benchmark) and sqlite3 DB "SELECT id FROM docs WHERE docs \
      MATCH '…' ORDER BY bm25(docs) LIMIT 10". The rare, common and two-word queries use words picked from \
      the index by how many cases hold them. FTS5 indexes the title, summary, narrative, tags, topics and \
      countries (fts5_peer.py cannot read lists of objects); cases indexes those and also the public bodies, \
      systems, engagements, impacts and sources, so its index holds more.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @Option("count", "Case studies to generate.", default: 10_000, in: 1...1_000_000) var count: Int
    @Option("rounds", "Timed runs of each query; the median is reported.", default: 21, in: 1...1_000) var rounds: Int
    @Option(
      "build-rounds", valueName: "n",
      "Builds of each index; the median is reported (default: 3, 1 above 20,000 cases).",
      in: 1...100)
    var buildRounds: Int?
    @Option("folder", valueName: "dir", "Where to keep the corpus and the indexes.", default: "/tmp/cases-bench-search")
    var folder: String
    @Option("peers", valueName: "dir", "The peers folder (fts5_peer.py).", default: "../shared/peers") var peers: String
    @Option("python", valueName: "path", "The Python to run fts5_peer.py with.", default: "python3") var python: String
    @Flag("reuse-indexes", "Time only the queries, on indexes left by an earlier run (build figures are not printed).")
    var reuseIndexes: Bool
  }

  struct QueryKind {
    var name: String
    var cases: [String]
    var fts5: String
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let count = options.count
    let rounds = options.rounds
    let buildRounds = options.buildRounds ?? (count > 20_000 ? 1 : 3)
    let folder = context.absolutePath(options.folder)
    let peers = context.absolutePath(options.peers)
    let environment = context.environment
    guard
      let python = ChildProcess.find(
        [options.python], path: environment["PATH"] ?? "/usr/bin:/bin"),
      let sqlite = ChildProcess.find(["sqlite3"], path: environment["PATH"] ?? "/usr/bin:/bin")
    else { throw CommandFailure("python3 and sqlite3 are needed (../shared/peers/setup.sh installs sqlite3)") }
    let cases = executableFolder() + "/cases"
    let out = context.stdout

    // The corpus.
    try? FileTree.createDirectories(folder)
    let repository = folder + "/repo-\(count)"
    let generated = try SearchCorpus.prepare(repository, count: count)
    out.line(
      "corpus: \(format(Double(count), digits: 0)) case studies, \(format(Double(generated) / 1e6)) MB, in \(repository)"
    )

    // Index builds, alternating, the median of each.
    let indexPath = repository + "/.cases/index.bin"
    let database = folder + "/fts5-\(count).db"
    var casesBuilds: [Double] = []
    var fts5Builds: [Double] = []
    let reuse = options.reuseIndexes && fileSize(indexPath) > 0 && fileSize(database) > 0
    for _ in 0..<(reuse ? 0 : buildRounds) {
      FileTree.removeTree(indexPath)
      var start = now()
      let built = try runProgram(cases, ["index", "--repo", repository, "--color", "never"])
      casesBuilds.append(now() - start)
      guard built.status == 0, built.output.contains("Indexed \(format(Double(count), digits: 0)) case") else {
        throw CommandFailure("cases index failed or left cases out: \(built.output)")
      }
      start = now()
      let peer = try runProgram(
        python,
        [
          peers + "/fts5_peer.py", "build", repository + "/casestudies", database,
          "title,summary,narrative,tags,topics,countries",
        ])
      fts5Builds.append(now() - start)
      guard peer.status == 0 else { throw CommandFailure("fts5_peer.py build failed: \(peer.output)") }
    }
    let casesBuild = casesBuilds.isEmpty ? nil : casesBuilds.sorted()[casesBuilds.count / 2]
    let fts5Build = fts5Builds.isEmpty ? nil : fts5Builds.sorted()[fts5Builds.count / 2]
    let casesSize = fileSize(indexPath)
    let fts5Size = fileSize(database)
    out.line("")
    out.line("index build      cases index      FTS5 (fts5_peer.py)   ratio")
    if let casesBuild, let fts5Build {
      out.line(
        "time             \(format(casesBuild, digits: 2).leftPadded(9)) s    \(format(fts5Build, digits: 2).leftPadded(9)) s           "
          + format(casesBuild / fts5Build, digits: 2) + "x  (median of \(buildRounds))")
    }
    out.line(
      "size             \(format(Double(casesSize) / 1e6).leftPadded(9)) MB   \(format(Double(fts5Size) / 1e6).leftPadded(9)) MB          "
        + format(Double(casesSize) / Double(fts5Size), digits: 2) + "x")

    // Queries.
    let words = try QueryWords(index: indexPath)
    let kinds = [
      QueryKind(name: "rare word (in \(words.rare.documents))", cases: [words.rare.word], fts5: words.rare.word),
      QueryKind(
        name: "common word (in \(words.common.documents))", cases: [words.common.word], fts5: words.common.word),
      QueryKind(
        name: "two words", cases: [words.first.word, words.second.word],
        fts5: words.first.word + " " + words.second.word),
      QueryKind(name: "phrase", cases: ["\"facial recognition\""], fts5: "\"facial recognition\""),
      QueryKind(name: "prefix", cases: ["algorith*"], fts5: "algorith*"),
      QueryKind(
        name: "word + --topic", cases: [words.middle.word, "--topic", "policing"],
        fts5: words.middle.word + " AND topics:policing"),
      QueryKind(name: "filters alone", cases: ["--topic", "policing"], fts5: "topics:policing"),
    ]
    let startup = try median(rounds) { try runProgram(cases, ["--version"]).status }
    out.line("")
    out.line("start-up: cases --version \(format(startup * 1000, digits: 2)) ms")
    out.line("")
    out.line("query kind                   cases ms   sqlite3 ms   ratio   cases peak MB")
    var ratios: [Double] = []
    var queries: [String] = []
    var slowest = 0.0
    var peak = 0
    for kind in kinds {
      var kindPeak = 0
      let ours = try median(rounds) {
        let result = try runProgram(
          cases, ["search", "--repo", repository, "--color", "never"] + kind.cases, discardErrors: true)
        kindPeak = max(kindPeak, result.peakMemory)
        guard result.status == 0 else { throw CommandFailure("cases search \(kind.cases) found nothing") }
        return result.status
      }
      let sql =
        "SELECT id FROM docs WHERE docs MATCH '\(kind.fts5.replacing("'", with: "''"))' ORDER BY bm25(docs) LIMIT 10"
      let theirs = try median(rounds) {
        let result = try runProgram(sqlite, [database, sql])
        guard result.status == 0, !result.output.isEmpty else {
          throw CommandFailure("sqlite3 found nothing for \(sql)")
        }
        return result.status
      }
      ratios.append(ours / theirs)
      queries.append("\(kind.name): cases search \(kind.cases.joined(separator: " ")) | MATCH '\(kind.fts5)'")
      slowest = max(slowest, ours)
      peak = max(peak, kindPeak)
      out.line(
        kind.name.padding(toLength: 28) + format(ours * 1000, digits: 2).leftPadded(9)
          + format(theirs * 1000, digits: 2).leftPadded(13)
          + format(ours / theirs, digits: 2).leftPadded(8) + format(Double(kindPeak) / 1e6).leftPadded(16))
    }
    let geometricMean = Math.exp(ratios.map { Math.log($0) }.reduce(0, +) / Double(ratios.count))
    out.line("")
    for query in queries { out.line("  " + query) }
    out.line("")
    out.line("geometric mean of ratios: \(format(geometricMean, digits: 2)) (target ≤ 1.0)")
    out.line("largest ratio: \(format(ratios.max() ?? 0, digits: 2)) (target ≤ 1.5)")
    out.line("slowest kind: \(format(slowest * 1000, digits: 2)) ms (target ≤ 15 ms at 100,000 cases)")
    out.line("peak memory of a search: \(format(Double(peak) / 1e6)) MB (target ≤ 100 MB)")
    if let casesBuild, let fts5Build {
      out.line("build time ratio: \(format(casesBuild / fts5Build, digits: 2)) (target ≤ 0.5)")
    }
    out.line("size ratio: \(format(Double(casesSize) / Double(fts5Size), digits: 2)) (target ≤ 0.5)")
    return .success
  }

  /// Median wall time of `rounds` runs, after one warm-up run.
  private static func median(_ rounds: Int, _ body: () throws -> Int32) throws -> Double {
    _ = try body()
    var times: [Double] = []
    for _ in 0..<rounds {
      let start = now()
      _ = try body()
      times.append(now() - start)
    }
    return times.sorted()[times.count / 2]
  }

  static func fileSize(_ path: String) -> Int {
    FileStatus(path).map { Int($0.size) } ?? 0
  }
}

/// Query words picked from the index by how many cases hold them.
struct QueryWords {
  struct Word {
    var word: String
    var documents: Int
  }

  var rare: Word
  var common: Word
  var first: Word
  var second: Word
  var middle: Word

  init(index: String) throws {
    let reader = try IndexReader(path: index)
    // Words of the generated prose, which FTS5 indexes too (not vocabulary labels, which only
    // the cases index holds).
    let prose = Set(ZipfText.englishWords + CaseCorpus.madeUpWords(20_000))
    let terms = try reader.allTerms().filter { term in
      term.displayWord.count >= 4 && term.displayWord.allSatisfy { $0.isASCII && $0.isLetter }
        && prose.contains(term.displayWord)
    }
    let total = Double(reader.documentCount)
    func nearest(_ share: Double, excluding: Set<String> = []) -> Word {
      let target = share * total
      // swift-format-ignore: NeverForceUnwrap
      // A generated corpus has thousands of words.
      let best = terms.filter { !excluding.contains($0.displayWord) }.min {
        abs(Double($0.documentFrequency) - target) < abs(Double($1.documentFrequency) - target)
      }!
      return Word(word: best.displayWord, documents: best.documentFrequency)
    }
    rare = nearest(max(3, total / 2_000) / total)
    common = nearest(0.9)
    first = nearest(0.3)
    second = nearest(0.2)
    middle = nearest(0.5)
  }
}

/// The benchmark's repository: generated once per count, with the real schemas.
enum SearchCorpus {
  /// Generates the repository unless it already holds this corpus; returns its case files' size.
  static func prepare(_ repository: String, count: Int) throws -> Int {
    let marker = repository + "/.corpus"
    let expected = "cases-bench search corpus v1, \(count) cases\n"
    let folder = repository + "/casestudies"
    if let text = try? FileReader.read(marker), String(decoding: text, as: UTF8.self) == expected {
      return try FileTree.files(under: folder).reduce(0) { total, path in total + SearchBenchmark.fileSize(path) }
    }
    try? FileTree.createDirectories(repository)
    if FileTree.kind(of: folder) == .directory {
      for path in try FileTree.files(under: folder) { FileTree.removeTree(path) }
    }
    for file in SchemaFiles.builtIn.files {
      let path = repository + "/schemas/" + file.relativePath
      try FileTree.createDirectories(AtomicFile.split(path).directory)
      try AtomicFile.write(JSONWriter().bytes(file.document.root.value), to: path)
    }
    var corpus = CaseCorpus()
    let bytes = try corpus.write(count: count, to: folder)
    try AtomicFile.write(Array(expected.utf8), to: marker)
    return bytes
  }
}
