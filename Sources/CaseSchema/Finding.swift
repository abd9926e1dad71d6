import CaseJSON

/// One problem found in a document, from the checker to the renderer: a schema keyword that
/// failed, or a rule its caller checks (a repository rule, the JSON parser, the file system);
/// an error or a warning.
///
/// For a schema keyword the locations follow the JSON Schema output format:
/// `instanceLocation` is the value the keyword applies to, `keywordLocation` is the path
/// through the schema as evaluated (including `$ref` hops) and `absoluteKeywordLocation` is
/// the keyword's canonical URI. `location` is the line and column in the document's source,
/// which for an unknown property points at the property's key.
public struct Finding: Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error, warning
  }

  /// The checker's findings are always errors; a caller's rules may also warn.
  public var severity: Severity
  /// The schema keyword (`enum`, `required`; the applicator's name when the path ends
  /// elsewhere) or the caller's rule (`related-exists`, `json`, `file`) that found it.
  public var rule: String
  /// A plain-English sentence that names the value.
  public var message: String
  /// Where the problem is in the document's source text, when known.
  public var location: SourceLocation?
  /// The value the finding is about, when it is about one.
  public var instanceLocation: JSONPointer?
  /// For a schema keyword: its path through the schema as evaluated, and its canonical URI.
  public var keywordLocation: JSONPointer?
  public var absoluteKeywordLocation: String?
  /// For `anyOf`, `oneOf` and similar: the findings of each alternative.
  public var context: [Finding]
  /// For a summary of alternatives: the position in `context` of the finding of the closest
  /// alternative, which the message repeats.
  public var closest: Int?
  /// For a finding about one member's name (an unknown property): that name. The instance
  /// location is the object; `location` is the name's place in the source.
  public var property: String?

  /// A finding by a rule outside the schema.
  public init(
    _ severity: Severity, rule: String, message: String, location: SourceLocation? = nil,
    instanceLocation: JSONPointer? = nil
  ) {
    self.severity = severity
    self.rule = rule
    self.message = message
    self.location = location
    self.instanceLocation = instanceLocation
    self.context = []
  }

  /// An error found by a schema keyword.
  public init(
    instanceLocation: JSONPointer, keywordLocation: JSONPointer, absoluteKeywordLocation: String, keyword: String,
    message: String, location: SourceLocation?, context: [Finding] = [], closest: Int? = nil,
    property: String? = nil
  ) {
    self.init(.error, rule: keyword, message: message, location: location, instanceLocation: instanceLocation)
    self.keywordLocation = keywordLocation
    self.absoluteKeywordLocation = absoluteKeywordLocation
    self.context = context
    self.closest = closest
    self.property = property
  }

  /// How deep in the document the value is (0 for the whole document).
  var depth: Int { instanceLocation?.tokens.count ?? 0 }
}

/// The outcome of validating one instance.
public struct ValidationResult: Sendable, Equatable {
  public var isValid: Bool
  /// Every failure found, in evaluation order (empty when only validity was asked for).
  public var errors: [Finding]
  /// Set when the schema could not be applied to this instance at all.
  public var failure: EvaluationFailure?

  public init(isValid: Bool, errors: [Finding], failure: EvaluationFailure? = nil) {
    self.isValid = isValid
    self.errors = errors
    self.failure = failure
  }
}

/// Why a schema could not be applied to an instance: a problem with the schema, not the data.
public enum EvaluationFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// References applied to the same value without end.
  case endlessRecursion(keywordLocation: String)
  /// Schema and instance together nest deeper than the thread's stack allows.
  case tooDeep(keywordLocation: String)
  /// A regular expression needed more steps than allowed on this value.
  case patternTooComplex(pattern: String, keywordLocation: String)

  public var description: String {
    switch self {
    case .endlessRecursion(let location):
      return "the schema's references apply to the same value without end (at \(location)); "
        + "a $ref cycle must pass through a keyword such as properties or items"
    case .tooDeep(let location):
      return "evaluation nests too deeply for this thread's stack (at \(location)); "
        + "the schema's references may apply to the same value without end"
    case .patternTooComplex(let pattern, let location):
      return "the regular expression \"\(pattern)\" at \(location) needs too many steps on this value; "
        + "simplify the pattern (nested quantifiers such as (a+)+ backtrack exponentially)"
    }
  }
}
