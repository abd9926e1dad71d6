import CaseIO
import CaseJSON
import CaseKit
import CaseSchema
import CommandLineKit

/// Reads, registers, checks and compiles the schema of `cases validate --schema`, printing its
/// problems with their positions (exit status 2).
enum SchemaLoading {
  static func load(
    _ path: String, options: ValidateCommand.Options, context: CommandContext, printer: DiagnosticPrinter
  ) throws -> JSONSchema {
    let registry = SchemaRegistry()
    if let choice = options.draft, let draft = Draft(name: choice.rawValue) { registry.defaultDraft = draft }
    let shown = context.displayPath(path)
    do {
      for reference in options.references { try registry.addFile(context.absolutePath(reference)) }
      for mapping in options.referenceMaps {
        guard let equals = mapping.firstIndex(of: "="), equals != mapping.startIndex else {
          throw UsageError("The value '\(mapping)' is invalid for '--ref-map <prefix=dir>': expected PREFIX=DIR")
        }
        registry.map(
          prefix: String(mapping[..<equals]),
          toFolder: context.absolutePath(String(mapping[mapping.index(after: equals)...])))
      }
      let uri = try registry.addFile(path)
      let problems = try registry.checkSchema(uri)
      if !problems.isEmpty {
        for problem in problems {
          context.stderr.line(printer.render(ValidationReport.diagnostic(Finding(problem), path: shown)))
        }
        throw CommandFailure(
          "\(shown) is not a valid schema: \(problems.count) problem\(problems.count == 1 ? "" : "s") found by its metaschema"
        )
      }
      return try JSONSchema(uri: uri, registry: registry, assertsFormats: options.assertFormats)
    } catch let error as SchemaError {
      var diagnostic = Diagnostic(
        .error, path: displayURI(error.documentURI, context: context) ?? shown,
        location: error.location, message: error.message)
      diagnostic.code = error.pointer.map { $0.description.isEmpty ? "schema" : $0.description }
      context.stderr.line(printer.render(diagnostic))
      throw CommandFailure("the schema cannot be used", hints: error.hint.map { ["Help:  " + $0] } ?? [])
    }
  }

  /// A schema document's URI as a path when it is a local file.
  private static func displayURI(_ uri: String?, context: CommandContext) -> String? {
    guard let uri else { return nil }
    if uri.hasPrefix("file://") { return context.displayPath(percentDecoded(String(uri.dropFirst(7))) ?? uri) }
    return uri
  }
}
