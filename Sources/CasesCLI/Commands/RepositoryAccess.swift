import CaseKit
import CommandLineKit

/// Opening the repository a command works on, with errors that say how to fix the problem.
enum RepositoryAccess {
  /// The repository from `--repo`, `CASES_REPO` or the folders above, with its schema loaded.
  static func open(_ global: GlobalOptions, _ context: CommandContext) throws -> CaseRepository {
    let location = try global.repository(in: context)
    do {
      return try CaseRepository(location: location)
    } catch {
      throw CommandFailure(
        "the repository's schema cannot be used: \(error)",
        hints: ["Help:  fix schemas/ (see `cases validate --check-schema`), or remove it to use the built-in schema"])
    }
  }
}
