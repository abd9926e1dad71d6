import CaseJSON

/// The reader behind ``YAMLDocument``: one pass over UTF-8 bytes that builds the node tree.
///
/// Block structure (indented `key: value` and `- item` lines) is read by a loop over an explicit
/// stack of open collections, and flow collections (`[ ]`, `{ }`) by a second loop with its own
/// stack, so no input can overflow the call stack; nesting beyond ``YAMLDocument/maximumDepth``
/// is reported as an error. Every scan moves forward, so reading is linear in the input.
///
/// Indentation is counted in bytes from the start of the line; it only ever covers spaces and
/// the `- ` of compact sequences, which are one byte each.
struct YAMLParser {
  let input: UnsafeBufferPointer<UInt8>
  /// The end of the text to read; `input` may go on (a Markdown body after front matter).
  let end: Int
  var position: Int
  /// Where the line holding `position` starts.
  var lineStart: Int
  var locator: YAMLLocator

  /// A parser for `input[range]`; positions are reported in the whole of `input`, so `range`
  /// should start at the start of a line.
  init(input: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
    self.input = input
    end = range.upperBound
    position = range.lowerBound
    if position == 0 && startsWithByteOrderMark(input) && end >= 3 { position = 3 }
    lineStart = position
    locator = YAMLLocator(input: input, end: end)
  }

  mutating func location(_ offset: Int) -> SourceLocation {
    locator.location(of: offset)
  }

  mutating func error(_ kind: YAMLParseError.Kind, at offset: Int) -> YAMLParseError {
    YAMLParseError(kind: kind, location: locator.location(of: offset))
  }

  // MARK: - Document

  /// Reads the whole text as one document; nil when it holds no value (only blank lines,
  /// comments and document markers).
  mutating func parseDocument() throws(YAMLParseError) -> YAMLNode? {
    if let (kind, offset) = firstInvalidCharacter(in: input, range: position..<end, onlyUTF8: false) {
      throw error(kind, at: offset)
    }
    var nextIndent = try skipToContent()
    var root: YAMLNode?
    if nextIndent < 0 && documentMarker() == UInt8(ascii: "-") {
      position += 3
      let markerEnd = position
      let afterTab = skipBlanks()
      if position < end && !isBreak(input[position]) && input[position] != UInt8(ascii: "#") {
        // `--- value`: the value starts on the marker's line, so it cannot be a block collection.
        let slot = Slot(parentIndent: -1, indicatorEnd: markerEnd, isSequenceItem: false)
        (root, nextIndent) = try parseNode(.content(slot, compact: false, afterTab: afterTab))
      } else {
        nextIndent = try finishLine()
      }
    }
    if root == nil && nextIndent >= 0 {
      let slot = Slot(parentIndent: -1, indicatorEnd: position, isSequenceItem: false)
      (root, nextIndent) = try parseNode(.content(slot, compact: true, afterTab: false))
    }
    if nextIndent >= 0 { throw error(.contentAfterDocument, at: position) }
    if position < end {
      // A document marker: `...` may end the document, but nothing may follow it.
      if documentMarker() == UInt8(ascii: "-") { throw error(.multipleDocuments, at: position) }
      position += 3
      if try finishLine() >= 0 || position < end { throw error(.multipleDocuments, at: position) }
    }
    return root
  }

  // MARK: - Block structure

  /// What the node being read stands for in its parent.
  struct Slot {
    /// The indentation of the collection the node belongs to; -1 at the top level.
    var parentIndent: Int
    /// Just after the `-`, `:` or `---` before the node: where an empty node is placed.
    var indicatorEnd: Int
    /// True for the item of a block sequence, whose first line may hold a compact collection
    /// (`- key: value`, `- - item`); false for a mapping value, which may instead be a
    /// sequence indented like its key.
    var isSequenceItem: Bool
  }

  /// The next thing to do in the block loop.
  enum Step {
    /// Read the node for a slot, just after its `-` or `:`.
    case slot(Slot)
    /// Read the node that starts at `position`. `compact` says whether a block collection may
    /// start there; `afterTab` whether a tab separates it from its indicator.
    case content(Slot, compact: Bool, afterTab: Bool)
    /// A node is read; `nextIndent` is the indentation of the next line with content, at which
    /// `position` stands (-1 at the end of the text or at a document marker).
    case complete(YAMLNode, nextIndent: Int)
  }

