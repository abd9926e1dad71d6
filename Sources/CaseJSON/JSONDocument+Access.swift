/// Index-based access to a document's values, for code that walks many documents quickly (the
/// schema checker): no view objects, no reference counting, inlinable across modules.
///
/// Indices are those of ``JSONNode/index``: 0 is the root, values are in pre-order, and an
/// object's members are a key followed by its value.
extension JSONDocument {
  /// The kind of the value at `index`.
  @inlinable
  public func kind(at index: Int) -> JSONKind {
    switch tape[index].kind {
    case .null: return .null
    case .false, .true: return .boolean
    case .number: return .number
    case .string: return .string
    case .array: return .array
    case .object: return .object
    }
  }

  /// The boolean at `index` (false for other kinds).
  @inlinable
  public func isTrue(at index: Int) -> Bool { tape[index].kind == .true }

  /// The number of elements or members of the container at `index`; 0 for other kinds.
  @inlinable
  public func count(at index: Int) -> Int {
    let node = tape[index]
    return node.isContainer ? Int(node.a) : 0
  }

  /// The index just past the value at `index` and everything nested in it; for a container's
  /// element or member value this is where the next sibling (or key) starts.
  @inlinable
  public func subtreeEnd(_ index: Int) -> Int { end(of: index) }

  /// The byte offset where the value at `index` starts.
  @inlinable
  public func offset(at index: Int) -> Int { Int(tape[index].offset) }

  /// Calls `body` with the UTF-8 bytes of the string or key at `index`.
  @inlinable
  public func withString<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try withStringBytes(at: index, body)
  }

  /// The string or key at `index`.
  public func string(at index: Int) -> String {
    withStringBytes(at: index) { String(decoding: $0, as: UTF8.self) }
  }

  /// The exact value of the number at `index`.
  public func number(at index: Int) -> ExactDecimal {
    withLexemeBytes(at: index) { ExactDecimal(lexeme: $0) }
  }

  /// The value at `index`, copied out.
  public func value(at index: Int) -> JSONValue { JSONNode(document: self, index: index).value }

  /// The node view for `index`.
  public func node(at index: Int) -> JSONNode { JSONNode(document: self, index: index) }
}

extension JSONDocument {
  /// Calls `body` with the lexeme bytes of the number at `index`.
  @inlinable
  public func withLexeme<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try withLexemeBytes(at: index, body)
  }
}
