import CaseJSON
import CaseSchema

/// One problem found in a file: a schema error or a repository rule, an error or a warning.
public struct Finding: Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error, warning
  }

  public var severity: Severity
  /// The schema keyword (`enum`, `required`) or repository rule (`related-exists`) that found it.
  public var rule: String
  public var message: String
  /// Where in the file, when known.
  public var location: SourceLocation?
  /// For schema errors, the locations the JSON Schema output format gives.
  public var instanceLocation: JSONPointer?
  public var keywordLocation: JSONPointer?
  public var absoluteKeywordLocation: String?
  /// The errors of each alternative of an `anyOf` or `oneOf`.
  public var context: [Finding] = []
  /// For a finding about one member's name (an unknown property): that name, in the object at
  /// `instanceLocation`.
  public var property: String?

  public init(
    _ severity: Severity, rule: String, message: String, location: SourceLocation? = nil,
    instanceLocation: JSONPointer? = nil
  ) {
    self.severity = severity
    self.rule = rule
    self.message = message
    self.location = location
    self.instanceLocation = instanceLocation
  }

  /// A schema validation error as a finding.
  public init(_ error: ValidationError) {
    self.init(
      .error, rule: error.keyword, message: error.message, location: error.location,
      instanceLocation: error.instanceLocation)
    keywordLocation = error.keywordLocation
    absoluteKeywordLocation = error.absoluteKeywordLocation
    context = error.context.map(Finding.init)
    property = error.property
  }
}

/// What checking one file found.
public struct FileReport: Sendable, Equatable {
  public enum Status: String, Sendable {
    case valid, invalid
    /// The file could not be checked (unreadable, or the schema could not be applied).
    case error
    /// The file was not checked, on purpose (a warning says why).
    case skipped
  }

  /// The file's path.
  public var path: String
  public var status: Status
  public var findings: [Finding]

  public init(path: String, status: Status, findings: [Finding]) {
    self.path = path
    self.status = status
    self.findings = findings
  }

  /// The report for a document's validation outcome.
  public init(path: String, outcome: DocumentOutcome) {
    switch outcome {
    case .valid:
      self.init(path: path, status: .valid, findings: [])
    case .invalid(let errors):
      self.init(path: path, status: .invalid, findings: errors.map(Finding.init))
    case .unparseable(let error):
      self.init(
        path: path, status: .invalid,
        findings: [Finding(.error, rule: "json", message: error.message, location: error.location)])
    case .unreadable(let error):
      self.init(path: path, status: .error, findings: [Finding(.error, rule: "file", message: error.message)])
    case .schemaFailure(let failure):
      self.init(path: path, status: .error, findings: [Finding(.error, rule: "schema", message: failure.description)])
    }
  }
}
