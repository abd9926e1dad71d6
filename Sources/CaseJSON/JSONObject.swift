/// A JSON object that keeps its members in order.
///
/// Order matters to people reading files, so formatting, showing and exporting keep it; equality
/// ignores it, as JSON does. Keys are unique: setting an existing key replaces its value in place.
public struct JSONObject: Sendable, Hashable, RandomAccessCollection {
  public private(set) var keys: [String]
  public private(set) var values: [JSONValue]

  public init() {
    keys = []
    values = []
  }

  /// An object with `members` in order; a repeated key keeps its first position and last value.
  public init(_ members: some Sequence<(String, JSONValue)>) {
    self.init()
    for (key, value) in members { self[key] = value }
  }

  /// An object from keys known to be distinct.
  init(uniqueKeys keys: [String], values: [JSONValue]) {
    self.keys = keys
    self.values = values
  }

  // MARK: - Collection

  public var startIndex: Int { 0 }
  public var endIndex: Int { keys.count }
  public subscript(position: Int) -> (key: String, value: JSONValue) {
    (keys[position], values[position])
  }

  // MARK: - Members

  /// The value for `key`, or nil. Setting nil removes the member.
  public subscript(key: String) -> JSONValue? {
    get {
      guard let index = keys.firstIndex(of: key) else { return nil }
      return values[index]
    }
    set {
      if let index = keys.firstIndex(of: key) {
        if let newValue {
          values[index] = newValue
        } else {
          keys.remove(at: index)
          values.remove(at: index)
        }
      } else if let newValue {
        keys.append(key)
        values.append(newValue)
      }
    }
  }

  /// Reorders the members: keys listed in `order` first, in that order, then the rest as they were.
  public func reordered(by order: [String]) -> JSONObject {
    var result = JSONObject()
    for key in order {
      if let value = self[key] { result[key] = value }
    }
    for (key, value) in zip(keys, values) where result[key] == nil {
      result[key] = value
    }
    return result
  }

  // MARK: - Equality ignores order

  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    guard lhs.keys.count == rhs.keys.count else { return false }
    for (key, value) in zip(lhs.keys, lhs.values) where rhs[key] != value {
      return false
    }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    // Order-independent: combine member hashes commutatively.
    var combined = 0
    for (key, value) in zip(keys, values) {
      var member = Hasher()
      member.combine(key)
      member.combine(value)
      combined ^= member.finalize()
    }
    hasher.combine(keys.count)
    hasher.combine(combined)
  }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init(elements)
  }
}
