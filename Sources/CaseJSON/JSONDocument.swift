/// A parsed JSON text: its bytes, a compact tree of its values, and where each one is.
///
/// Values are stored as a flat, pre-order array of 16-byte nodes that point into the source
/// bytes, so parsing allocates a few arrays per document rather than one object per value,
/// and every value and key knows its source position. ``JSONNode`` is the view used to read it;
/// ``JSONNode/value`` copies a subtree out as a ``JSONValue``.
public final class JSONDocument: @unchecked Sendable {
  // @unchecked: the bytes and node tape are never written after parsing.
  /// The source text, the decoded strings and the nodes live in one allocation owned by the
  /// document and never changed after parsing; readers use these buffers directly, so walking
  /// a document costs no reference counting (which matters when threads share documents).
  @usableFromInline let text: UnsafeBufferPointer<UInt8>
  /// Strings that contained escapes, decoded; nodes with ``JSONTapeNode/escaped`` point here.
  @usableFromInline let decodedText: UnsafeBufferPointer<UInt8>
  /// The values in pre-order; index 0 is the root.
  @usableFromInline let tape: UnsafeBufferPointer<JSONTapeNode>
  private let allocation: UnsafeMutableRawPointer
  /// Line starts, for turning offsets into line and column.
  public let lines: LineTable
  /// True when some object repeats a key (only possible when the options allow it).
  public let hasDuplicateKeys: Bool

  /// Parses `bytes` as one JSON text (RFC 8259, strict).
  ///
  /// - Throws: ``JSONParseError`` with the position of the first problem.
  public init(parsing bytes: [UInt8], options: JSONParseOptions = JSONParseOptions()) throws(JSONParseError) {
    var parser = JSONParserState(options: options, byteCount: bytes.count)
    try bytes.withUnsafeBufferPointer { (input) throws(JSONParseError) in
      try parser.parseDocument(input)
    }
    let nodeOffset = (bytes.count + parser.decoded.count + 15) & ~15
    let size = nodeOffset + parser.nodes.count * MemoryLayout<JSONTapeNode>.stride
    allocation = .allocate(byteCount: max(size, 1), alignment: 16)
    let textStart = allocation.bindMemory(to: UInt8.self, capacity: bytes.count + parser.decoded.count)
    // swift-format-ignore: NeverForceUnwrap
    // The array is not empty here (a document has at least one byte), so it has a base address.
    bytes.withUnsafeBufferPointer { textStart.initialize(from: $0.baseAddress!, count: $0.count) }
    parser.decoded.withUnsafeBufferPointer {
      if let base = $0.baseAddress { (textStart + bytes.count).initialize(from: base, count: $0.count) }
    }
    let nodeStart = (allocation + nodeOffset).bindMemory(to: JSONTapeNode.self, capacity: parser.nodes.count)
    // swift-format-ignore: NeverForceUnwrap
    // Every document has at least one node, so the array has a base address.
    parser.nodes.withUnsafeBufferPointer { nodeStart.initialize(from: $0.baseAddress!, count: $0.count) }
    text = UnsafeBufferPointer(start: textStart, count: bytes.count)
    decodedText = UnsafeBufferPointer(start: textStart + bytes.count, count: parser.decoded.count)
    tape = UnsafeBufferPointer(start: nodeStart, count: parser.nodes.count)
    lines = parser.lines
    hasDuplicateKeys = parser.sawDuplicateKey
  }

  deinit {
    allocation.deallocate()
  }

  /// Parses the UTF-8 text of `text`.
  public convenience init(parsing text: String, options: JSONParseOptions = JSONParseOptions()) throws(JSONParseError) {
    try self.init(parsing: Array(text.utf8), options: options)
  }

  /// The source text, UTF-8 (a copy).
  public var bytes: [UInt8] { Array(text) }

  /// The top-level value.
  public var root: JSONNode { JSONNode(document: self, index: 0) }

