import CaseKit
import CommandLineKit

/// The schema of `cases validate --schema`, loaded through CaseKit, its problems printed with
/// their positions (exit status 2).
enum SchemaLoading {
  static func load(
    _ path: String, options: ValidateCommand.Options, context: CommandContext, printer: DiagnosticPrinter
  ) throws -> StandaloneSchema {
    var request = StandaloneSchema.Request(path: path)
    request.draft = options.draft?.rawValue
    request.references = options.references.map(context.absolutePath)
    request.assertsFormats = options.assertFormats
    for mapping in options.referenceMaps {
      guard let equals = mapping.firstIndex(of: "="), equals != mapping.startIndex else {
        throw UsageError("The value '\(mapping)' is invalid for '--ref-map <prefix=dir>': expected PREFIX=DIR")
      }
      request.prefixMaps.append(
        (String(mapping[..<equals]), context.absolutePath(String(mapping[mapping.index(after: equals)...]))))
    }
    let shown = context.displayPath(path)
    do {
      return try StandaloneSchema.load(request)
    } catch .invalid(let problems) {
      for problem in problems {
        context.stderr.line(printer.render(Diagnostic(problem, path: shown)))
      }
      throw CommandFailure(
        "\(shown) is not a valid schema: \(problems.count) problem\(problems.count == 1 ? "" : "s") found by its metaschema"
      )
    } catch .unusable(let problem) {
      let diagnostic = Diagnostic(
        .error, path: problem.document.map { $0.hasPrefix("/") ? context.displayPath($0) : $0 } ?? shown,
        location: problem.location, message: problem.message, rule: problem.pointer.map { $0.isEmpty ? "schema" : $0 })
      context.stderr.line(printer.render(diagnostic))
      throw CommandFailure("the schema cannot be used", hints: problem.hint.map { ["Help:  " + $0] } ?? [])
    }
  }
}
