import CaseJSON
import CaseRegex

extension Evaluator {
  mutating func checkNumber(_ check: NumberCheck, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int) -> Bool {
    let value = document.number(at: instance)
    let valid: Bool
    switch check {
    case .minimum(let limit, let exclusive): valid = exclusive ? limit < value : !(value < limit)
    case .maximum(let limit, let exclusive): valid = exclusive ? value < limit : !(limit < value)
    case .multipleOf(let divisor): valid = value.isMultiple(of: divisor)
    }
    if !valid && collectsErrors {
      report(node, instance, keyword: keyword.name, message: Messages.number(document, instance, check))
    }
    return valid
  }

  mutating func checkString(_ check: StringCheck, _ keyword: Keyword, _ node: SchemaNode, _ instance: Int) -> Bool {
    let valid: Bool
    switch check {
    case .minLength(let limit): valid = characterCount(instance) >= limit
    case .maxLength(let limit): valid = characterCount(instance) <= limit
    case .pattern(let regex):
      do {
        valid = try document.withString(at: instance) { (bytes) throws(RegexMatchError) in
          try regex.matches(utf8: bytes)
        }
      } catch {
        failure = .patternTooComplex(
          pattern: regex.pattern, keywordLocation: keywordPath(node, "\(keyword.name)").description)
        return false
      }
    case .format(_, let validate):
      valid = document.withString(at: instance, validate)
    case .content(let base64, let json):
      valid = document.withString(at: instance) { ContentCheck.isValid($0, base64: base64, json: json) }
    }
    if !valid && collectsErrors {
      report(node, instance, keyword: keyword.name, message: Messages.string(document, instance, check))
    }
    return valid
  }

  /// The number of Unicode scalars in the string at `instance`.
  func characterCount(_ instance: Int) -> Int {
    document.withString(at: instance) { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    }
  }
}