  /// Reads one block node and everything nested in it, starting with `first`.
  mutating func parseNode(_ first: Step) throws(YAMLParseError) -> (YAMLNode, nextIndent: Int) {
    var stack: [OpenCollection] = []
    var step = first
    while true {
      switch step {
      case .slot(let slot):
        step = try beginSlot(slot)
      case .content(let slot, let compact, let afterTab):
        step = try parseContent(slot, compact: compact, afterTab: afterTab, &stack)
      case .complete(let node, let nextIndent):
        guard !stack.isEmpty else { return (node, nextIndent) }
        stack[stack.count - 1].values.append(node)
        step = try continueCollection(nextIndent, &stack)
      }
    }
  }

  /// Finds the node of a slot: on the indicator's line, on a later line, or nowhere (an empty
  /// node, which is null).
  private mutating func beginSlot(_ slot: Slot) throws(YAMLParseError) -> Step {
    let afterTab = skipBlanks()
    if position < end && !isBreak(input[position]) && input[position] != UInt8(ascii: "#") {
      return .content(slot, compact: slot.isSequenceItem, afterTab: afterTab)
    }
    let indent = try finishLine()
    if indent > slot.parentIndent
      || (indent == slot.parentIndent && !slot.isSequenceItem && isSequenceIndicator(at: position))
    {
      return .content(slot, compact: true, afterTab: false)
    }
    let empty = YAMLScalar(text: "", style: .plain, location: location(slot.indicatorEnd))
    return .complete(.scalar(empty), nextIndent: indent)
  }

  /// Reads the node at `position`: a scalar, a flow collection, or the first entry of a new
  /// block collection.
  private mutating func parseContent(
    _ slot: Slot, compact: Bool, afterTab: Bool, _ stack: inout [OpenCollection]
  ) throws(YAMLParseError) -> Step {
    let start = position
    let column = position - lineStart
    switch input[position] {
    case UInt8(ascii: "-") where isSeparator(at: position + 1):
      guard compact else { throw error(.sequenceOnKeyLine, at: start) }
      if afterTab { throw error(.tabIndentation, at: start) }
      try open(isMapping: false, indent: column, at: location(start), &stack)
      position += 1
      return .slot(Slot(parentIndent: column, indicatorEnd: position, isSequenceItem: true))
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      let node = try parseFlowCollection(depth: stack.count)
      skipBlanks()
      if position < end && input[position] == UInt8(ascii: ":") { throw error(.nonScalarKey, at: start) }
      return .complete(node, nextIndent: try finishLine())
    case UInt8(ascii: "|"), UInt8(ascii: ">"):
      let node = try scanBlockScalar(parentIndent: slot.parentIndent)
      return .complete(node, nextIndent: try skipToContent())
    default:
      switch try scanScalarOrKey(parentIndent: slot.parentIndent, multiline: true) {
      case .value(let scalar):
        return .complete(.scalar(scalar), nextIndent: try finishLine())
      case .key(let key):
        guard compact else { throw YAMLParseError(kind: .mappingOnKeyLine, location: key.location) }
        if afterTab { throw YAMLParseError(kind: .tabIndentation, location: key.location) }
        try open(isMapping: true, indent: column, at: key.location, &stack)
        try stack[stack.count - 1].addKey(key)
        return .slot(Slot(parentIndent: column, indicatorEnd: position, isSequenceItem: false))
      }
    }
  }

  /// After a node of the innermost open collection: reads the next entry's indicator or key,
  /// or closes the collection when the next line is indented less.
  private mutating func continueCollection(
    _ indent: Int, _ stack: inout [OpenCollection]
  ) throws(YAMLParseError) -> Step {
    let top = stack.count - 1
    let topIndent = stack[top].indent
    if indent < topIndent { return .complete(stack.removeLast().node, nextIndent: indent) }
    if indent > topIndent { throw error(.unexpectedIndentation(found: indent, expected: topIndent), at: position) }
    if stack[top].isMapping {
      if isSequenceIndicator(at: position) { throw error(.sequenceItemInMapping, at: position) }
      let key = try scanKey()
      try stack[top].addKey(key)
      return .slot(Slot(parentIndent: topIndent, indicatorEnd: position, isSequenceItem: false))
    }
    if isSequenceIndicator(at: position) {
      position += 1
      return .slot(Slot(parentIndent: topIndent, indicatorEnd: position, isSequenceItem: true))
    }
    // A sequence indented like its key ends where the mapping's next key starts.
    if top > 0 && stack[top - 1].isMapping && stack[top - 1].indent == topIndent {
      return .complete(stack.removeLast().node, nextIndent: indent)
    }
    throw error(.missingSequenceIndicator, at: position)
  }

