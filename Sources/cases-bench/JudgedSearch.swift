import CaseIO
import CaseJSON
import CommandLineKit

/// `cases-bench judged`: a judged query set run through the real `cases search` on a repository,
/// scored beside a plain SQLite FTS5 baseline over the same case files.
enum JudgedSearch {
  static let command = Command(
    "judged",
    abstract: "Score cases search on judged researcher queries, beside an SQLite FTS5 baseline.",
    discussion: """
      Each query's words go to `cases search` (the release build beside this benchmark) as separate \
      arguments, as a shell passes them, with --limit 10; the baseline is SQLite FTS5 (porter tokenizer) over \
      every text of each case file, the query's words ORed, in bm25 order. Both are scored against the \
      judgements (query<TAB>case id<TAB>grade): nDCG@10 and recall@10 per query and on average. --runs DIR \
      also writes both runs as TREC files, for ../shared/peers/ireval.py.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @Option("repo", valueName: "dir", "The repository whose cases are judged.", required: true) var repository: String?
    @Option("queries", valueName: "file", "Queries, JSON Lines of {id, text}.", required: true) var queries: String?
    @Option("qrels", valueName: "file", "Judgements: query, case id, grade.", required: true) var qrels: String?
    @Option("runs", valueName: "dir", "Write the two runs here as TREC files.") var runs: String?
    @Option("python", "The python3 to build the FTS5 baseline with.", default: "python3") var python: String
  }

  struct Query {
    var id: String
    var text: String
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let repository = context.absolutePath(options.repository ?? "")
    let queries = try FileReader.read(context.absolutePath(options.queries ?? "")).split(separator: UInt8(ascii: "\n"))
      .map { line -> Query in
        let value = try JSONDocument(parsing: Array(line)).root.value
        return Query(id: value["id"]?.stringValue ?? "", text: value["text"]?.stringValue ?? "")
      }
    var judgements: [String: [String: Double]] = [:]
    let qrels = String(decoding: try FileReader.read(context.absolutePath(options.qrels ?? "")), as: UTF8.self)
    for line in qrels.split(separator: "\n") {
      let parts = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
      guard parts.count >= 3, parts[0] != "query-id", let grade = Double(parts[2]) else { continue }
      judgements[String(parts[0]), default: [:]][String(parts[1])] = grade
    }
    let cases = executableFolder() + "/cases"
    var casesRun: [String: [String]] = [:]
    for query in queries {
      let words = query.text.split(separator: " ").map(String.init)
      let result = try runProgram(
        cases, ["search"] + words + ["--limit", "10", "--format", "jsonl", "--repo", repository, "--color", "never"],
        discardErrors: true)
      casesRun[query.id] = result.output.split(separator: "\n").compactMap {
        (try? JSONDocument(parsing: String($0)))?.root["id"]?.stringValue
      }
    }
    let fts5Run = try fts5(queries, repository: repository, options: options, context)

    let out = context.stdout
    out.line("query  text                                      cases nDCG  R@10   FTS5 nDCG  R@10")
    var totals = (0.0, 0.0, 0.0, 0.0)
    for query in queries {
      let relevant = judgements[query.id] ?? [:]
      let ours = (ndcg(casesRun[query.id] ?? [], relevant), recall(casesRun[query.id] ?? [], relevant))
      let theirs = (ndcg(fts5Run[query.id] ?? [], relevant), recall(fts5Run[query.id] ?? [], relevant))
      totals = (totals.0 + ours.0, totals.1 + ours.1, totals.2 + theirs.0, totals.3 + theirs.1)
      let text = String(query.text.prefix(40))
      out.line(
        "\(query.id.padding(6)) \(text.padding(41)) \(format(ours.0, digits: 3).leftPadded(10)) "
          + "\(format(ours.1, digits: 2).leftPadded(5))  \(format(theirs.0, digits: 3).leftPadded(9)) "
          + format(theirs.1, digits: 2).leftPadded(5))
    }
    let count = Double(max(queries.count, 1))
    out.line("")
    out.line(
      "mean over \(queries.count) queries: cases nDCG@10 \(format(totals.0 / count, digits: 3)), recall@10 "
        + "\(format(totals.1 / count, digits: 3)); FTS5 nDCG@10 \(format(totals.2 / count, digits: 3)), recall@10 "
        + format(totals.3 / count, digits: 3))
    if let folder = options.runs.map(context.absolutePath) {
      try? FileTree.createDirectories(folder)
      for (name, run) in [("cases", casesRun), ("fts5", fts5Run)] {
        let lines = queries.flatMap { query in
          (run[query.id] ?? []).enumerated().map { "\(query.id) Q0 \($1) \($0 + 1) \(10 - $0) \(name)\n" }
        }
        try AtomicFile.write(Array(lines.joined().utf8), to: "\(folder)/\(name).run")
      }
      out.line("runs written to \(folder)/cases.run and \(folder)/fts5.run")
    }
    return .success
  }

  /// nDCG@10 of a ranking against graded judgements.
  static func ndcg(_ ranking: [String], _ relevant: [String: Double]) -> Double {
    func discounted(_ gains: [Double]) -> Double {
      zip(gains, discounts).reduce(0) { $0 + $1.0 * $1.1 }
    }
    let ideal = discounted(Array(relevant.values.filter { $0 > 0 }.sorted(by: >).prefix(10)))
    guard ideal > 0 else { return 0 }
    return discounted(ranking.prefix(10).map { relevant[$0] ?? 0 }) / ideal
  }

  /// 1 / log2(rank + 1) for the ranks 1 to 10.
  static let discounts: [Double] = [
    1.0, 0.6309297535714575, 0.5, 0.43067655807339306, 0.38685280723454163, 0.3562071871080222, 0.3333333333333333,
    0.31546487678572877, 0.3010299956639812, 0.2890648263178879,
  ]

  /// The share of the relevant cases in the first 10.
  static func recall(_ ranking: [String], _ relevant: [String: Double]) -> Double {
    let wanted = Set(relevant.filter { $0.value > 0 }.keys)
    guard !wanted.isEmpty else { return 0 }
    return Double(Set(ranking.prefix(10)).intersection(wanted).count) / Double(wanted.count)
  }

  /// The FTS5 baseline's top 10 for each query.
  static func fts5(_ queries: [Query], repository: String, options: Options, _ context: CommandContext) throws
    -> [String: [String]]
  {
    guard let python = ChildProcess.find([options.python], path: context.environment["PATH"] ?? "/usr/bin:/bin")
    else { throw CommandFailure("python3 is needed for the FTS5 baseline") }
    let script = "/tmp/cases-bench-fts5-\(ProcessControl.id).py"
    defer { FileTree.removeTree(script) }
    try AtomicFile.write(Array(fts5Script.utf8), to: script)
    let input = queries.map { "\($0.id)\t\($0.text)\n" }.joined()
    let result = try runProgram(python, [script, repository + "/casestudies"], input: input)
    guard result.status == 0 else { throw CommandFailure("the FTS5 baseline failed: \(result.output)") }
    var run: [String: [String]] = [:]
    for line in result.output.split(separator: "\n") {
      let parts = line.split(separator: "\t")
      if parts.count == 2 { run[String(parts[0]), default: []].append(String(parts[1])) }
    }
    return run
  }

  /// Builds an in-memory FTS5 table over every string in each case file, then answers the
  /// queries read from standard input (id TAB text), printing id TAB case id, best first.
  static let fts5Script = """
    import glob, json, os, re, sqlite3, sys
    def strings(value):
        if isinstance(value, str): yield value
        elif isinstance(value, list):
            for item in value: yield from strings(item)
        elif isinstance(value, dict):
            for item in value.values(): yield from strings(item)
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='porter unicode61')")
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
        case = json.load(open(path, encoding="utf-8"))
        db.execute("INSERT INTO docs VALUES (?, ?)", (case.get("id", ""), "\\n".join(strings(case))))
    for line in sys.stdin:
        qid, _, text = line.rstrip("\\n").partition("\\t")
        words = re.findall(r"\\w+", text)
        if not words: continue
        match = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        for (doc,) in db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", (match,)):
            print(qid + "\\t" + doc)
    """
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
