import CaseIO
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

extension CommandContext {
  /// The bytes of a file named on the command line (relative to the working directory), or
  /// of standard input for `-`, and its name as the user should see it (`<stdin>` for `-`).
  ///
  /// - Throws: ``CommandFailure`` naming the file when it cannot be read.
  func readInput(_ argument: String) throws -> (bytes: [UInt8], shown: String) {
    if argument == "-" { return (stdin.readAll(), "<stdin>") }
    let path = absolutePath(argument)
    do {
      return (try FileReader.read(path), displayPath(path))
    } catch {
      throw CommandFailure("\(displayPath(path)): \(error.message)")
    }
  }

  /// `path` as the user should see it: relative to the working directory when inside it.
  func displayPath(_ path: String) -> String {
    guard currentDirectory != "/" else { return path }
    let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
