import CaseIO
import CaseJSON
import CaseKit
import CommandLineKit

/// `cases fmt`: rewrites JSON files in the canonical form.
enum FmtCommand {
  static let command = Command(
    "fmt",
    abstract: "Rewrite JSON files in the canonical format.",
    discussion: """
      The canonical format: two-space indentation, one member or element per line, a final newline, \
      minimal escaping, and numbers exactly as written. Case-study files also get their keys in the order the \
      schema declares them. Files that do not parse are reported and left alone.
      """,
    arguments: [
      Argument(
        "path", "Files or folders to format (folders are searched for *.json; default: the repository's casestudies/).",
        optional: true, repeating: true, completion: .file(extensions: ["json"]))
    ],
    options: [.flag("check", "Change nothing; list the files that would change and exit 1 if there are any.")],
    action: run
  )

  static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitStatus {
    let check = arguments.flag("check")
    let printer = DiagnosticPrinter(style: arguments.errorStyle(context))
    var paths = arguments.arguments("path").map(context.absolutePath)
    // Case files take the key order of the repository's schema; without paths, the repository is required.
    let repository = paths.isEmpty ? try RepositoryAccess.open(arguments, context) : try? RepositoryAccess.open(arguments, context)
    if paths.isEmpty, let repository { paths = [repository.location.caseStudiesFolder] }

    var status = ExitStatus.success
    var files: [String] = []
    for path in paths {
      switch FileTree.kind(of: path) {
      case .directory:
        do {
          files += try FileTree.files(under: path)
        } catch {
          context.stderr.line(printer.render(Diagnostic(.error, path: context.displayPath(path), message: error.message)))
          status = status.combined(with: .error)
        }
      case .missing:
        context.stderr.line(
          printer.render(Diagnostic(.error, path: context.displayPath(path), message: "no such file or directory")))
        status = status.combined(with: .error)
      default:
        files.append(path)
      }
    }

    let plain = CanonicalFormat()
    let caseFormat = repository?.schema.caseFormat
    var changed = 0
    for file in files {
      let shown = context.displayPath(file)
      let isCaseFile = repository.map { file.hasPrefix($0.location.caseStudiesFolder + "/") } ?? false
      let formatter = isCaseFile ? caseFormat ?? plain : plain
      do {
        let original = try FileReader.read(file)
        let formatted = try formatter.format(original)
        guard formatted != original else { continue }
        changed += 1
        if !check { try AtomicFile.write(formatted, to: file) }
        context.stdout.line(shown)
      } catch let error as JSONParseError {
        context.stderr.line(
          printer.render(Diagnostic(.error, path: shown, location: error.location, message: error.message)))
        status = status.combined(with: .error)
      } catch let error as FileError {
        context.stderr.line(printer.render(Diagnostic(.error, path: shown, message: error.message)))
        status = status.combined(with: .error)
      }
    }
    let noun = files.count == 1 ? "file" : "files"
    if check {
      context.stderr.line(
        changed == 0
          ? "\(files.count) \(noun) checked: all formatted"
          : "\(files.count) \(noun) checked: \(changed) would be reformatted (run `cases fmt` to fix)")
      if changed > 0 { status = status.combined(with: .failure) }
    } else {
      context.stderr.line("\(files.count) \(noun) checked: \(changed) reformatted")
    }
    return status
  }
}
