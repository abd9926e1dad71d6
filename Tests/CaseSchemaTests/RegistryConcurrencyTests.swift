import CaseJSON
import CaseSchema
import CaseTestSupport
import Testing

/// A registry shared by threads: registering, compiling (which loads referenced files on
/// demand) and copying compiled schemas at once.
@Suite("Schema registry shared by threads")
struct RegistryConcurrencyTests {
  @Test func compilingAndRegisteringAtOnce() async throws {
    let folder = TemporaryDirectory()
    for index in 0..<32 {
      folder.create("defs/d\(index).json", #"{"type": "integer", "minimum": \#(index)}"#)
    }
    let registry = SchemaRegistry()
    registry.map(prefix: "https://defs.test/", toFolder: folder.path + "/defs")
    let results = await withTaskGroup(of: Bool.self) { group in
      for index in 0..<32 {
        group.addTask {
          // Each task registers its own schema, which refers to a file loaded on first use.
          let text = #"{"$id": "https://cases.test/s\#(index).json", "$ref": "https://defs.test/d\#(index).json"}"#
          guard let document = try? JSONDocument(parsing: text),
            let uri = try? registry.add(document, uri: "https://cases.test/s\(index).json"),
            let schema = try? JSONSchema(uri: uri, registry: registry)
          else { return false }
          let copy = schema.copyForAnotherThread()
          guard let above = try? JSONDocument(parsing: String(index + 1)),
            let below = try? JSONDocument(parsing: String(index - 1))
          else { return false }
          return copy.isValid(above) && !copy.isValid(below) && schema.isValid(above)
        }
      }
      var collected: [Bool] = []
      for await result in group { collected.append(result) }
      return collected
    }
    #expect(results.count == 32)
    #expect(results.allSatisfy { $0 })
  }
}
