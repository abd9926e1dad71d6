import CaseText

/// The parser behind ``JSONDocument/init(parsing:options:)``: a strict RFC 8259 reader over
/// UTF-8 bytes that writes the node list in one pass.
///
/// It is iterative (an explicit stack of open containers), so no input can overflow the call
/// stack; nesting beyond ``JSONParseOptions/maximumDepth`` is reported as an error.
struct JSONParserState {
  let options: JSONParseOptions
  var nodes: [JSONTapeNode] = []
  var decoded: [UInt8] = []
  var lines = LineTable()
  var sawDuplicateKey = false

  init(options: JSONParseOptions, byteCount: Int) {
    self.options = options
    nodes.reserveCapacity(byteCount / 10 + 4)
  }

  /// An open array or object.
  private struct Frame {
    var node: Int
    var count: UInt32
    var isObject: Bool
  }

  mutating func parseDocument(_ input: UnsafeBufferPointer<UInt8>) throws(JSONParseError) {
    var reader = ByteReader(input: input)
    guard input.count <= Int(UInt32.max) else { throw reader.error(.tooLarge, at: 0) }
    if input.starts(with: [0xEF, 0xBB, 0xBF]) { throw reader.error(.byteOrderMark, at: 0) }
    if input.starts(with: [0xFE, 0xFF]) || input.starts(with: [0xFF, 0xFE]) {
      throw reader.error(.utf16ByteOrderMark, at: 0)
    }
    skipWhitespace(&reader)
    guard !reader.atEnd else { throw reader.error(.emptyDocument, at: reader.position) }
    try parseValues(&reader)
    skipWhitespace(&reader)
    if !reader.atEnd {
      throw reader.error(.trailingContent(found: reader.describeCurrent()), at: reader.position)
    }
  }

  /// Parses one complete value (with everything nested in it) starting at a non-space byte.
  private mutating func parseValues(_ reader: inout ByteReader) throws(JSONParseError) {
    var stack: [Frame] = []
    parsing: while true {
      // A value is expected at the current position.
      let start = reader.position
      guard !reader.atEnd else {
        throw reader.error(.unexpectedEnd(expected: "a value"), at: start)
      }
      switch reader.current {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = reader.current == UInt8(ascii: "{")
        guard stack.count < options.maximumDepth else {
          throw reader.error(.tooDeep(limit: options.maximumDepth), at: start)
        }
        nodes.append(JSONTapeNode(kind: isObject ? .object : .array, offset: start))
        stack.append(Frame(node: nodes.count - 1, count: 0, isObject: isObject))
        reader.position += 1
        skipWhitespace(&reader)
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if !reader.atEnd && reader.current == close {
          reader.position += 1
          try closeContainer(stack.removeLast(), &reader)
        } else {
          if isObject { try parseKey(&reader) }
          continue parsing
        }
      case UInt8(ascii: "\""):
        try parseString(&reader)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        try parseNumber(&reader)
      default:
        try parseLiteral(&reader)
      }
      // A value is complete: continue its container, close it, or finish.
      while let frame = stack.last {
        stack[stack.count - 1].count += 1
        skipWhitespace(&reader)
        guard !reader.atEnd else {
          throw reader.error(
            .unexpectedEnd(expected: frame.isObject ? "',' or '}'" : "',' or ']'"), at: reader.position)
        }
        let byte = reader.current
        if byte == UInt8(ascii: ",") {
          let comma = reader.position
          reader.position += 1
          skipWhitespace(&reader)
          if !reader.atEnd && reader.current == (frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            throw reader.error(.trailingComma(inObject: frame.isObject), at: comma)
          }
          if frame.isObject { try parseKey(&reader) }
          continue parsing
        }
        if byte == (frame.isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          reader.position += 1
          try closeContainer(stack.removeLast(), &reader)
          continue
        }
        throw reader.error(.expectedCommaOrClose(inObject: frame.isObject), at: reader.position)
      }
      return
    }
  }

