import CaseJSON
import CaseKit
import CommandLineKit

/// `cases validate`: the repository's case studies against its schema and rules, or any JSON
/// documents against any schema (`--schema`).
enum ValidateCommand {
  static let command = Command(
    "validate",
    abstract: "Validate case studies, or any JSON documents against a JSON Schema.",
    discussion: """
      Without --schema: checks every file in the repository's casestudies/ (or the files given) against \
      schemas/case-study.schema.json, then the rules a schema cannot express: ids match file names, related \
      cases and source references exist, dates are in order and not in the future, no source is listed twice; \
      near-duplicate titles are warnings. With --schema: checks any JSON documents against any schema, after \
      checking the schema against its metaschema. Files that do not parse count as invalid; the run goes on. \
      Exit status: 0 all valid, 1 something invalid (or a warning, with --strict), 2 an unusable schema or \
      an unreadable file.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    /// The dialects `--draft` names.
    enum DraftChoice: String, ArgumentChoice {
      case draft4 = "4"
      case draft6 = "6"
      case draft7 = "7"
      case draft201909 = "2019-09"
      case draft202012 = "2020-12"
    }

    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument(
      "path", "JSON files or folders (searched for *.json); - reads standard input (with --schema).",
      completion: .file(extensions: ["json"]))
    var paths: [String]
    @Option(
      "schema", valueName: "file", "Validate against this schema instead of the repository's.",
      completion: .file(extensions: ["json"]))
    var schema: String?
    @Option("format", "How to report.", default: ReportFormat.text) var format: ReportFormat
    @Flag("strict", "Treat warnings as errors.") var strict: Bool
    @Flag("verbose", short: "v", "Show each error's instance and schema locations, and every alternative's errors.")
    var verbose: Bool
    @Flag("check-schema", "Only check the schema (and, in a repository, its vocabularies); validate no documents.")
    var checkSchema: Bool
    @Option(
      "schema-output", valueName: "structure", "Print the specification's output structure for one document.")
    var schemaOutput: StandaloneSchema.OutputStructure?
    @Option("draft", "With --schema: the dialect for schemas (and schemas they refer to) without $schema.")
    var draft: DraftChoice?
    @Option(
      "ref", valueName: "file", "With --schema: register another schema, under its $id and its file URI.",
      completion: .file(extensions: ["json"]))
    var references: [String]
    @Option("ref-map", valueName: "prefix=dir", "With --schema: serve schemas whose URI starts with PREFIX from DIR.")
    var referenceMaps: [String]
    @Flag("assert-formats", "With --schema: check \"format\" values (dates, URIs…); a repository's always are.")
    var assertFormats: Bool
    @Option("jobs", short: "j", valueName: "n", "Threads to validate with (default: one per processor).", in: 1...256)
    var jobs: Int?
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let threads = options.jobs
    let printer = DiagnosticPrinter(style: options.global.outputStyle(context))
    let given = options.paths.map { $0 == "-" ? "-" : context.absolutePath($0) }
    var report: ValidationReport
    if let schemaPath = options.schema.map(context.absolutePath) {
      let inputs = ValidationInputs.collect(given)
      let schema = try SchemaLoading.load(
        schemaPath, options: options, context: context,
        printer: DiagnosticPrinter(style: options.global.errorStyle(context)))
      if options.checkSchema {
        context.stdout.line("\(context.displayPath(schemaPath)): the schema is valid")
        return .success
      }
      if let structure = options.schemaOutput {
        return try printOutput(structure, schema: schema, inputs: inputs, context: context)
      }
      guard !inputs.isEmpty else {
        throw UsageError("Missing expected argument '<path>'", help: "<path>  JSON files or folders to validate.")
      }
      report = validateDocuments(
        inputs, schema: schema, name: context.displayPath(schemaPath), context: context, threads: threads)
    } else {
      let repository = try RepositoryAccess.open(options.global, context)
      let inputs = ValidationInputs.collect(given, repository: repository.location)
      if options.checkSchema {
        return try checkRepositorySchema(repository, options: options, context: context)
      }
      if let structure = options.schemaOutput {
        return try printOutput(
          structure, schema: StandaloneSchema(repository.schema), inputs: inputs, context: context)
      }
      if inputs.contains(where: { if case .file("-") = $0 { return true } else { return false } }) {
        throw UsageError("Standard input (-) can be validated only against a schema given with --schema")
      }
      report = try validateRepository(
        repository, inputs: inputs, context: context, threads: threads)
    }
    if options.strict { report = report.treatingWarningsAsErrors() }
    context.stdout.write(options.format.render(report, printer: printer, verbose: options.verbose))
    return ExitStatus(rawValue: report.exitStatusCode)
  }

  // MARK: - Modes

  private static func validateDocuments(
    _ inputs: [ValidationInputs.Item], schema: StandaloneSchema, name: String, context: CommandContext, threads: Int?
  ) -> ValidationReport {
    let paths = inputs.compactMap { if case .file(let path) = $0 { return path } else { return nil } }
    let standardInput = paths.contains("-") ? context.stdin.readAll() : []
    var outcomes = schema.validate(paths: paths, standardInput: { standardInput }, threads: threads).makeIterator()
    var report = ValidationReport(name: name)
    for input in inputs {
      switch input {
      case .file(let path):
        // swift-format-ignore: NeverForceUnwrap
        // There is one outcome per file, in order.
        let outcome = outcomes.next()!
        report.files.append(
          ValidationReport.file(
            FileReport(path: path, outcome: outcome), shownAs: path == "-" ? "<stdin>" : context.displayPath(path)))
      case .problem(let file):
        report.files.append(ValidationReport.file(file, shownAs: context.displayPath(file.path)))
      }
    }
    return report
  }

  private static func validateRepository(
    _ repository: CaseRepository, inputs: [ValidationInputs.Item], context: CommandContext,
    threads: Int?
  ) throws -> ValidationReport {
    let paths =
      inputs.isEmpty ? nil : inputs.compactMap { if case .file(let path) = $0 { return path } else { return nil } }
    let reports: [FileReport]
    do {
      reports = try RepositoryValidation.validate(repository, paths: paths, today: .today(), threads: threads)
    } catch {
      throw CommandFailure("cannot list the case studies: \(error)")
    }
    var report = ValidationReport(name: "casestudies")
    report.files = inputs.compactMap { if case .problem(let file) = $0 { return file } else { return nil } }
      .map { ValidationReport.file($0, shownAs: context.displayPath($0.path)) }
    report.files += reports.map { ValidationReport.file($0, shownAs: context.displayPath($0.path)) }
    return report
  }

  /// Checks the repository's schema files against their metaschema and its vocabularies for consistency.
  private static func checkRepositorySchema(
    _ repository: CaseRepository, options: Options, context: CommandContext
  )
    throws -> ExitStatus
  {
    let problems = SchemaFileCheck.problems(in: repository.schema.files)
    let printer = DiagnosticPrinter(style: options.global.outputStyle(context))
    for file in problems {
      let shown = context.displayPath(file.path)
      for finding in file.findings {
        context.stdout.line(printer.render(Diagnostic(finding, path: shown)))
      }
    }
    let origin = repository.schema.files.folder.map(context.displayPath) ?? "the built-in schema"
    let count = repository.schema.files.files.count
    context.stdout.line(
      problems.isEmpty
        ? "\(origin): \(count) schema files are valid"
        : "\(origin): problems in \(problems.count) of \(count) schema files")
    return problems.isEmpty ? .success : .failure
  }

  private static func printOutput(
    _ structure: StandaloneSchema.OutputStructure, schema: StandaloneSchema, inputs: [ValidationInputs.Item],
    context: CommandContext
  )
    throws -> ExitStatus
  {
    guard inputs.count == 1 else {
      throw UsageError("--schema-output prints the structure for exactly one document; \(inputs.count) were given")
    }
    let path: String
    switch inputs[0] {
    case .file(let file): path = file
    case .problem(let file):
      throw CommandFailure("\(context.displayPath(file.path)): " + (file.findings.first?.message ?? "cannot be read"))
    }
    let bytes = try context.readInput(path).bytes
    let document: JSONDocument
    do {
      document = try JSONDocument(parsing: bytes)
    } catch {
      throw CommandFailure("\(context.displayPath(path)):\(error.location): \(error.message)", status: .failure)
    }
    let output = schema.output(document, structure: structure)
    context.stdout.write(JSONWriter().string(output))
    return output["valid"] == .bool(true) ? .success : .failure
  }
}

extension StandaloneSchema.OutputStructure: ArgumentChoice {}
