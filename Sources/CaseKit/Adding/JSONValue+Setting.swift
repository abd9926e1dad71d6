import CaseJSON

extension JSONValue {
  /// This value with `newValue` put at `pointer`, creating the objects and arrays on the way
  /// (an array grows by one when the index is its length); nil removes the member or element.
  /// Where the path crosses a value of another kind, that value is replaced.
  public func setting(_ newValue: JSONValue?, at pointer: JSONPointer) -> JSONValue {
    setting(newValue, tokens: pointer.tokens[...])
  }

  private func setting(_ newValue: JSONValue?, tokens: ArraySlice<String>) -> JSONValue {
    guard let token = tokens.first else { return newValue ?? .null }
    let rest = tokens.dropFirst()
    if let index = JSONPointer.arrayIndex(token), case .array(var elements) = self.asContainer {
      if index < elements.count {
        if rest.isEmpty && newValue == nil {
          elements.remove(at: index)
        } else {
          elements[index] = elements[index].setting(newValue, tokens: rest)
        }
      } else if index == elements.count, newValue != nil {
        elements.append(JSONValue.null.setting(newValue, tokens: rest))
      }
      return .array(elements)
    }
    var object = objectValue ?? JSONObject()
    if rest.isEmpty && newValue == nil {
      object[token] = nil
    } else {
      object[token] = (object[token] ?? .null).setting(newValue, tokens: rest)
    }
    return .object(object)
  }

  /// This value when it is an array or an object, or an empty array when it is neither yet.
  private var asContainer: JSONValue {
    switch self {
    case .array, .object: self
    default: .array([])
    }
  }
}
