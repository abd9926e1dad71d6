// libFuzzer entry point for the JSON parser: compiled with the CaseJSON sources by run.sh.
//
// For every input: parsing must not crash; an error's location must lie inside the input; a
// parsed document must survive materializing, canonical writing and re-parsing with the same
// value, and the canonical form must be a fixed point; every pointer to a value must resolve
// back to that value.

import CaseJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let document: JSONDocument
  do {
    document = try JSONDocument(parsing: bytes)
  } catch {
    precondition(error.location.offset <= size, "error location outside the input")
    precondition(error.location.line >= 1 && error.location.column >= 1, "invalid line or column")
    _ = error.message
    return 0
  }
  let value = document.root.value
  let pretty = JSONWriter().bytes(value)
  guard let again = try? JSONDocument(parsing: pretty) else { preconditionFailure("canonical output does not parse") }
  precondition(again.root.value == value, "canonical output changes the value")
  precondition(JSONWriter().bytes(again.root.value) == pretty, "canonical form is not a fixed point")
  let compact = JSONWriter(style: .compact).bytes(value)
  precondition((try? JSONDocument(parsing: compact))?.root.value == value, "compact output changes the value")
  checkPointers(document.root, value: value, at: .root)
  return 0
}

private func checkPointers(_ node: JSONNode, value: JSONValue, at pointer: JSONPointer) {
  precondition(pointer.resolve(in: value) == node.value, "pointer does not resolve to its value")
  precondition(pointer.resolve(in: node.document.root)?.index == node.index, "pointer does not resolve to its node")
  let reparsed = try? JSONPointer(parsing: pointer.description)
  precondition(reparsed == pointer, "pointer text does not round-trip")
  precondition(node.location.offset < node.document.bytes.count, "value location outside the input")
  var index = 0
  for element in node.elements {
    checkPointers(element, value: value, at: pointer.appending(index))
    index += 1
  }
  for (key, member) in node.members {
    // swift-format-ignore: NeverForceUnwrap
    // Keys are always strings.
    checkPointers(member, value: value, at: pointer.appending(key.stringValue!))
  }
}
