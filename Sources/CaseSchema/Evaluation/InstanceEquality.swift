import CaseJSON
import CaseText

/// JSON equality between parsed values and schema values: numbers by exact value, objects
/// regardless of member order.
enum InstanceEquality {
  /// Whether the value at `index` equals `value`.
  static func equals(_ document: JSONDocument, _ index: Int, _ value: JSONValue) -> Bool {
    switch (document.kind(at: index), value) {
    case (.null, .null): return true
    case (.boolean, .bool(let flag)): return document.isTrue(at: index) == flag
    case (.number, .number(let number)): return document.number(at: index) == number.value
    case (.string, .string(let text)):
      var text = text
      return text.withUTF8 { wanted in document.withString(at: index) { bytesEqual($0, wanted) } }
    case (.array, .array(let elements)):
      guard document.count(at: index) == elements.count else { return false }
      var element = index + 1
      for expected in elements {
        if !equals(document, element, expected) { return false }
        element = document.subtreeEnd(element)
      }
      return true
    case (.object, .object(let object)):
      guard document.count(at: index) == object.count else { return false }
      var key = index + 1
      for _ in 0..<object.count {
        guard let expected = object[document.string(at: key)], equals(document, key + 1, expected) else { return false }
        key = document.subtreeEnd(key + 1)
      }
      return true
    default:
      return false
    }
  }

  /// Whether the values at `first` and `second` of the same document are equal.
  static func equals(_ document: JSONDocument, _ first: Int, _ second: Int) -> Bool {
    let kind = document.kind(at: first)
    guard kind == document.kind(at: second) else { return false }
    switch kind {
    case .null: return true
    case .boolean: return document.isTrue(at: first) == document.isTrue(at: second)
    case .number: return document.number(at: first) == document.number(at: second)
    case .string: return document.withString(at: first) { a in document.withString(at: second) { bytesEqual(a, $0) } }
    case .array:
      guard document.count(at: first) == document.count(at: second) else { return false }
      var (a, b) = (first + 1, second + 1)
      for _ in 0..<document.count(at: first) {
        if !equals(document, a, b) { return false }
        (a, b) = (document.subtreeEnd(a), document.subtreeEnd(b))
      }
      return true
    case .object:
      let count = document.count(at: first)
      guard count == document.count(at: second) else { return false }
      var key = first + 1
      for _ in 0..<count {
        let name = document.string(at: key)
        guard let other = member(document, second, name), equals(document, key + 1, other) else { return false }
        key = document.subtreeEnd(key + 1)
      }
      return true
    }
  }

  private static func member(_ document: JSONDocument, _ object: Int, _ name: String) -> Int? {
    var name = name
    return name.withUTF8 { wanted in
      var key = object + 1
      for _ in 0..<document.count(at: object) {
        if document.withString(at: key, { bytesEqual($0, wanted) }) { return key + 1 }
        key = document.subtreeEnd(key + 1)
      }
      return nil
    }
  }

  /// The positions of the first two equal elements of the array at `array`, if any.
  static func firstDuplicate(_ document: JSONDocument, _ array: Int) -> (Int, Int)? {
    var elements: [Int] = []
    var element = array + 1
    for _ in 0..<document.count(at: array) {
      elements.append(element)
      element = document.subtreeEnd(element)
    }
    if elements.count <= 32 {
      for later in elements.indices.dropFirst() {
        for earlier in 0..<later where equals(document, elements[earlier], elements[later]) {
          return (earlier, later)
        }
      }
      return nil
    }
    var buckets: [Int: [Int]] = [:]
    for (position, element) in elements.enumerated() {
      var hasher = Hasher()
      hash(document, element, into: &hasher)
      let key = hasher.finalize()
      for earlier in buckets[key, default: []] where equals(document, elements[earlier], element) {
        return (earlier, position)
      }
      buckets[key, default: []].append(position)
    }
    return nil
  }

  /// A hash consistent with ``equals(_:_:_:)-(_,Int,Int)``.
  static func hash(_ document: JSONDocument, _ index: Int, into hasher: inout Hasher) {
    let kind = document.kind(at: index)
    hasher.combine(kind)
    switch kind {
    case .null: break
    case .boolean: hasher.combine(document.isTrue(at: index))
    case .number: hasher.combine(document.number(at: index))
    case .string: document.withString(at: index) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    case .array:
      var element = index + 1
      for _ in 0..<document.count(at: index) {
        hash(document, element, into: &hasher)
        element = document.subtreeEnd(element)
      }
    case .object:
      var combined = 0
      var key = index + 1
      for _ in 0..<document.count(at: index) {
        var member = Hasher()
        document.withString(at: key) { member.combine(bytes: UnsafeRawBufferPointer($0)) }
        hash(document, key + 1, into: &member)
        combined ^= member.finalize()
        key = document.subtreeEnd(key + 1)
      }
      hasher.combine(combined)
    }
  }
}
