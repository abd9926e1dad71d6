import CaseText

/// A read-only view of one value in a ``JSONDocument``, with its source position.
public struct JSONNode: Sendable {
  /// The document the value belongs to.
  public let document: JSONDocument
  /// The value's index in the document's pre-order node list.
  public let index: Int

  @inlinable
  init(document: JSONDocument, index: Int) {
    self.document = document
    self.index = index
  }

  @inlinable var node: JSONTapeNode { document.tape[index] }

  /// The kind of value.
  public var kind: JSONKind {
    switch node.kind {
    case .null: return .null
    case .false, .true: return .boolean
    case .number: return .number
    case .string: return .string
    case .array: return .array
    case .object: return .object
    }
  }

  /// The byte offset of the value's first character (a string's opening quote).
  public var offset: Int { Int(node.offset) }

  /// The line and column where the value starts.
  public var location: SourceLocation { document.location(ofOffset: offset) }

  // MARK: - Scalars

  public var boolValue: Bool? {
    switch node.kind {
    case .true: return true
    case .false: return false
    default: return nil
    }
  }

  /// The string's content; nil for other kinds.
  public var stringValue: String? {
    guard node.kind == .string else { return nil }
    return document.withStringBytes(at: index) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the string's UTF-8 bytes without copying them; nil for other kinds.
  public func withStringBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
    guard node.kind == .string else { return nil }
    return try document.withStringBytes(at: index, body)
  }

  /// The number, with its lexeme; nil for other kinds.
  public var numberValue: JSONNumber? {
    guard node.kind == .number else { return nil }
    return withLexeme { JSONNumber(lexeme: String(decoding: $0, as: UTF8.self), value: ExactDecimal(lexeme: $0)) }
  }

  /// The number's exact value without allocating its lexeme; nil for other kinds.
  public var exactNumber: ExactDecimal? {
    guard node.kind == .number else { return nil }
    return withLexeme { ExactDecimal(lexeme: $0) }
  }

  private func withLexeme<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    document.withLexemeBytes(at: index, body)
  }

  // MARK: - Containers

  /// The number of elements of an array or members of an object; 0 for other kinds.
  public var count: Int { node.isContainer ? Int(node.a) : 0 }

  /// The elements of an array (empty for other kinds).
  public var elements: Elements { Elements(document: document, container: index) }

  /// The members of an object (empty for other kinds).
  public var members: Members { Members(document: document, container: index) }

  /// The member `key` of an object; nil when absent or not an object.
  public subscript(key: String) -> JSONNode? {
    var key = key
    return key.withUTF8 { wanted in
      members.first { member in member.key.withStringBytes { bytesEqual($0, wanted) } == true }?.value
    }
  }

  /// The element at `position` of an array; nil when out of range or not an array.
  public subscript(position: Int) -> JSONNode? {
    guard node.kind == .array, position >= 0, position < count else { return nil }
    var iterator = elements.makeIterator()
    for _ in 0..<position { _ = iterator.next() }
    return iterator.next()
  }

  /// The elements of an array, in order.
  public struct Elements: Sequence, Sendable {
    let document: JSONDocument
    let container: Int

    public func makeIterator() -> Iterator {
      let node = document.tape[container]
      let end = node.kind == .array ? Int(node.b) : container + 1
      return Iterator(document: document, cursor: container + 1, end: end)
    }

    public struct Iterator: IteratorProtocol {
      let document: JSONDocument
      var cursor: Int
      let end: Int

      public mutating func next() -> JSONNode? {
        guard cursor < end else { return nil }
        let current = cursor
        cursor = document.end(of: current)
        return JSONNode(document: document, index: current)
      }
    }
  }

  /// The members of an object, in source order, each with its key node.
  public struct Members: Sequence, Sendable {
    let document: JSONDocument
    let container: Int

    public func makeIterator() -> Iterator {
      let node = document.tape[container]
      let end = node.kind == .object ? Int(node.b) : container + 1
      return Iterator(document: document, cursor: container + 1, end: end)
    }

    public struct Iterator: IteratorProtocol {
      let document: JSONDocument
      var cursor: Int
      let end: Int

      public mutating func next() -> (key: JSONNode, value: JSONNode)? {
        guard cursor < end else { return nil }
        let key = cursor
        cursor = document.end(of: key + 1)
        return (JSONNode(document: document, index: key), JSONNode(document: document, index: key + 1))
      }
    }
  }

  // MARK: - Materializing

  /// A copy of the subtree as a ``JSONValue``.
  public var value: JSONValue {
    switch node.kind {
    case .null: return .null
    case .false: return .bool(false)
    case .true: return .bool(true)
    // The kind was just checked: neither value is nil.
    case .number: return numberValue.map(JSONValue.number) ?? .null
    case .string: return stringValue.map(JSONValue.string) ?? .null
    case .array: return .array(elements.map(\.value))
    case .object:
      var keys: [String] = []
      var values: [JSONValue] = []
      keys.reserveCapacity(count)
      values.reserveCapacity(count)
      for (key, value) in members {
        // swift-format-ignore: NeverForceUnwrap
        // Object keys are strings.
        keys.append(key.stringValue!)
        values.append(value.value)
      }
      // Without repeated keys (the parser's default) the members can be taken as they are.
      if document.hasDuplicateKeys { return .object(JSONObject(zip(keys, values))) }
      return .object(JSONObject(uniqueKeys: keys, values: values))
    }
  }
}
