import CaseIO
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

  struct Options: ParsableOptions, Sendable {
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
    switch FileTree.kind(of: folder) {
    case .file, .other: throw CommandFailure("\(shownFolder) exists and is not a folder")
    default: break
    }
    // A new hosted repository's README, licence and .gitignore are kept and built on.
    let (files, notes) = RepositoryTemplate.files(toolRepository: toolRepository) { path in
      (try? FileReader.read(folder + "/" + path)).map { String(decoding: $0, as: UTF8.self) }
    }
    let existing = files.filter { !$0.replacing }.map { folder + "/" + $0.path }.filter {
      FileTree.kind(of: $0) != .missing
    }
    guard existing.isEmpty else {
      throw CommandFailure(
        "\(Plural.count(existing.count, "file", "files")) of a new repository \(existing.count == 1 ? "exists" : "exist") already, so nothing was written: "
          + existing.prefix(5).map(context.displayPath).joined(separator: ", ") + (existing.count > 5 ? ", …" : ""),
        hints: ["Help:  choose an empty folder, or move those files away"], status: .failure)
    }
    var written: [String] = []
    for file in files {
      let path = folder + "/" + file.path
      do {
        if let slash = path.lastIndex(of: "/") { try FileTree.createDirectories(String(path[..<slash])) }
        try AtomicFile.write(Array(file.text.utf8), to: path, existing: file.replacing ? .replace : .fail)
        written.append(path)
      } catch {
        throw CommandFailure(
          "cannot write \(context.displayPath(path)): \(error.message)",
          hints: [
            "Help:  \(written.count) files were written before it; remove them (or fix the problem) and run `cases init` again"
          ])
      }
    }
    for note in notes { context.stderr.line("note: " + note) }
    let inPlace = FileTree.resolvedPath(folder) == FileTree.resolvedPath(context.currentDirectory)
    let into = inPlace ? "this folder" : shownFolder
    context.stdout.line("Created a case-study repository in \(into): \(Plural.count(files.count, "file", "files")).")
    context.stdout.line("")
    context.stdout.line("Next steps:")
    if !inPlace { context.stdout.line("  cd \(shownFolder)") }
    context.stdout.line("  cases validate                # the example case is valid")
    context.stdout.line("  cases add                     # add a real case (then delete the example)")
    let hasGit = FileTree.kind(of: folder + "/.git") != .missing
    context.stdout.line("  \(hasGit ? "" : "git init && ")git add . && git commit -m \"A case-study repository\"")
    if toolRepository == nil {
      context.stdout.line(
        "  on GitHub, set the repository variable CASES_TOOL_REPOSITORY to the cases tool's owner/name")
    }
    return .success
  }
}
