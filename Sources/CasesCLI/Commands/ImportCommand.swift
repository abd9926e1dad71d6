import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// `cases import FORMAT …`: case studies from other catalogues and from this tool's exports.
enum ImportCommand {
  static let command = Command(
    "import",
    abstract: "Import case studies from PAVE, ATRS, the AI Incident Database, or a CSV or JSON Lines export.",
    discussion: """
      Each record becomes a case study of format version 2 with only what the record says. A case the \
      schema accepts is written to casestudies/; one that lacks required facts (a summary, a source) is \
      written as a draft to .cases/drafts/, which `cases add --edit --from DRAFT` finishes. A record whose \
      id in the catalogue (external_ids) or, for CSV and JSON Lines, whose case id a case file already has \
      is matched to that file: the same content is "unchanged"; other content is "kept" as the file is (it \
      may be a curated case holding more than the record) unless --update replaces it. Importing the same \
      source twice never duplicates a case.

      The report lists, for each record, where it went, the fields imported, the fields with no home in the \
      schema (kept under `extensions`), the vocabulary values mapped to terms and those no term matches (with \
      the nearest terms), and what is missing. One bad record never stops the others; the exit status is 1 \
      when any record could not be read or written.
      """,
    subcommands: [pave, atrs, aiid, csv, jsonl]
  )

  static let pave = Command(
    "pave",
    abstract: "Import case files of the PAVE case book (connectedbydata/pave).",
    discussion: """
      PATH is a case file (_cases/NAME.md), a folder of them, or the case book's root. The organisations, \
      participant groups, locations, resources and messages the cases link to are read from the folders beside \
      _cases (_organisations, _participants, …) when they are there; without them, what they would give is \
      reported missing. Both key styles of PAVE's exports are read: readable keys and Airtable field ids \
      (translated with _data/schema_map.yml when present).
      """,
    options: PAVEOptions.self, run: runPAVE)

  static let jsonl = Command(
    "jsonl",
    abstract: "Import the cases of a `cases export --format jsonl` file.",
    discussion: """
      FILE (or - for standard input) holds one whole case per line. Cases of format version 1 are migrated. \
      Exported, imported into an empty repository and exported again, the file is the same.
      """,
    options: FileOptions.self,
    run: { options, context in
      try runFile(options, context) { bytes, shown, _ in ImportSource.jsonLines(bytes, origin: shown) }
    })

  static let atrs = Command(
    "atrs",
    abstract: "Import UK Algorithmic Transparency Recording Standard records (GOV.UK Content API JSON).",
    discussion: """
      FILE holds the JSON GOV.UK's Content API gives for a record \
      (https://www.gov.uk/api/content/algorithmic-transparency-records/SLUG), or an array of such documents. \
      The organisation (a UK public body) comes from the record's title ("Organisation: Tool") and its type; \
      the function becomes topics, the capability system kinds, the phase the system's status, the region a \
      subdivision, the record's text the system description, and its GOV.UK page the source; the slug is \
      external_ids.atrs.
      """,
    options: FileOptions.self, run: { options, context in try runFile(options, context, read: ImportSource.atrs) })

  static let aiid = Command(
    "aiid",
    abstract: "Import AI Incident Database incidents (incidents.csv of its snapshot).",
    discussion: """
      FILE is incidents.csv from the database's weekly snapshot (https://incidentdatabase.ai/research/snapshots/). \
      The reports.csv beside it, when there, gives each incident's sources; without it, cases lack sources and \
      become drafts. Deployers and developers become organisations and harmed parties affected groups, by \
      their ids in the database (their names are not in the CSV files); incident_id is external_ids.aiid.
      """,
    options: FileOptions.self,
    run: { options, context in
      try runFile(options, context) { bytes, shown, schema in
        let folder = context.absolutePath(options.file).split(separator: "/").dropLast().joined(separator: "/")
        let reports = options.file == "-" ? nil : try? context.readInput("/" + folder + "/reports.csv").bytes
        return ImportSource.aiid(bytes, origin: shown, reports: reports, schema: schema)
      }
    })

  static let csv = Command(
    "csv",
    abstract: "Import the cases of a `cases export --format csv` file.",
    discussion: """
      FILE (or - for standard input) has the columns of `cases export --format csv`. The export flattens a \
      case, so a row gives back what has one place in a case: id, title, summary, period, topics, countries, \
      places, organisations (a public body's country and level when the row has one of each), systems, tags, \
      outcome, sources (by address; the export has no titles) and licence. Other columns are kept under \
      extensions. Cases with those alone export again as they were.
      """,
    options: FileOptions.self, run: { options, context in try runFile(options, context, read: ImportSource.csv) })

  enum Format: String, ArgumentChoice { case text, json }

  struct FileOptions: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument("file", "The file to import (- for standard input).", completion: .file(extensions: []))
    var file: String
    @Flag("dry-run", "Write nothing; report what would be written.") var dryRun: Bool
    @Flag("update", "Replace a case file a record matches when it differs (it is kept otherwise).") var update: Bool
    @Option("format", "How to report.", default: Format.text) var format: Format
  }

  static func runFile(
    _ options: FileOptions, _ context: CommandContext,
    read: ([UInt8], String, CaseStudySchema) throws -> ImportSource
  ) throws -> ExitStatus {
    let repository = try RepositoryAccess.open(options.global, context)
    let (bytes, shown) = try context.readInput(options.file)
    let source = try read(bytes, shown, repository.schema)
    return try write(
      source, repository: repository, dryRun: options.dryRun, update: options.update, format: options.format,
      global: options.global, context)
  }

  struct PAVEOptions: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument(
      "path", "PAVE case files, folders of them, or the case book's root.", completion: .file(extensions: ["md"]))
    var paths: [String]
    @Flag("dry-run", "Write nothing; report what would be written.") var dryRun: Bool
    @Flag("update", "Replace a case file a record matches when it differs (it is kept otherwise).") var update: Bool
    @Option("format", "How to report.", default: Format.text) var format: Format
  }

  static func runPAVE(_ options: PAVEOptions, _ context: CommandContext) throws -> ExitStatus {
    guard !options.paths.isEmpty else {
      throw UsageError("give the PAVE case files, a folder of them, or the case book's root")
    }
    let repository = try RepositoryAccess.open(options.global, context)
    let today = PartialDate.today()
    let source = ImportSource.pave(
      options.paths.map(context.absolutePath), schema: repository.schema, currentYear: today.year)
    return try write(
      source, repository: repository, dryRun: options.dryRun, update: options.update, format: options.format,
      global: options.global, context)
  }

  static func write(
    _ source: ImportSource, repository: CaseRepository, dryRun: Bool, update: Bool, format: Format,
    global: GlobalOptions, _ context: CommandContext
  ) throws -> ExitStatus {
    let importer: CaseImport
    do {
      importer = try CaseImport(repository: repository, today: .today())
    } catch {
      throw CommandFailure("cannot list the case studies: \(error)")
    }
    let results = importer.run(source.cases, dryRun: dryRun, update: update)
    let failed = source.problems.count + results.filter { if case .failed = $0.outcome { true } else { false } }.count
    switch format {
    case .json:
      context.stdout.write(JSONWriter().string(ImportReportJSON.document(results, problems: source.problems, context)))
    case .text:
      ImportReportText(context: context, style: global.outputStyle(context))
        .render(results, problems: source.problems, dryRun: dryRun)
    }
    return failed > 0 ? .failure : .success
  }
}
