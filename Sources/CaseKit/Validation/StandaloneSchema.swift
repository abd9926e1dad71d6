import CaseIO
import CaseJSON
import CaseSchema

/// Any JSON Schema, named on the command line (`cases validate --schema`) with the schemas it
/// refers to, or a repository's: checked against its metaschema, compiled, and ready to
/// validate documents or print the specification's output structures.
public struct StandaloneSchema: Sendable {
  /// The specification's output structures (`flag`, `basic`, `detailed`, `verbose`).
  public typealias OutputStructure = CaseSchema.OutputStructure

  /// Where the schema comes from and how to read it.
  public struct Request: Sendable {
    /// The schema file.
    public var path: String
    /// The dialect of schemas without `$schema` (`4`, `6`, `7`, `2019-09`, `2020-12`).
    public var draft: String?
    /// More schema files to register, under their `$id` and their file URI.
    public var references: [String] = []
    /// URI prefixes served from folders.
    public var prefixMaps: [(prefix: String, folder: String)] = []
    /// Check `format` values instead of treating them as annotations.
    public var assertsFormats = false

    public init(path: String) {
      self.path = path
    }
  }

  /// Why a schema cannot be used.
  public enum Problem: Error, Sendable {
    /// It cannot be read, parsed, resolved or compiled: where, what, and what to do.
    case unusable(Unusable)
    /// Its metaschema finds it invalid: each problem, with its position in the schema file.
    case invalid([Finding])
  }

  /// A schema that cannot be used: the document (a path for local files, else its URI),
  /// the position, the schema location, the message and a hint.
  public struct Unusable: Sendable {
    public var document: String?
    public var location: SourceLocation?
    /// The JSON Pointer of the problem in the document ("" for its root).
    public var pointer: String?
    public var message: String
    public var hint: String?
  }

  let compiled: JSONSchema

  /// Reads, registers, checks and compiles the schema of `request`.
  ///
  /// - Throws: ``Problem``.
  public static func load(_ request: Request) throws(Problem) -> StandaloneSchema {
    let registry = SchemaRegistry()
    if let draft = request.draft.flatMap(Draft.init(name:)) { registry.defaultDraft = draft }
    do {
      for reference in request.references { try registry.addFile(reference) }
      for (prefix, folder) in request.prefixMaps { registry.map(prefix: prefix, toFolder: folder) }
      let uri = try registry.addFile(request.path)
      let problems = try registry.checkSchema(uri)
      guard problems.isEmpty else { throw Problem.invalid(problems) }
      return StandaloneSchema(
        compiled: try JSONSchema(uri: uri, registry: registry, assertsFormats: request.assertsFormats))
    } catch let error as SchemaError {
      throw .unusable(
        Unusable(
          document: error.documentURI.map(displayable), location: error.location,
          pointer: error.pointer?.description, message: error.message, hint: error.hint))
    } catch let problem as Problem {
      throw problem
    } catch {
      throw .unusable(Unusable(message: "\(error)"))
    }
  }

  /// The schema of a repository.
  public init(_ schema: CaseStudySchema) {
    compiled = schema.validator
  }

  private init(compiled: JSONSchema) {
    self.compiled = compiled
  }

  /// The outcome for each path (`-` reads `standardInput`), on `threads` threads (default: one per processor).
  public func validate(
    paths: [String], standardInput: (@Sendable () -> [UInt8])? = nil, threads: Int? = nil
  ) -> [DocumentOutcome] {
    DocumentValidation.validate(
      paths: paths, schema: compiled, standardInput: standardInput, threads: threads ?? Parallel.processorCount)
  }

  /// The specification's output structure for `document`.
  public func output(_ document: JSONDocument, structure: OutputStructure) -> JSONValue {
    compiled.output(document, structure: structure)
  }

  /// A document's URI as a path when it is a local file.
  private static func displayable(_ uri: String) -> String {
    uri.hasPrefix("file://") ? percentDecoded(String(uri.dropFirst(7))) ?? uri : uri
  }
}
