import CaseJSON

/// One way an instance fails a schema.
///
/// Locations follow the JSON Schema output format: `instanceLocation` is the value the
/// keyword applies to, `keywordLocation` is the path through the schema as evaluated
/// (including `$ref` hops) and `absoluteKeywordLocation` is the keyword's canonical URI.
/// `location` is the line and column in the instance's source, which for an unknown property
/// points at the property's key.
public struct ValidationError: Sendable, Equatable {
  public var instanceLocation: JSONPointer
  public var keywordLocation: JSONPointer
  public var absoluteKeywordLocation: String
  /// The keyword that failed (the last token of `keywordLocation`, or the applicator's name).
  public var keyword: String
  /// A plain-English sentence that names the value.
  public var message: String
  /// Where the problem is in the instance's source text.
  public var location: SourceLocation?
  /// For `anyOf`, `oneOf` and similar: the errors of each alternative.
  public var context: [ValidationError]
  /// For a summary of alternatives: the position in `context` of the error of the closest
  /// alternative, which the message repeats.
  public var closest: Int?
  /// For an error about one member's name (an unknown property): that name. The instance
  /// location is the object; `location` is the name's place in the source.
  public var property: String?

  public init(
    instanceLocation: JSONPointer, keywordLocation: JSONPointer, absoluteKeywordLocation: String, keyword: String,
    message: String, location: SourceLocation?, context: [ValidationError] = [], closest: Int? = nil,
    property: String? = nil
  ) {
    self.instanceLocation = instanceLocation
    self.keywordLocation = keywordLocation
    self.absoluteKeywordLocation = absoluteKeywordLocation
    self.keyword = keyword
    self.message = message
    self.location = location
    self.context = context
    self.closest = closest
    self.property = property
  }
}

/// The outcome of validating one instance.
public struct ValidationResult: Sendable, Equatable {
  public var isValid: Bool
  /// Every failure found, in evaluation order (empty when only validity was asked for).
  public var errors: [ValidationError]
  /// Set when the schema could not be applied to this instance at all.
  public var failure: EvaluationFailure?

  public init(isValid: Bool, errors: [ValidationError], failure: EvaluationFailure? = nil) {
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
