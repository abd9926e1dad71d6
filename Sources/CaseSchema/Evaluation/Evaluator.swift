import CaseIO
import CaseJSON

/// Applies a compiled schema to one parsed instance.
///
/// Two modes share this code: a fast one that only answers "valid?" and stops at the first
/// failure, and one that collects every error with its locations. Instance and evaluation
/// paths are kept as cheap stacks and only turned into pointers when an error is reported.
struct Evaluator {
  let document: JSONDocument
  /// Whether errors are being collected (false while probing `anyOf` branches, `not`, `if`).
  var collectsErrors: Bool
  var errors: [Finding] = []
  /// The path from the instance root to the value being checked.
  var instancePath: [PathStep] = []
  /// The `$ref`s followed from the schema root, for evaluation paths.
  var referenceFrames: [ReferenceFrame] = []
  /// The schema resources entered, outermost first, for `$dynamicRef` and `$recursiveRef`.
  var scope: [Int] = []
  let rootPath: [String]
  var depth = 0
  var failure: EvaluationFailure?
  /// Stops evaluation before the thread's stack runs out.
  let stack = StackGuard()

  /// Nested evaluations allowed at once; more means references that never reach a keyword.
  static let maximumDepth = 3_000

  enum PathStep {
    case member(key: Int)
    case element(Int)
  }

  struct ReferenceFrame {
    var from: SchemaNode
    var keyword: StaticString
    var target: SchemaNode
  }

  init(document: JSONDocument, root: SchemaNode, collectsErrors: Bool) {
    self.document = document
    self.collectsErrors = collectsErrors
    self.rootPath = root.documentPath
  }

  // MARK: - Nodes

  /// Whether `instance` is valid against `node`. Keywords record what they evaluated into
  /// `evaluated` when it is given (a parent's `unevaluated*` needs it).
  mutating func evaluate(_ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?) -> Bool {
    if node.isFalse {
      if collectsErrors { report(node, instance, keyword: nil, message: Messages.falseSchema(document, instance)) }
      return false
    }
    depth += 1
    defer { depth -= 1 }
    guard depth < Evaluator.maximumDepth, !stack.isExhausted, failure == nil else {
      if failure == nil {
        let location = keywordPath(node, nil).description
        failure =
          depth < Evaluator.maximumDepth
          ? .tooDeep(keywordLocation: location) : .endlessRecursion(keywordLocation: location)
      }
      return false
    }
    let entersResource = scope.last != node.resource
    if entersResource { scope.append(node.resource) }
    defer { if entersResource { scope.removeLast() } }

    if node.collectsAnnotations {
      var own: EvaluatedSet? = EvaluatedSet()
      let valid = run(node, instance, &own)
      if valid, evaluated != nil, let own { evaluated?.formUnion(own) }
      return valid
    }
    return run(node, instance, &evaluated)
  }

  private mutating func run(_ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?) -> Bool {
    var valid = true
    for keyword in node.general where !check(keyword, node, instance, &evaluated) {
      valid = false
      if !collectsErrors || failure != nil { return false }
    }
    for keyword in node.checks(for: document.kind(at: instance)) where !check(keyword, node, instance, &evaluated) {
      valid = false
      if !collectsErrors || failure != nil { return false }
    }
    return valid
  }

  /// Evaluates without collecting errors (for probes such as `not` and `anyOf` branches).
  mutating func probe(_ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?) -> Bool {
    let collecting = collectsErrors
    collectsErrors = false
    defer { collectsErrors = collecting }
    return evaluate(node, instance, &evaluated)
  }

  /// Evaluates a child value (an element or a property's value) with its own annotations.
  mutating func evaluateChild(_ node: SchemaNode, _ instance: Int, step: PathStep) -> Bool {
    var none: EvaluatedSet? = nil
    if collectsErrors { instancePath.append(step) }
    defer { if collectsErrors { instancePath.removeLast() } }
    return evaluate(node, instance, &none)
  }

  /// Follows a reference to `target`, recording the hop for evaluation paths.
  mutating func follow(
    _ target: SchemaNode, from node: SchemaNode, keyword: StaticString, _ instance: Int,
    _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    if collectsErrors { referenceFrames.append(ReferenceFrame(from: node, keyword: keyword, target: target)) }
    defer { if collectsErrors { referenceFrames.removeLast() } }
    return evaluate(target, instance, &evaluated)
  }

  // MARK: - Reporting

  /// Records an error for `keyword` of `node` at `instance`.
  mutating func report(
    _ node: SchemaNode, _ instance: Int, keyword: StaticString?, extra: [String] = [], message: String,
    sourceOffset: Int? = nil, context: [Finding] = [], closest: Int? = nil, property: String? = nil
  ) {
    let keyword = keyword.map { "\($0)" }
    let keywordLocation = keywordPath(node, keyword, extra: extra)
    var absolute = node.canonicalURI
    for token in (keyword.map { [$0] } ?? []) + extra {
      absolute += "/" + percentEncodedForFragment(JSONPointer.escape(token))
    }
    errors.append(
      Finding(
        instanceLocation: instancePointer(), keywordLocation: keywordLocation, absoluteKeywordLocation: absolute,
        keyword: keyword ?? keywordLocation.tokens.last ?? "", message: message,
        location: document.location(ofOffset: sourceOffset ?? document.offset(at: instance)), context: context,
        closest: closest, property: property))
  }

  /// The instance path as a JSON Pointer.
  func instancePointer() -> JSONPointer {
    JSONPointer(
      instancePath.map { step in
        switch step {
        case .member(let key): return document.string(at: key)
        case .element(let index): return String(index)
        }
      })
  }

  /// The evaluation path from the schema root to `keyword` of `node`, through the `$ref`s followed.
  func keywordPath(_ node: SchemaNode, _ keyword: String?, extra: [String] = []) -> JSONPointer {
    var tokens: [String] = []
    var base = rootPath
    for frame in referenceFrames {
      tokens += frame.from.documentPath.dropFirst(base.count)
      tokens.append("\(frame.keyword)")
      base = frame.target.documentPath
    }
    tokens += node.documentPath.dropFirst(base.count)
    if let keyword { tokens.append(keyword) }
    return JSONPointer(tokens + extra)
  }

  /// Runs `body` with errors collected separately, and returns them along with its result.
  mutating func collectingSeparately(_ body: (inout Evaluator) -> Bool) -> (Bool, [Finding]) {
    let saved = errors
    errors = []
    let valid = body(&self)
    let collected = errors
    errors = saved
    return (valid, collected)
  }
}
