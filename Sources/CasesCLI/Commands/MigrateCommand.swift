import CaseKit
import CaseText
import CommandLineKit

/// `cases migrate`: rewrites version-1 case files (and a version-1 schema made by `cases init`)
/// as version 2.
enum MigrateCommand {
  static let command = Command(
    "migrate",
    abstract: "Rewrite case files of format version 1 as version 2, losing nothing.",
    discussion: """
      Version 2 keeps every field of version 1 but one: public_bodies becomes organisations, each body an \
      organisation of kind public-body with the same name, country, level, type, roles and web page. \
      schema_version becomes 2.0.0 and the file is written in the canonical format. Files already of \
      version 2 are left alone, so running it twice changes nothing the second time.

      A repository made by `cases init` has its own copy of the schema in schemas/. When that copy is \
      version 1 exactly as `cases init` wrote it, it is replaced by the version-2 schema. When it has been \
      changed, nothing is written unless --replace-schemas is given; the old schemas/ is then kept in \
      .cases/schemas-version-1/ so that your changes can be carried over by hand.

      --check writes nothing and exits 1 when anything would change; --dry-run writes nothing and shows \
      each change as a diff.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Flag("check", "Change nothing; list the files that would change, and exit 1 if there are any.")
    var check: Bool
    @Flag("dry-run", "Change nothing; show each change as a diff.") var dryRun: Bool
    @Flag(
      "replace-schemas",
      "Replace a version-1 schema that has been changed, keeping the old one in .cases/schemas-version-1/.")
    var replaceSchemas: Bool
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    if options.check && options.dryRun {
      throw UsageError("--check and --dry-run cannot be used together; --check lists, --dry-run shows the diffs")
    }
    let repository = try RepositoryAccess.open(options.global, context)
    let printer = DiagnosticPrinter(style: options.global.errorStyle(context))
    let plan: RepositoryMigration
    do {
      plan = try RepositoryMigration.plan(repository)
    } catch {
      throw CommandFailure("cannot list the case studies: \(error)")
    }
    for problem in plan.problems {
      for finding in problem.findings {
        context.stderr.line(printer.render(Diagnostic(finding, path: context.displayPath(problem.path))))
      }
    }
    func shown(_ path: String) -> String { TerminalText.escaped(context.displayPath(path), singleLine: true) }
    let schemaLine: String?
    switch plan.schema {
    case .none: schemaLine = nil
    case .replaceDefault:
      schemaLine = "schemas/ (version 1, as `cases init` wrote it) is replaced by the version-2 schema"
    case .customised(let paths):
      schemaLine =
        "schemas/ is version 1 with changes (\(paths.map { TerminalText.escaped($0, singleLine: true) }.joined(separator: ", ")))"
    }
    let noun = plan.changes.count == 1 ? "case file" : "case files"
    let problemStatus: ExitStatus = plan.problems.contains { $0.status == .error } ? .error : .success

    if options.check || options.dryRun {
      if let schemaLine { context.stdout.line(schemaLine) }
      for change in plan.changes {
        if options.dryRun {
          let diff = LineDiff.hunks(
            from: String(decoding: change.original, as: UTF8.self), to: String(decoding: change.migrated, as: UTF8.self)
          )
          context.stdout.write("--- \(shown(change.path))\n+++ \(shown(change.path)) (version 2)\n")
          // The files are not yet checked: their text is a stranger's.
          context.stdout.write(TerminalText.escaped(diff.map(\.text).joined()))
        } else {
          context.stdout.line(shown(change.path))
        }
      }
      let pending = !plan.changes.isEmpty || plan.schema != .none
      context.stderr.line(
        pending
          ? "\(plan.changes.count) \(noun) would be migrated to version 2 (run `cases migrate`); "
            + "\(plan.unchanged.count) already current"
          : "nothing to migrate: \(plan.unchanged.count) case file\(plan.unchanged.count == 1 ? " is" : "s are") current"
      )
      if case .customised = plan.schema {
        context.stderr.line("Help:  `cases migrate --replace-schemas` replaces it, keeping a copy of the old one")
      }
      return problemStatus.combined(with: options.check && pending ? .failure : .success)
    }

    do {
      try plan.apply(to: repository.location, replacingCustomSchemas: options.replaceSchemas)
    } catch .customisedSchema(let paths) {
      throw CommandFailure(
        "the repository's schema is version 1 and has been changed (\(paths.map { TerminalText.escaped($0, singleLine: true) }.joined(separator: ", "))); nothing was migrated",
        hints: [
          "Help:  run `cases migrate --replace-schemas` to use the version-2 schema, keeping the old one in "
            + "\(shown(RepositoryMigration.schemaBackupFolder(repository.location))) to carry your changes over"
        ])
    } catch .cannotWrite(let error) {
      throw CommandFailure(
        "cannot write \(shown(error.path)): \(error.message)",
        hints: ["Help:  the files before it were migrated; fix the problem and run `cases migrate` again"])
    }
    if let schemaLine { context.stdout.line(schemaLine) }
    if case .customised = plan.schema {
      context.stdout.line(
        "the old schema files are in \(shown(RepositoryMigration.schemaBackupFolder(repository.location)))")
    }
    for change in plan.changes { context.stdout.line(shown(change.path)) }
    context.stderr.line(
      plan.changes.isEmpty && plan.schema == .none
        ? "nothing to migrate: \(plan.unchanged.count) case file\(plan.unchanged.count == 1 ? " is" : "s are") current"
        : "\(plan.changes.count) \(noun) migrated to version 2; \(plan.unchanged.count) already current")
    return problemStatus
  }
}
