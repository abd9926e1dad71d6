import CaseIO
import CaseJSON
import CaseKit
import CaseSchema
import CommandLineKit

/// `cases validate --schema SCHEMA [PATH...]`: any JSON documents against any JSON Schema.
enum ValidateCommand {
  static let command = Command(
    "validate",
    abstract: "Validate JSON documents against a JSON Schema.",
    discussion: """
      Checks the schema against its metaschema first, then every document, on all processors. Files that \
      do not parse count as invalid; the run goes on. Exit status: 0 all valid, 1 something invalid, \
      2 an unusable schema or an unreadable file.
      """,
    arguments: [
      Argument(
        "path", "JSON files or folders (searched for *.json); - reads standard input.", optional: true,
        repeating: true, completion: .file(extensions: ["json"]))
    ],
    options: [
      .value("schema", valueName: "file", "The schema to validate against.", completion: .file(extensions: ["json"])),
      .value(
        "format", "How to report.", allowed: ReportFormat.allCases.map(\.rawValue), default: "text"),
      .value(
        "draft", "The dialect for schemas that do not name one ($schema); overrides $schema when given.",
        allowed: ["4", "6", "7", "2019-09", "2020-12"]),
      .value("ref", valueName: "file", "Register another schema, under its $id and its file URI.", repeating: true,
        completion: .file(extensions: ["json"])),
      .value("ref-map", valueName: "prefix=dir", "Serve schemas whose URI starts with PREFIX from files under DIR.",
        repeating: true),
      .flag("assert-formats", "Check \"format\" values (dates, URIs, e-mail addresses…) instead of only annotating."),
      .flag("check-schema", "Only check the schema against its metaschema; validate no documents."),
      .value(
        "schema-output", valueName: "structure", "Print the specification's output structure for one document.",
        allowed: OutputStructure.allCases.map(\.rawValue)),
      .flag("verbose", short: "v", "Show each error's instance and schema locations, and every alternative's errors."),
      .value("jobs", short: "j", valueName: "n", "Threads to validate with (default: one per processor)."),
    ],
    action: run
  )

  static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> ExitStatus {
    guard let schemaPath = arguments.value("schema").map(context.absolutePath) else {
      throw UsageError("Missing expected argument '--schema <file>'", help: "--schema <file>  The schema to validate against.")
    }
    let threads = try arguments.integer("jobs", in: 1...256) ?? Parallel.processorCount
    let printer = DiagnosticPrinter(style: arguments.outputStyle(context))
    let errorPrinter = DiagnosticPrinter(style: arguments.errorStyle(context))
    let schema = try SchemaLoading.load(
      schemaPath, arguments: arguments, context: context, printer: errorPrinter,
      assertsFormats: arguments.flag("assert-formats"))
    if arguments.flag("check-schema") {
      context.stdout.line("\(context.displayPath(schemaPath)): the schema is valid")
      return .success
    }

    let inputs = collectInputs(arguments.arguments("path"), context: context)
    let paths = inputs.compactMap { if case .file(let path) = $0 { return path } else { return nil } }
    if let structure = arguments.value("schema-output").flatMap(OutputStructure.init) {
      guard paths.count == 1, inputs.count == 1 else {
        throw UsageError("--schema-output prints the structure for exactly one document; \(inputs.count) were given")
      }
      let bytes = paths[0] == "-" ? context.stdin.readAll() : try readInput(paths[0])
      let document: JSONDocument
      do {
        document = try JSONDocument(parsing: bytes)
      } catch {
        throw CommandFailure("\(context.displayPath(paths[0])):\(error.location): \(error.message)", status: .failure)
      }
      let output = schema.output(document, structure: structure)
      context.stdout.write(JSONWriter().string(output))
      return output["valid"] == .bool(true) ? .success : .failure
    }
    guard !inputs.isEmpty else {
      throw UsageError("Missing expected argument '<path>'", help: "<path>  JSON files or folders to validate.")
    }

    let standardInput = paths.contains("-") ? context.stdin.readAll() : []
    var outcomes = DocumentValidation.validate(
      paths: paths, schema: schema, standardInput: { standardInput }, threads: threads
    ).makeIterator()
    var report = ValidationReport(name: context.displayPath(schemaPath))
    for input in inputs {
      switch input {
      case .file(let path):
        // swift-format-ignore: NeverForceUnwrap
        // There is one outcome per file, in order.
        report.files.append(ValidationReport.file(path == "-" ? "<stdin>" : context.displayPath(path), outcomes.next()!))
      case .problem(let file):
        report.files.append(file)
      }
    }
    let format = ReportFormat(rawValue: arguments.value("format") ?? "text") ?? .text
    context.stdout.write(format.render(report, printer: printer, verbose: arguments.flag("verbose")))
    return ExitStatus(rawValue: report.exitStatusCode)
  }

  /// A file to validate, or a path that could not be used.
  private enum Input {
    case file(String)
    case problem(ValidationReport.File)
  }

  /// The files to validate, in the order given (folders searched for `*.json`), and entries for
  /// paths that do not exist or cannot be listed.
  private static func collectInputs(_ given: [String], context: CommandContext) -> [Input] {
    var inputs: [Input] = []
    for argument in given {
      if argument == "-" {
        inputs.append(.file("-"))
        continue
      }
      let path = context.absolutePath(argument)
      switch FileTree.kind(of: path) {
      case .directory:
        do {
          inputs += try FileTree.files(under: path).map(Input.file)
        } catch {
          inputs.append(.problem(ValidationReport.file(context.displayPath(path), .unreadable(error))))
        }
      case .missing:
        inputs.append(
          .problem(ValidationReport.file(context.displayPath(path), .unreadable(FileError(path: path, reason: .notFound)))))
      default:
        inputs.append(.file(path))
      }
    }
    return inputs
  }

  private static func readInput(_ path: String) throws -> [UInt8] {
    do {
      return try FileReader.read(path)
    } catch {
      throw CommandFailure("\(path): \(error.message)")
    }
  }
}
