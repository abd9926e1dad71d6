import CaseKit
import CommandLineKit

/// `cases export`: the case studies as CSV, JSON Lines, OpenSearch bulk requests, a Markdown
/// catalogue, a Jekyll collection or a self-contained HTML page.
enum ExportCommand {
  static let command = Command(
    "export",
    abstract: "Export the case studies for spreadsheets, search servers and websites.",
    discussion: """
      Formats (cases in order of id; the same cases always give the same bytes):
        csv              one row per case, for spreadsheets (columns below)
        jsonl            one case per line, whole, keys in the schema's order
        opensearch-bulk  bulk-API requests for OpenSearch or Elasticsearch
        md               one Markdown catalogue with contents, grouped by topic
        jekyll           a Jekyll collection, DIR/_cases/ID.md (needs --output DIR)
        html             one self-contained page with filters and search

      opensearch-bulk writes, for each case, the line {"index":{"_index":"cases","_id":ID}} and then \
      the case. With --output DIR it writes DIR/bulk.ndjson and DIR/mapping.json, the index mapping \
      to PUT to /cases before posting the requests; without, only the requests go to standard output.

      jekyll pages have YAML front matter (id, title, summary, topics, countries, places, \
      public_bodies, organisations, levels, system_kinds, engagement_methods, impact_directions, tags, \
      start, end, ongoing, year, outcome, sources (with copy_of for a source marked as a copy), licence) and the case in Markdown. The html page fetches \
      nothing: its styles and script are inside it.

      CSV columns: id, title, summary, year (the first year), start, end (the period as \
      recorded), ongoing (yes or empty), topics, countries, subdivisions, places, public_bodies, \
      organisations, levels, systems, system_kinds, engagement_methods, impact_directions, outcome, tags, \
      sources (URLs), copied_sources (how many sources are marked as copies), licence (the case's, or the \
      repository's default). Several values in a cell are joined with "; ". The file starts with a UTF-8 \
      byte-order mark, so that spreadsheets read accents right, and has CRLF line ends (RFC 4180).

      Without --output (or with -) a single-file format goes to standard output. An existing \
      file, or a folder that is not empty (DIR/_cases for jekyll), is not overwritten unless \
      --force; files are written atomically, and DIR/_cases is replaced as a whole in one step \
      (with --force, pages of cases no longer exported go). Filters are those of `cases list`. If a case file is not \
      valid, nothing is exported (exit 1) and the files are named, unless --skip-invalid.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Option("format", "What to export.", required: true) var format: ExportFormat?
    @Option(
      "output", short: "o", valueName: "path", "The file (or folder) to write; - for standard output.",
      completion: .file(extensions: []))
    var output: String?
    @Flag("force", "Replace an existing file, or write into a folder that is not empty.") var force: Bool
    @Flag("skip-invalid", "Export the valid cases even when some case files are not valid (they are named).")
    var skipInvalid: Bool
    @OptionGroup var filters: FilterOptions
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    // swift-format-ignore: NeverForceUnwrap
    // The option is required: the parser stops without it.
    let format = options.format!
    let output = options.output.flatMap { $0 == "-" ? nil : context.absolutePath($0) }
    if format == .jekyll && output == nil {
      throw UsageError("--format jekyll writes a folder of files; name it with --output <path>")
    }
    let leftOut: CaseLoading.LeftOut =
      options.skipInvalid ? .note : .fail(hint: "fix them, or add --skip-invalid to export the others")
    let (repository, filter, cases) = try CaseLoading.matching(
      options.global, options.filters, context, leftOut: leftOut)
    guard !cases.isEmpty else {
      context.stderr.line("no case studies\(filter.isEmpty ? "" : " match"); nothing exported")
      return .failure
    }
    let files = format.export(cases, schema: repository.schema)
    guard let output else {
      context.stdout.write(bytes: files[0].bytes)
      return .success
    }
    do {
      if format.writesFolder {
        try ExportWriter.writeFolder(files, to: output, force: options.force)
      } else {
        try ExportWriter.write(files[0].bytes, to: output, force: options.force)
      }
    } catch {
      throw failure(error, context: context)
    }
    let noun = cases.count == 1 ? "case study" : "case studies"
    context.stderr.line("exported \(cases.count) \(noun) to \(context.displayPath(output))")
    return .success
  }

  /// The failure in words, with what to do.
  private static func failure(_ failure: ExportWriter.Failure, context: CommandContext) -> CommandFailure {
    switch failure {
    case .exists(let path):
      return CommandFailure(
        "\(context.displayPath(path)) already exists",
        hints: ["Help:  add --force to replace it, or choose another --output"])
    case .notAFolder(let path):
      return CommandFailure("\(context.displayPath(path)) is not a folder")
    case .notEmpty(let path, let replacedWhole):
      return CommandFailure(
        "\(context.displayPath(path)) is not empty",
        hints: [
          "Help:  add --force to "
            + (replacedWhole
              ? "replace it whole (pages of cases no longer exported are removed)"
              : "write into it (files of the same names are replaced)")
            + ", or choose another --output"
        ])
    case .cannotCreate(let error):
      return CommandFailure("cannot create \(context.displayPath(error.path)): \(error.message)")
    case .cannotWrite(let error, let unchanged):
      return CommandFailure(
        "cannot write \(context.displayPath(error.path)): \(error.message)"
          + (unchanged.map { "; \(context.displayPath($0)) is unchanged" } ?? ""))
    }
  }
}

extension ExportFormat: ArgumentChoice {}
