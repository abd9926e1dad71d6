import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// `cases fmt`: rewrites JSON files in the canonical form.
enum FmtCommand {
  static let command = Command(
    "fmt",
    abstract: "Rewrite JSON files in the canonical format.",
    discussion: """
      The canonical format: two-space indentation, one member or element per line, a final newline, \
      minimal escaping, and numbers exactly as written. Case-study files also get their keys in the order the \
      schema declares them. Files that do not parse are reported and left alone. With --check, nothing is \
      written: each file that would change is shown with a diff (or, with --format github, annotated).
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    enum Format: String, ArgumentChoice { case text, github }

    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument(
      "path", "Files or folders to format (folders are searched for *.json; default: the repository's casestudies/).",
      completion: .file(extensions: ["json"]))
    var paths: [String]
    @Flag("check", "Change nothing; show the files that would change, with a diff, and exit 1 if there are any.")
    var check: Bool
    @Option("format", "How --check reports.", default: Format.text) var format: Format
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let check = options.check
    let github = options.format == .github
    let printer = DiagnosticPrinter(style: options.global.errorStyle(context))
    let given = options.paths.map(context.absolutePath)
    // Case files take the key order of the repository's schema; without paths, the repository is required.
    let repository =
      given.isEmpty
      ? try RepositoryAccess.open(options.global, context) : try? RepositoryAccess.open(options.global, context)
    var items: [ValidationInputs.Item]
    if given.isEmpty, let repository {
      let list: CaseFileList
      do {
        list = try repository.caseFiles()
      } catch {
        throw CommandFailure("cannot list the case studies: \(error)")
      }
      items = list.paths.map(ValidationInputs.Item.file) + list.problems.map(ValidationInputs.Item.problem)
    } else {
      items = ValidationInputs.collect(given, repository: repository?.location)
    }

    var status = ExitStatus.success
    func report(_ diagnostic: Diagnostic) {
      if github {
        context.stdout.line(GitHubReport.annotation(diagnostic, tool: "cases fmt"))
      } else {
        context.stderr.line(printer.render(diagnostic))
      }
      if diagnostic.finding.severity == .error { status = status.combined(with: .error) }
    }
    var files = 0
    var changed = 0
    var failed = 0
    for item in items {
      guard case .file(let file) = item else {
        if case .problem(let problem) = item {
          for finding in problem.findings {
            report(Diagnostic(finding, path: context.displayPath(problem.path)))
          }
        }
        continue
      }
      files += 1
      let shown = TerminalText.escaped(context.displayPath(file), singleLine: true)
      do {
        let (original, formatted) = try CanonicalFormat.forFile(file, in: repository).reformat(file, write: !check)
        guard formatted != original else { continue }
        if check {
          changed += 1
          let diff = LineDiff.hunks(
            from: String(decoding: original, as: UTF8.self), to: String(decoding: formatted, as: UTF8.self))
          if github {
            let line = diff.first.map { SourceLocation(offset: 0, line: $0.oldStart, column: 1) }
            context.stdout.line(
              GitHubReport.annotation(
                Diagnostic(
                  .error, path: shown, location: line, message: "not in the canonical format; run `cases fmt \(shown)`",
                  rule: "fmt"), tool: "cases fmt"))
          } else {
            context.stdout.write("--- \(shown)\n+++ \(shown) (formatted)\n" + diff.map(\.text).joined())
          }
        } else {
          changed += 1
          context.stdout.line(shown)
        }
      } catch .notJSON(let error) {
        report(Diagnostic(.error, path: shown, location: error.location, message: error.message, rule: "json"))
      } catch .file(let error) {
        failed += 1
        report(Diagnostic(.error, path: shown, message: error.message))
      }
    }
    let noun = files == 1 ? "file" : "files"
    var summary: String
    if check {
      summary =
        changed == 0
        ? "\(files) \(noun) checked: all formatted"
        : "\(files) \(noun) checked: \(changed) would be reformatted (run `cases fmt` to fix)"
      if changed > 0 { status = status.combined(with: .failure) }
    } else {
      summary = "\(files) \(noun) checked: \(changed) reformatted"
      if failed > 0 { summary += ", \(failed) could not be written" }
    }
    context.stderr.line(summary)
    return status
  }
}