  /// Records the element count and extent of a finished container, and checks object keys.
  private mutating func closeContainer(_ frame: Frame, _ reader: inout ByteReader) throws(JSONParseError) {
    let count = frame.count
    nodes[frame.node].a = count
    nodes[frame.node].b = UInt32(truncatingIfNeeded: nodes.count)
    if frame.isObject && count > 1 { try checkDuplicateKeys(object: frame.node, count: Int(count), &reader) }
  }

  /// Parses `"key"` and the `:` after it, leaving the reader at the member's value.
  private mutating func parseKey(_ reader: inout ByteReader) throws(JSONParseError) {
    guard !reader.atEnd else { throw reader.error(.unexpectedEnd(expected: "an object key"), at: reader.position) }
    switch reader.current {
    case UInt8(ascii: "\""): break
    case UInt8(ascii: "'"): throw reader.error(.singleQuotes, at: reader.position)
    case UInt8(ascii: "/"): throw reader.error(.comment, at: reader.position)
    default: throw reader.error(.expectedKey(found: reader.describeCurrent()), at: reader.position)
    }
    try parseString(&reader)
    skipWhitespace(&reader)
    guard !reader.atEnd else { throw reader.error(.unexpectedEnd(expected: "':'"), at: reader.position) }
    guard reader.current == UInt8(ascii: ":") else {
      throw reader.error(.expectedColon(found: reader.describeCurrent()), at: reader.position)
    }
    reader.position += 1
    skipWhitespace(&reader)
  }

  /// Skips JSON whitespace (space, tab, line feed, carriage return), recording line starts.
  @inline(__always)
  private mutating func skipWhitespace(_ reader: inout ByteReader) {
    while !reader.atEnd {
      let byte = reader.current
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
        reader.position += 1
      } else if byte == UInt8(ascii: "\n") {
        reader.position += 1
        lines.addLineStart(reader.position)
      } else {
        return
      }
    }
  }

  // MARK: - Duplicate keys

  private mutating func checkDuplicateKeys(object: Int, count: Int, _ reader: inout ByteReader) throws(JSONParseError) {
    var keys: [Int] = []
    keys.reserveCapacity(count)
    var index = object + 1
    for _ in 0..<count {
      keys.append(index)
      let value = index + 1
      index = nodes[value].isContainer ? Int(nodes[value].b) : value + 1
    }
    if count <= 16 {
      for later in 1..<count {
        for earlier in 0..<later where keyBytesEqual(keys[earlier], keys[later], reader.input) {
          try reportDuplicate(first: keys[earlier], second: keys[later], &reader)
        }
      }
      return
    }
    var seen: [UInt64: [Int]] = [:]
    for key in keys {
      let hash = withKeyBytes(key, reader.input, fnv1a)
      if let candidates = seen[hash] {
        for earlier in candidates where keyBytesEqual(earlier, key, reader.input) {
          try reportDuplicate(first: earlier, second: key, &reader)
        }
      }
      seen[hash, default: []].append(key)
    }
  }

  private mutating func reportDuplicate(first: Int, second: Int, _ reader: inout ByteReader) throws(JSONParseError) {
    if options.allowsDuplicateKeys {
      sawDuplicateKey = true
      return
    }
    let name = withKeyBytes(second, reader.input) { String(decoding: $0, as: UTF8.self) }
    let firstLocation = reader.locate(Int(nodes[first].offset))
    throw reader.error(.duplicateKey(name, first: firstLocation), at: Int(nodes[second].offset))
  }

  private func withKeyBytes<Result>(
    _ index: Int, _ input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let node = nodes[index]
    let range = Int(node.a)..<Int(node.a) + Int(node.b)
    if node.escaped {
      return decoded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
    return body(UnsafeBufferPointer(rebasing: input[range]))
  }

  private func keyBytesEqual(_ first: Int, _ second: Int, _ input: UnsafeBufferPointer<UInt8>) -> Bool {
    guard nodes[first].b == nodes[second].b else { return false }
    return withKeyBytes(first, input) { a in withKeyBytes(second, input) { b in bytesEqual(a, b) } }
  }
}

/// FNV-1a, a small fast hash for grouping keys.
private func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes {
    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
  }
  return hash
}