  /// The number of values (and keys) in the document.
  public var nodeCount: Int { tape.count }

  /// The line and column of a byte offset in this document.
  public func location(ofOffset offset: Int) -> SourceLocation {
    lines.location(of: offset, in: text)
  }

  /// The index just past the subtree that starts at `index`.
  @inlinable
  func end(of index: Int) -> Int {
    let node = tape[index]
    return node.isContainer ? Int(node.b) : index + 1
  }

  /// Calls `body` with the UTF-8 bytes of the string (or key) node at `index`.
  @inlinable
  func withStringBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result
  {
    let node = tape[index]
    let base = node.escaped ? decodedText : text
    // swift-format-ignore: NeverForceUnwrap
    // A string node's range lies inside its buffer, which is then not empty.
    return try body(UnsafeBufferPointer(start: base.baseAddress.map { $0 + Int(node.a) }, count: Int(node.b)))
  }

  /// Calls `body` with the lexeme bytes of the number node at `index`.
  @inlinable
  func withLexemeBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result
  {
    let node = tape[index]
    return try body(UnsafeBufferPointer(start: text.baseAddress.map { $0 + Int(node.a) }, count: Int(node.b)))
  }
}

/// Options for parsing JSON.
public struct JSONParseOptions: Sendable {
  /// The deepest nesting of arrays and objects accepted. Deeper documents are an error rather
  /// than a risk to the stack of the code that walks them.
  public var maximumDepth: Int
  /// Whether an object may repeat a key (the last value wins). Off by default: RFC 8259 leaves
  /// the meaning of repeated keys undefined, and in hand-written data they are mistakes.
  public var allowsDuplicateKeys: Bool

  /// The default nesting limit, 512 levels.
  public static let defaultMaximumDepth = 512

  public init(maximumDepth: Int = JSONParseOptions.defaultMaximumDepth, allowsDuplicateKeys: Bool = false) {
    self.maximumDepth = maximumDepth
    self.allowsDuplicateKeys = allowsDuplicateKeys
  }
}

/// One value or key in a ``JSONDocument``.
///
/// - `string`: `a` is the start and `b` the byte length of its content, in the source bytes or,
///   when ``escaped``, in the decoded buffer.
/// - `number`: `a` is the start and `b` the length of its lexeme in the source.
/// - `array`, `object`: `a` is the number of elements or members and `b` the index just past
///   the subtree. An object's members are a key node followed by the value's subtree.
@usableFromInline
struct JSONTapeNode: Sendable {
  @usableFromInline var tag: UInt32
  /// Source offset of the value's first byte (the opening quote of a string).
  @usableFromInline var offset: UInt32
  @usableFromInline var a: UInt32
  @usableFromInline var b: UInt32

  @usableFromInline static let escapedFlag: UInt32 = 0x100

  @usableFromInline
  init(kind: JSONTapeKind, offset: Int, a: UInt32 = 0, b: UInt32 = 0, escaped: Bool = false) {
    tag = UInt32(kind.rawValue) | (escaped ? JSONTapeNode.escapedFlag : 0)
    self.offset = UInt32(truncatingIfNeeded: offset)
    self.a = a
    self.b = b
  }

  // swift-format-ignore: NeverForceUnwrap
  // Tags are written by the parser from JSONTapeKind raw values only.
  @inlinable var kind: JSONTapeKind { JSONTapeKind(rawValue: UInt8(truncatingIfNeeded: tag & 0xFF))! }
  @inlinable var escaped: Bool { tag & JSONTapeNode.escapedFlag != 0 }
  @inlinable var isContainer: Bool { tag & 0xFF >= UInt32(JSONTapeKind.array.rawValue) }
}

/// The kinds of node; containers sort last so ``JSONTapeNode/isContainer`` is one comparison.
@usableFromInline
enum JSONTapeKind: UInt8, Sendable {
  case null = 0
  case `false`, `true`, number, string, array, object
}
