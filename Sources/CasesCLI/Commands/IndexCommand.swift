import CaseKit
import CommandLineKit

/// `cases index`: builds the search index, or checks it.
enum IndexCommand {
  static let command = Command(
    "index",
    abstract: "Build the search index of the case studies.",
    discussion: """
      The index is one file, .cases/index.bin, which git ignores. `cases search` keeps it up to date by \
      itself (it rebuilds the index when case files were added, changed or removed), so this command is for \
      building it ahead of time and for checking it. Files that are not valid case studies are left out.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Flag("check", "Check that the index is whole and up to date instead of building it (exit 1 if not).")
    var check: Bool
    @Option(
      "jobs", short: "j", valueName: "n", "Threads to read the case files with (default: one per processor).",
      in: 1...256)
    var jobs: Int?
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let location = try options.global.repository(in: context)
    if options.check { return try check(location, context: context) }
    let repository = try RepositoryAccess.open(options.global, context)
    let report: CaseIndex.BuildReport
    do {
      report = try CaseIndex.build(repository, threads: options.jobs)
    } catch {
      throw CommandFailure("cannot build the search index: \(error)")
    }
    SearchNotes(context: context, style: options.global.errorStyle(context)).leftOut(report.skipped.count)
    context.stdout.line(
      "Indexed \(Plural.count(report.indexed, "case study", "case studies")) into "
        + "\(context.displayPath(CaseIndex.path(location))) (\(ByteCount.text(report.bytes)), \(DurationText.text(report.seconds)))"
    )
    return .success
  }

  /// `--check`: every checksum, and whether the case files changed since.
  static func check(_ location: RepositoryLocation, context: CommandContext) throws -> ExitStatus {
    let path = context.displayPath(CaseIndex.path(location))
    let outcome: CaseIndex.Check
    do {
      outcome = try CaseIndex.check(location)
    } catch {
      throw CommandFailure(error.description)
    }
    switch outcome {
    case .missing:
      context.stderr.line("\(path): there is no search index yet; run `cases index` to build it")
      return .failure
    case .damaged(let reason):
      context.stderr.line("\(path): \(reason); run `cases index` to rebuild it")
      return .failure
    case .stale(let staleness):
      context.stderr.line("\(path): \(SearchNotes.reason(staleness)); run `cases index` to rebuild it")
      return .failure
    case .whole(let documents, let terms, let bytes):
      context.stdout.line(
        "\(path): whole and up to date (\(Plural.count(documents, "case study", "case studies")), "
          + "\(Plural.count(terms, "term", "terms")), \(ByteCount.text(bytes)))")
      return .success
    }
  }
}