  /// Opens a collection, unless that would nest collections deeper than the limit; `outerDepth`
  /// counts the collections around those on `stack`.
  func open(
    isMapping: Bool, indent: Int, at location: SourceLocation, outerDepth: Int = 0, _ stack: inout [OpenCollection]
  ) throws(YAMLParseError) {
    guard outerDepth + stack.count < YAMLDocument.maximumDepth else {
      throw YAMLParseError(kind: .tooDeep(limit: YAMLDocument.maximumDepth), location: location)
    }
    stack.append(OpenCollection(isMapping: isMapping, indent: indent, location: location))
  }

  // MARK: - Keys and scalars

  /// A scalar read in block context: a mapping key (its `:` is consumed) or a value.
  enum ScannedScalar {
    case key(YAMLScalar)
    case value(YAMLScalar)
  }

  /// Reads a quoted or plain scalar, and the `:` after it when it is a key.
  private mutating func scanScalarOrKey(
    parentIndent: Int, multiline: Bool
  ) throws(YAMLParseError) -> ScannedScalar {
    let firstLine = lineStart
    let scalar: YAMLScalar
    if input[position] == UInt8(ascii: "\"") || input[position] == UInt8(ascii: "'") {
      scalar = try scanQuoted()
    } else {
      if let kind = plainStartError(inFlow: false) { throw error(kind, at: position) }
      scalar = scanPlain(inFlow: false, parentIndent: parentIndent, multiline: multiline)
    }
    let textEnd = position
    skipBlanks()
    guard position < end && input[position] == UInt8(ascii: ":") && isSeparator(at: position + 1) else {
      position = textEnd
      return .value(scalar)
    }
    if lineStart != firstLine {
      if scalar.style == .plain { throw error(.colonInPlainScalar, at: position) }
      throw YAMLParseError(kind: .multilineKey, location: scalar.location)
    }
    position += 1
    return .key(scalar)
  }

  /// Reads the key of a block mapping's next entry, and its `:`.
  private mutating func scanKey() throws(YAMLParseError) -> YAMLScalar {
    let start = position
    switch input[position] {
    case UInt8(ascii: "["), UInt8(ascii: "{"): throw error(.nonScalarKey, at: start)
    case UInt8(ascii: "|"), UInt8(ascii: ">"): throw error(.missingColon, at: start)
    default: break
    }
    switch try scanScalarOrKey(parentIndent: -1, multiline: false) {
    case .key(let key): return key
    case .value: throw error(.missingColon, at: start)
    }
  }

  /// The error for the character at `position` when it cannot start a plain scalar, or nil.
  func plainStartError(inFlow: Bool) -> YAMLParseError.Kind? {
    let byte = input[position]
    switch byte {
    case UInt8(ascii: "&"): return .anchor
    case UInt8(ascii: "*"): return .alias
    case UInt8(ascii: "!"): return .tag
    case UInt8(ascii: "%"): return position == lineStart && !inFlow ? .directive : .cannotStartPlain("%")
    case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "-"):
      // These start a plain scalar when a character that could continue one follows.
      let next = position + 1
      if next < end && !isBlank(input[next]) && !isBreak(input[next]) && !(inFlow && isFlowIndicator(input[next])) {
        return nil
      }
      if byte == UInt8(ascii: "?") { return .complexKey }
      return byte == UInt8(ascii: ":") ? .emptyKey : .cannotStartPlain("-")
    case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "@"), UInt8(ascii: "`"):
      return .cannotStartPlain(Character(Unicode.Scalar(byte)))
    default:
      return nil
    }
  }
}

/// A mapping or sequence being read, block or flow.
struct OpenCollection {
  let isMapping: Bool
  /// For a block collection, the column (0-based) of its keys or `-`s; -1 for flow collections.
  let indent: Int
  let location: SourceLocation
  var keys: [YAMLScalar] = []
  /// The items of a sequence, or the values of a mapping (one for each key once read).
  var values: [YAMLNode] = []
  private var firstKeyLocations: [String: SourceLocation] = [:]

  init(isMapping: Bool, indent: Int, location: SourceLocation) {
    self.isMapping = isMapping
    self.indent = indent
    self.location = location
  }

  /// Adds a mapping key, unless the mapping already has it.
  mutating func addKey(_ key: YAMLScalar) throws(YAMLParseError) {
    if let first = firstKeyLocations[key.text] {
      throw YAMLParseError(kind: .duplicateKey(key.text, first: first), location: key.location)
    }
    firstKeyLocations[key.text] = key.location
    keys.append(key)
  }

  /// The finished node.
  var node: YAMLNode {
    guard isMapping else { return .sequence(YAMLSequence(items: values, location: location)) }
    let entries = zip(keys, values).map { YAMLMapping.Entry(key: $0, value: $1) }
    return .mapping(YAMLMapping(entries: entries, location: location))
  }
}
