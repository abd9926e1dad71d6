import CaseJSON
import CaseText

extension Evaluator {
  /// Applies one keyword; false when the instance fails it.
  mutating func check(_ keyword: Keyword, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?)
    -> Bool
  {
    switch keyword.check {
    case .type(let types):
      return checkType(types, keyword, node, instance)
    case .constant(let value):
      guard InstanceEquality.equals(document, instance, value) else {
        if collectsErrors {
          report(node, instance, keyword: keyword.name, message: Messages.const(document, instance, value))
        }
        return false
      }
      return true
    case .enumeration(let values):
      return checkEnum(values, keyword, node, instance)
    case .not(let schema):
      var none: EvaluatedSet? = nil
      guard !probe(schema, instance, &none) else {
        if collectsErrors { report(node, instance, keyword: keyword.name, message: Messages.not(document, instance)) }
        return false
      }
      return true
    case .allOf(let schemas):
      var valid = true
      for schema in schemas where !evaluate(schema, instance, &evaluated) {
        valid = false
        if !collectsErrors { return false }
      }
      return valid
    case .anyOf(let schemas):
      return checkAnyOf(schemas, keyword, node, instance, &evaluated)
    case .oneOf(let schemas):
      return checkOneOf(schemas, keyword, node, instance, &evaluated)
    case .conditional(let condition, let then, let otherwise):
      var conditionEvaluated: EvaluatedSet? = evaluated == nil ? nil : EvaluatedSet()
      if probe(condition, instance, &conditionEvaluated) {
        if let conditionEvaluated { evaluated?.formUnion(conditionEvaluated) }
        return then.map { evaluate($0, instance, &evaluated) } ?? true
      }
      return otherwise.map { evaluate($0, instance, &evaluated) } ?? true
    case .reference(let reference):
      // swift-format-ignore: NeverForceUnwrap
      // Compilation sets every target before validation starts.
      return follow(reference.target!, from: node, keyword: keyword.name, instance, &evaluated)
    case .dynamicReference(let reference):
      return follow(dynamicTarget(reference), from: node, keyword: keyword.name, instance, &evaluated)
    case .recursiveReference(let reference):
      return follow(recursiveTarget(reference), from: node, keyword: keyword.name, instance, &evaluated)
    case .dependentSchemas(let dependencies):
      var valid = true
      for (name, schema) in dependencies where hasMember(instance, name) {
        if !evaluate(schema, instance, &evaluated) {
          valid = false
          if !collectsErrors { return false }
        }
      }
      return valid
    case .number(let check):
      return checkNumber(check, keyword, node, instance)
    case .string(let check):
      return checkString(check, keyword, node, instance)
    case .array(let check):
      return checkArray(check, keyword, node, instance, &evaluated)
    case .object(let check):
      return checkObject(check, keyword, node, instance, &evaluated)
    }
  }

  private mutating func checkType(_ types: TypeSet, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int) -> Bool {
    let valid: Bool
    switch document.kind(at: instance) {
    case .null: valid = types.contains(.null)
    case .boolean: valid = types.contains(.boolean)
    case .string: valid = types.contains(.string)
    case .array: valid = types.contains(.array)
    case .object: valid = types.contains(.object)
    case .number:
      valid = types.contains(.number) || (types.contains(.integer) && isInteger(instance, draft: node.draft))
    }
    if !valid && collectsErrors {
      report(node, instance, keyword: keyword.name, message: Messages.type(document, instance, types))
    }
    return valid
  }

  /// Whether a number is an integer: any number with no fractional part (`1.0` too), except in
  /// draft 4, where `1.0` is not an integer.
  func isInteger(_ instance: Int, draft: Draft) -> Bool {
    let number = document.number(at: instance)
    guard number.isInteger else { return false }
    if draft == .draft4 {
      return document.withLexeme(at: instance) { lexeme in
        !lexeme.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
      }
    }
    return true
  }

