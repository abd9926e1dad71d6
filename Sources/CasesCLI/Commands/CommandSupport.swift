import CaseKit
import CommandLineKit

extension GlobalOptions {
  /// The repository the command works on, from `--repo`, `CASES_REPO` or the folders above.
  ///
  /// - Throws: ``CommandFailure`` explaining how to point `cases` at a repository.
  func repository(in context: CommandContext) throws -> RepositoryLocation {
    do {
      return try RepositoryLocation.find(
        explicit: repo.map(context.absolutePath), environment: context.environment, from: context.currentDirectory)
    } catch {
      throw CommandFailure(error.description, hints: ["Help:  " + error.hint])
    }
  }

  /// Styling for standard error.
  func errorStyle(_ context: CommandContext) -> TextStyle {
    TextStyle(enabled: context.usesColor(context.stderr, mode: color.rawValue))
  }

  /// Styling for standard output.
  func outputStyle(_ context: CommandContext) -> TextStyle {
    TextStyle(enabled: context.usesColor(context.stdout, mode: color.rawValue))
  }
}
