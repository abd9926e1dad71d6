import CaseSchema

/// One problem found in a file, from the checker to the renderer (see ``CaseSchema/Finding``):
/// the repository's rules, the JSON parser and the file system report theirs as the schema
/// checker does.
public typealias Finding = CaseSchema.Finding

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
      self.init(path: path, status: .invalid, findings: errors)
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

  /// The report with every warning made an error, and the file invalid if it had any
  /// (`--strict`); a file that could not be checked stays so.
  public func treatingWarningsAsErrors() -> FileReport {
    guard findings.contains(where: { $0.severity == .warning }) else { return self }
    var strict = self
    for index in strict.findings.indices where strict.findings[index].severity == .warning {
      strict.findings[index].severity = .error
    }
    if strict.status != .error { strict.status = .invalid }
    return strict
  }
}