  private mutating func checkEnum(_ values: EnumValues, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int) -> Bool
  {
    let valid: Bool
    if let strings = values.strings {
      valid =
        document.kind(at: instance) == .string && document.withString(at: instance) { strings.value(for: $0) } != nil
    } else {
      valid = values.values.contains { InstanceEquality.equals(document, instance, $0) }
    }
    if !valid && collectsErrors {
      report(node, instance, keyword: keyword.name, message: Messages.enumeration(document, instance, values.values))
    }
    return valid
  }

  private mutating func checkAnyOf(
    _ schemas: [SchemaNode], _ keyword: Keyword, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    var matched = false
    for schema in schemas {
      var branch: EvaluatedSet? = evaluated == nil ? nil : EvaluatedSet()
      if probe(schema, instance, &branch) {
        matched = true
        if let branch { evaluated?.formUnion(branch) } else { break }
      }
    }
    if !matched && collectsErrors {
      reportNoMatch(branchErrors(schemas, instance), keyword, node, instance)
    }
    return matched
  }

  private mutating func checkOneOf(
    _ schemas: [SchemaNode], _ keyword: Keyword, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    var matches: [Int] = []
    var matchedEvaluated: EvaluatedSet?
    for (position, schema) in schemas.enumerated() {
      var branch: EvaluatedSet? = evaluated == nil ? nil : EvaluatedSet()
      if probe(schema, instance, &branch) {
        matches.append(position)
        matchedEvaluated = branch
        if matches.count > 1 && !collectsErrors { return false }
      }
    }
    if matches.count == 1 {
      if let matchedEvaluated { evaluated?.formUnion(matchedEvaluated) }
      return true
    }
    if collectsErrors {
      if matches.isEmpty {
        reportNoMatch(branchErrors(schemas, instance), keyword, node, instance)
      } else {
        report(node, instance, keyword: keyword.name, message: Messages.oneOfSeveral(document, instance, matches))
      }
    }
    return false
  }

  /// Reports that no alternative matched: the closest alternative's error, at its position,
  /// standing for all of them.
  private mutating func reportNoMatch(
    _ branches: [[Finding]], _ keyword: Keyword, _ node: SchemaNode, _ instance: Int
  ) {
    let context = branches.flatMap { $0 }
    let closest = BestMatch.choose(branches, depth: instancePath.count)
    let leaf = closest.map { BestMatch.leaf(context[$0]) }
    report(
      node, instance, keyword: keyword.name,
      message: Messages.noMatch(document, instance, count: branches.count, closest: leaf),
      sourceOffset: leaf?.location?.offset, context: context, closest: closest)
  }

  /// The errors each alternative reports for `instance`.
  private mutating func branchErrors(_ schemas: [SchemaNode], _ instance: Int) -> [[Finding]] {
    schemas.map { schema in
      collectingSeparately { evaluator in
        var none: EvaluatedSet? = nil
        return evaluator.evaluate(schema, instance, &none)
      }.1
    }
  }

  private func dynamicTarget(_ reference: DynamicReference) -> SchemaNode {
    if reference.isDynamic {
      for resource in scope {
        if let target = reference.byResource[resource] { return target.node }
      }
    }
    // swift-format-ignore: NeverForceUnwrap
    // Compilation sets the static target before validation starts.
    return reference.initial!
  }

  private func recursiveTarget(_ reference: RecursiveReference) -> SchemaNode {
    if reference.isDynamic {
      for resource in scope {
        if let target = reference.byResource[resource] { return target.node }
      }
    }
    // swift-format-ignore: NeverForceUnwrap
    // Compilation sets the static target before validation starts.
    return reference.initial!
  }

  /// Whether the object at `instance` has a member called `name`.
  func hasMember(_ instance: Int, _ name: String) -> Bool {
    guard document.kind(at: instance) == .object else { return false }
    return memberValue(instance, name) != nil
  }

  /// The value index of member `name` of the object at `instance`.
  func memberValue(_ instance: Int, _ name: String) -> Int? {
    var name = name
    return name.withUTF8 { wanted in
      var key = instance + 1
      for _ in 0..<document.count(at: instance) {
        if document.withString(at: key, { bytesEqual($0, wanted) }) { return key + 1 }
        key = document.subtreeEnd(key + 1)
      }
      return nil
    }
  }
}
