import CaseIO
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
      public_bodies, levels, system_kinds, engagement_methods, impact_directions, tags, start, end, \
      ongoing, year, outcome, sources, licence) and the case in Markdown. The html page fetches \
      nothing: its styles and script are inside it.

      CSV columns: id, title, summary, year (the first year), start, end (the period as \
      recorded), ongoing (yes or empty), topics, countries, subdivisions, places, public_bodies, \
      levels, systems, system_kinds, engagement_methods, impact_directions, outcome, tags, sources \
      (URLs), licence. Several values in a cell are joined with "; ". The file starts with a UTF-8 \
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

  struct Options: ParsableOptions, Sendable {
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
    let force = options.force
    if format.writesFolder {
      try writeFolder(files, to: output, force: force, context: context)
    } else {
      try write(files[0].bytes, to: output, force: force, context: context)
    }
    let noun = cases.count == 1 ? "case study" : "case studies"
    context.stderr.line("exported \(cases.count) \(noun) to \(context.displayPath(output))")
    return .success
  }

  private static func write(_ bytes: [UInt8], to path: String, force: Bool, context: CommandContext) throws {
    do {
      try AtomicFile.write(bytes, to: path, existing: force ? .replace : .fail)
    } catch let error where error.reason == .alreadyExists {
      throw CommandFailure(
        "\(context.displayPath(path)) already exists",
        hints: ["Help:  add --force to replace it, or choose another --output"])
    } catch {
      throw CommandFailure("cannot write \(context.displayPath(error.path)): \(error.message)")
    }
  }

  /// Writes `files` under `folder`. Files in a subfolder (`DIR/_cases/…`) replace that
  /// subfolder as a whole, in one step; files at the top are each written atomically. Without
  /// `force`, the folders written into must be empty.
  private static func writeFolder(
    _ files: [ExportFormat.File], to folder: String, force: Bool, context: CommandContext
  ) throws {
    guard [.missing, .directory].contains(FileTree.kind(of: folder)) else {
      throw CommandFailure("\(context.displayPath(folder)) is not a folder")
    }
    func notEmpty(_ path: String, replaced: Bool) -> CommandFailure {
      CommandFailure(
        "\(context.displayPath(path)) is not empty",
        hints: [
          "Help:  add --force to "
            + (replaced
              ? "replace it whole (pages of cases no longer exported are removed)"
              : "write into it (files of the same names are replaced)")
            + ", or choose another --output"
        ])
    }
    let grouped = Dictionary(grouping: files) { file in
      file.path.split(separator: "/").count > 1 ? String(file.path.split(separator: "/")[0]) : ""
    }
    if grouped[""] != nil, !force, !((try? FileTree.names(in: folder)) ?? []).isEmpty {
      throw notEmpty(folder, replaced: false)
    }
    do throws(FileError) {
      try FileTree.createDirectories(folder)
    } catch {
      throw CommandFailure("cannot create \(context.displayPath(error.path)): \(error.message)")
    }
    for (subfolder, members) in grouped.sorted(by: { $0.key < $1.key }) {
      guard !subfolder.isEmpty else {
        for file in members { try write(file.bytes, to: folder + "/" + file.path, force: force, context: context) }
        continue
      }
      let target = folder + "/" + subfolder
      do throws(FileError) {
        try AtomicFolder.write(
          members.map { (String($0.path.dropFirst(subfolder.count + 1)), $0.bytes) }, to: target, replacing: force)
      } catch  where error.reason == .alreadyExists {
        throw notEmpty(target, replaced: true)
      } catch {
        throw CommandFailure(
          "cannot write \(context.displayPath(error.path)): \(error.message); \(context.displayPath(target)) is unchanged"
        )
      }
    }
  }
}

extension ExportFormat: ArgumentChoice {}
