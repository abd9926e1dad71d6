import CaseJSON

extension Evaluator {
  mutating func checkArray(
    _ check: ArrayCheck, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    let count = document.count(at: instance)
    switch check {
    case .minItems(let limit), .maxItems(let limit):
      let isMinimum: Bool
      if case .minItems = check { isMinimum = true } else { isMinimum = false }
      guard isMinimum ? count < limit : count > limit else { return true }
      if collectsErrors {
        report(
          node, instance, keyword: keyword.name, message: Messages.itemCount(count, limit: limit, minimum: isMinimum))
      }
      return false
    case .uniqueItems:
      guard let (first, second) = InstanceEquality.firstDuplicate(document, instance) else { return true }
      if collectsErrors {
        report(node, instance, keyword: keyword.name, message: Messages.duplicateItems(document, first, second))
      }
      return false
    case .items(let items):
      return checkItems(items, keyword, node, instance, &evaluated)
    case .contains(let rule):
      return checkContains(rule, keyword, node, instance, &evaluated)
    case .unevaluatedItems(let schema):
      var valid = true
      var element = instance + 1
      for position in 0..<count {
        defer { element = document.subtreeEnd(element) }
        if evaluated?.contains(position) == true { continue }
        if !evaluateChild(schema, element, step: .element(position)) {
          valid = false
          if !collectsErrors { return false }
        } else {
          evaluated?.insert(position)
        }
      }
      return valid
    }
  }

  private mutating func checkItems(
    _ items: ItemSchemas, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    var valid = true
    var element = instance + 1
    let count = document.count(at: instance)
    if let rest = items.rest, rest.isFalse, count > items.prefix.count {
      if collectsErrors {
        report(
          node, instance, keyword: items.restKeyword,
          message: Messages.tooManyItems(count, allowed: items.prefix.count))
      }
      return false
    }
    for position in 0..<count {
      defer { element = document.subtreeEnd(element) }
      let schema: SchemaNode
      if position < items.prefix.count {
        schema = items.prefix[position]
      } else if let rest = items.rest {
        schema = rest
      } else {
        break
      }
      if evaluateChild(schema, element, step: .element(position)) {
        evaluated?.insert(position)
      } else {
        valid = false
        if !collectsErrors { return false }
      }
    }
    return valid
  }

  private mutating func checkContains(
    _ rule: ContainsRule, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int, _ evaluated: inout EvaluatedSet?
  ) -> Bool {
    var matches = 0
    var element = instance + 1
    let collecting = collectsErrors
    collectsErrors = false
    for position in 0..<document.count(at: instance) {
      defer { element = document.subtreeEnd(element) }
      var none: EvaluatedSet? = nil
      if evaluate(rule.schema, element, &none) {
        matches += 1
        evaluated?.insert(position)
        // Without bounds to check or annotations to collect, one match settles it.
        if rule.maximum == nil && evaluated == nil && matches >= rule.minimum && !collecting { break }
      }
    }
    collectsErrors = collecting
    let valid = matches >= rule.minimum && matches <= (rule.maximum ?? Int.max)
    if !valid && collectsErrors {
      let name: StaticString = matches < rule.minimum ? (rule.minimum == 1 ? "contains" : "minContains") : "maxContains"
      report(
        node, instance, keyword: name,
        message: Messages.contains(matches: matches, minimum: rule.minimum, maximum: rule.maximum))
    }
    return valid
  }
}
