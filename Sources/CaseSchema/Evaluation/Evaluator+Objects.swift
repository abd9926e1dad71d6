import CaseJSON
import CaseRegex

extension Evaluator {
  mutating func checkObject(
    _ check: ObjectCheck, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    let count = document.count(at: instance)
    switch check {
    case .properties(let rule):
      return checkProperties(rule, node, instance, &evaluated)
    case .required(let required):
      return checkRequired(required, keyword, node, instance)
    case .minProperties(let limit), .maxProperties(let limit):
      let isMinimum: Bool
      if case .minProperties = check { isMinimum = true } else { isMinimum = false }
      guard isMinimum ? count < limit : count > limit else { return true }
      if collectsErrors {
        report(
          node, instance, keyword: keyword.name,
          message: Messages.propertyCount(count, limit: limit, minimum: isMinimum))
      }
      return false
    case .propertyNames(let schema):
      var valid = true
      var key = instance + 1
      for _ in 0..<count {
        defer { key = document.subtreeEnd(key + 1) }
        if !evaluateChild(schema, key, step: .member(key: key)) {
          valid = false
          if !collectsErrors { return false }
        }
      }
      return valid
    case .dependentRequired(let dependencies):
      var valid = true
      for (name, required) in dependencies where memberValue(instance, name) != nil {
        for other in required where memberValue(instance, other) == nil {
          valid = false
          guard collectsErrors else { return false }
          report(
            node, instance, keyword: keyword.name, extra: [name], message: Messages.dependency(other, because: name))
        }
      }
      return valid
    case .unevaluatedProperties(let schema):
      var valid = true
      var key = instance + 1
      for position in 0..<count {
        defer { key = document.subtreeEnd(key + 1) }
        if evaluated?.contains(position) == true { continue }
        if schema.isFalse {
          valid = false
          guard collectsErrors else { return false }
          report(
            node, instance, keyword: keyword.name,
            message: Messages.unknownProperty(document.string(at: key), suggestions: declaredNames(node)),
            sourceOffset: document.offset(at: key), property: document.string(at: key))
        } else if evaluateChild(schema, key + 1, step: .member(key: key)) {
          evaluated?.insert(position)
        } else {
          valid = false
          if !collectsErrors { return false }
        }
      }
      return valid
    }
  }

  private mutating func checkProperties(
    _ rule: PropertySchemas, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    var valid = true
    var key = instance + 1
    for position in 0..<document.count(at: instance) {
      defer { key = document.subtreeEnd(key + 1) }
      var matched = false
      if let schema = document.withString(at: key, { rule.named.value(for: $0) }) {
        matched = true
        if !evaluateChild(schema, key + 1, step: .member(key: key)) {
          valid = false
          if !collectsErrors { return false }
        }
      }
      for (regex, schema) in rule.patterns {
        let isMatch: Bool
        do {
          isMatch = try document.withString(at: key) { (bytes) throws(RegexMatchError) in try regex.matches(utf8: bytes)
          }
        } catch {
          failure = .patternTooComplex(
            pattern: regex.pattern, keywordLocation: keywordPath(node, "patternProperties").description)
          return false
        }
        guard isMatch else { continue }
        matched = true
        if !evaluateChild(schema, key + 1, step: .member(key: key)) {
          valid = false
          if !collectsErrors { return false }
        }
      }
      if !matched, let additional = rule.additional {
        matched = true
        if additional.isFalse {
          valid = false
          guard collectsErrors else { return false }
          report(
            node, instance, keyword: "additionalProperties",
            message: Messages.unknownProperty(document.string(at: key), suggestions: rule.declared),
            sourceOffset: document.offset(at: key), property: document.string(at: key))
        } else if !evaluateChild(additional, key + 1, step: .member(key: key)) {
          valid = false
          if !collectsErrors { return false }
        }
      }
      if matched { evaluated?.insert(position) }
    }
    return valid
  }

  /// Whether every required name is a key, found in one pass over the keys.
  private mutating func checkRequired(
    _ required: RequiredNames, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int
  )
    -> Bool
  {
    let names = required.names.count
    var found = EvaluatedSet()
    var foundCount = 0
    var key = instance + 1
    for _ in 0..<document.count(at: instance) {
      if let position = document.withString(at: key, { required.positions.value(for: $0) }), !found.contains(position) {
        found.insert(position)
        foundCount += 1
      }
      key = document.subtreeEnd(key + 1)
    }
    guard foundCount < names else { return true }
    if collectsErrors {
      for (position, name) in required.names.enumerated() where !found.contains(position) {
        report(node, instance, keyword: keyword.name, message: Messages.missing(name))
      }
    }
    return false
  }

  /// Property names a node declares (for "did you mean" after `unevaluatedProperties`).
  private func declaredNames(_ node: SchemaNode) -> [String] {
    for keyword in node.forObjects {
      if case .object(.properties(let rule)) = keyword.check { return rule.declared }
    }
    return []
  }
}
