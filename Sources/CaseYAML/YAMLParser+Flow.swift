extension YAMLParser {
  /// Reads a flow collection (`[a, b]` or `{k: v}`, nested as deep as the limit allows) from its
  /// opening bracket, and leaves `position` just after its closing bracket.
  ///
  /// Entries may span lines and hold comments; a trailing comma is allowed, and a key in braces
  /// may have no value (`{a, b: 1}` gives `a` a null value). `depth` counts the block collections
  /// around the collection.
  mutating func parseFlowCollection(depth: Int) throws(YAMLParseError) -> YAMLNode {
    var stack: [OpenCollection] = []
    try openFlow(depth: depth, &stack)
    while true {
      // At the start of an entry: read it, or close the collection after `[`, `{` or `,`.
      try skipFlowSpace(stack[stack.count - 1])
      var node: YAMLNode
      if input[position] == closingBracket(mapping: stack[stack.count - 1].isMapping) {
        position += 1
        node = stack.removeLast().node
        if stack.isEmpty { return node }
      } else {
        guard let value = try parseFlowEntry(depth: depth, &stack) else { continue }
        node = value
      }
      // A value is complete: add it to its collection, then read a `,` or close collections.
      while true {
        let top = stack.count - 1
        let isMapping = stack[top].isMapping
        stack[top].values.append(node)
        try skipFlowSpace(stack[top])
        let byte = input[position]
        if byte == UInt8(ascii: ",") {
          position += 1
          break
        }
        if byte == closingBracket(mapping: isMapping) {
          position += 1
          node = stack.removeLast().node
          if stack.isEmpty { return node }
          continue
        }
        if !isMapping && byte == UInt8(ascii: ":") { throw error(.pairInFlowSequence, at: position) }
        throw error(.expectedFlowSeparator(mapping: isMapping, found: describe(position)), at: position)
      }
    }
  }

  /// Opens the flow collection whose bracket is at `position`.
  private mutating func openFlow(depth: Int, _ stack: inout [OpenCollection]) throws(YAMLParseError) {
    let isMapping = input[position] == UInt8(ascii: "{")
    try open(isMapping: isMapping, indent: -1, at: location(position), outerDepth: depth, &stack)
    position += 1
  }

  private func closingBracket(mapping: Bool) -> UInt8 {
    mapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
  }

  /// Reads the entry at `position` in the innermost collection (with its key, in a mapping) and
  /// returns its value; nil when the value is a collection, which is then open on `stack`.
  private mutating func parseFlowEntry(
    depth: Int, _ stack: inout [OpenCollection]
  ) throws(YAMLParseError) -> YAMLNode? {
    let top = stack.count - 1
    if stack[top].isMapping {
      try stack[top].addKey(try scanFlowKey())
      let keyEnd = position
      try skipFlowSpace(stack[top])
      var valueStart = keyEnd
      if input[position] == UInt8(ascii: ":") {
        position += 1
        valueStart = position
        try skipFlowSpace(stack[top])
      } else if input[position] != UInt8(ascii: ",") && input[position] != UInt8(ascii: "}") {
        throw error(.expectedFlowColon(found: describe(position)), at: position)
      }
      if input[position] == UInt8(ascii: ",") || input[position] == UInt8(ascii: "}") {
        return .scalar(YAMLScalar(text: "", style: .plain, location: location(valueStart)))
      }
    }
    switch input[position] {
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      try openFlow(depth: depth, &stack)
      return nil
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      return .scalar(try scanQuoted())
    case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
      throw error(.expectedFlowValue(found: describe(position)), at: position)
    default:
      if let kind = plainStartError(inFlow: true) { throw error(kind, at: position) }
      return .scalar(scanPlain(inFlow: true, parentIndent: -1, multiline: true))
    }
  }

  /// Reads a key in a flow mapping.
  private mutating func scanFlowKey() throws(YAMLParseError) -> YAMLScalar {
    switch input[position] {
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      throw error(.nonScalarKey, at: position)
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      return try scanQuoted()
    case UInt8(ascii: ","), UInt8(ascii: "]"):
      throw error(.expectedFlowValue(found: describe(position)), at: position)
    default:
      if let kind = plainStartError(inFlow: true) { throw error(kind, at: position) }
      return scanPlain(inFlow: true, parentIndent: -1, multiline: true)
    }
  }

  /// Skips spaces, line breaks and comments inside the flow collection `collection`.
  private mutating func skipFlowSpace(_ collection: OpenCollection) throws(YAMLParseError) {
    while true {
      skipBlanks()
      guard position < end else {
        throw YAMLParseError(
          kind: .unterminatedFlowCollection(mapping: collection.isMapping), location: collection.location)
      }
      let byte = input[position]
      if isBreak(byte) {
        consumeBreak()
        if documentMarker() != nil { throw error(.documentMarkerInside(flowCollection: true), at: position) }
      } else if byte == UInt8(ascii: "#") {
        guard position == lineStart || isBlank(input[position - 1]) else {
          throw error(.commentWithoutSpace, at: position)
        }
        while position < end && !isBreak(input[position]) { position += 1 }
      } else {
        return
      }
    }
  }
}
