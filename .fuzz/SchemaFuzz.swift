// libFuzzer entry point for the schema checker: compiled with the CaseSchema sources by run.sh.
//
// The input is a schema and an instance separated by the first zero byte (a missing separator
// means the instance `null`). For every input: registering, checking and compiling the schema
// must not crash; when it compiles, the fast and the full validation must agree, an invalid
// result must carry errors (or an evaluation failure), and every error location must lie inside
// the instance.

import CaseJSON
import CaseSchema

/// The built-in metaschemas, registered once; each input works on a copy.
private let baseRegistry = SchemaRegistry()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let split = bytes.firstIndex(of: 0) ?? bytes.count
  guard let schemaDocument = try? JSONDocument(parsing: Array(bytes[..<split])) else { return 0 }
  let instanceBytes = split < bytes.count ? Array(bytes[(split + 1)...]) : Array("null".utf8)
  guard let instance = try? JSONDocument(parsing: instanceBytes) else { return 0 }
  let registry = baseRegistry.copy()
  guard let uri = try? registry.add(schemaDocument, uri: "https://fuzz.test/schema.json") else { return 0 }
  _ = try? registry.checkSchema(uri)
  for assertsFormats in [false, true] {
    guard let schema = try? JSONSchema(uri: uri, registry: registry, assertsFormats: assertsFormats) else { return 0 }
    let fast = schema.isValid(instance)
    let full = schema.validate(instance)
    if full.failure == nil {
      precondition(fast == full.isValid, "isValid and validate disagree")
      precondition(full.isValid == full.errors.isEmpty, "an invalid result without errors, or a valid one with errors")
    }
    for error in full.errors {
      precondition((error.location?.offset ?? 0) <= instanceBytes.count, "error location outside the instance")
      _ = schema.output(instance, structure: .detailed)
    }
  }
  return 0
}
