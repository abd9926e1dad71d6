import CaseKit
import CommandLineKit

/// `cases init [DIR]`: a new case-study repository, never overwriting anything.
enum InitCommand {
  static let command = Command(
    "init",
    abstract: "Create a new case-study repository.",
    discussion: """
      Creates casestudies/ with one fictional example case, schemas/ with the default schema and \
      vocabularies, a .gitignore, a GitHub Actions workflow (.github/workflows/validate.yml) that builds \
      `cases` and runs `cases validate --format github` on every pull request, and a README for \
      contributors. The folder may exist and hold other files, such as a new GitHub repository's \
      README, licence and .gitignore: the README is kept (the guide for contributors then goes to \
      CONTRIBUTING.md) and the .gitignore gets the lines it lacks. If any other of these files \
      exists, nothing is written.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument(
      "dir", "The folder to create the repository in (default: the current folder).", completion: .directory)
    var dir: String?
    @Option(
      "tool-repository", valueName: "owner/name",
      "The GitHub repository the workflow builds `cases` from (default: the repository variable CASES_TOOL_REPOSITORY)."
    )
    var toolRepository: String?
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let folder = context.absolutePath(options.dir ?? ".")
    let shownFolder = context.displayPath(folder)
    let toolRepository = options.toolRepository
    if let toolRepository,
      toolRepository.split(separator: "/").count != 2 || toolRepository.contains(where: { $0 == " " || $0 == "'" })
    {
      throw UsageError(
        "The value '\(toolRepository)' is invalid for '--tool-repository <owner/name>'; write it as owner/name")
    }
    let report: RepositoryCreation.Report
    do {
      report = try RepositoryCreation.create(in: folder, toolRepository: toolRepository)
    } catch .notAFolder {
      throw CommandFailure("\(shownFolder) exists and is not a folder")
    } catch .exists(let existing) {
      throw CommandFailure(
        "\(Plural.count(existing.count, "file", "files")) of a new repository "
          + "\(existing.count == 1 ? "exists" : "exist") already, so nothing was written: "
          + existing.prefix(5).map(context.displayPath).joined(separator: ", ") + (existing.count > 5 ? ", …" : ""),
        hints: ["Help:  choose an empty folder, or move those files away"], status: .failure)
    } catch .cannotWrite(let path, let error, let written) {
      throw CommandFailure(
        "cannot write \(context.displayPath(path)): \(error.message)",
        hints: [
          "Help:  \(written) files were written before it; remove them (or fix the problem) and run `cases init` again"
        ])
    }
    for note in report.notes { context.stderr.line("note: " + note) }
    let inPlace = context.isCurrentDirectory(folder)
    let into = inPlace ? "this folder" : shownFolder
    context.stdout.line("Created a case-study repository in \(into): \(Plural.count(report.written, "file", "files")).")
    context.stdout.line("")
    context.stdout.line("Next steps:")
    if !inPlace { context.stdout.line("  cd \(shownFolder)") }
    context.stdout.line("  cases validate                # the example case is valid")
    context.stdout.line("  cases add                     # add a real case (then delete the example)")
    context.stdout.line(
      "  \(report.hasGit ? "" : "git init && ")git add . && git commit -m \"A case-study repository\"")
    if toolRepository == nil {
      context.stdout.line(
        "  on GitHub, set the repository variable CASES_TOOL_REPOSITORY to the cases tool's owner/name")
    }
    return .success
  }
}
