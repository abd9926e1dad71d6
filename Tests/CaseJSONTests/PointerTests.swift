import CaseJSON
import Testing

@Suite("JSON Pointer (RFC 6901)")
struct PointerTests {
  /// The example document of RFC 6901 section 5.
  let document: JSONValue = [
    "foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8,
  ]

  @Test(
    arguments: [
      ("", nil), ("/foo", nil), ("/foo/0", "bar"), ("/", 0), ("/a~1b", 1), ("/c%d", 2), ("/e^f", 3), ("/g|h", 4),
      ("/i\\j", 5), ("/k\"l", 6), ("/ ", 7), ("/m~0n", 8),
    ] as [(String, JSONValue?)])
  func rfcExamples(_ example: (String, JSONValue?)) throws {
    let pointer = try JSONPointer(parsing: example.0)
    let resolved = try #require(pointer.resolve(in: document))
    if let expected = example.1 { #expect(resolved == expected) }
    #expect(pointer.description == example.0)
  }

  @Test(arguments: [
    ("#", ""), ("#/foo", "/foo"), ("#/foo/0", "/foo/0"), ("#/", "/"), ("#/a~1b", "/a~1b"), ("#/c%25d", "/c%d"),
    ("#/e%5Ef", "/e^f"), ("#/g%7Ch", "/g|h"), ("#/i%5Cj", "/i\\j"), ("#/k%22l", "/k\"l"), ("#/%20", "/ "),
    ("#/m~0n", "/m~0n"),
  ])
  func uriFragments(_ example: (String, String)) throws {
    let pointer = try JSONPointer(uriFragment: String(example.0.dropFirst()))
    #expect(pointer.description == example.1)
    #expect(pointer.uriFragment == example.0)
  }

  @Test func roundTripsThroughText() throws {
    let tokens = ["a/b", "~", "~1", "", "é 中", "0", "-"]
    let pointer = JSONPointer(tokens)
    #expect(try JSONPointer(parsing: pointer.description) == pointer)
    #expect(try JSONPointer(uriFragment: String(pointer.uriFragment.dropFirst())) == pointer)
    #expect(pointer.description == "/a~1b/~0/~01//é 中/0/-")
  }

  @Test func malformedPointers() {
    #expect(throws: JSONPointerError.self) { try JSONPointer(parsing: "foo") }
    #expect(throws: JSONPointerError.self) { try JSONPointer(parsing: "/a~2") }
    #expect(throws: JSONPointerError.self) { try JSONPointer(parsing: "/a~") }
    #expect(throws: JSONPointerError.self) { try JSONPointer(uriFragment: "/a%2") }
    #expect(throws: JSONPointerError.self) { try JSONPointer(uriFragment: "/a%ff") }
  }

  @Test func arrayIndexes() throws {
    let value: JSONValue = ["list": [10, 20]]
    #expect(try JSONPointer(parsing: "/list/1").resolve(in: value) == 20)
    #expect(try JSONPointer(parsing: "/list/2").resolve(in: value) == nil)
    #expect(try JSONPointer(parsing: "/list/-").resolve(in: value) == nil)
    #expect(try JSONPointer(parsing: "/list/01").resolve(in: value) == nil)
    #expect(try JSONPointer(parsing: "/list/x").resolve(in: value) == nil)
    #expect(try JSONPointer(parsing: "/list/0/deeper").resolve(in: value) == nil)
  }

  @Test func resolvesInParsedDocumentsWithPositions() throws {
    let document = try JSONDocument(parsing: "{\n  \"a\": [\n    {\"b/c\": true}\n  ]\n}")
    let node = try #require(try JSONPointer(parsing: "/a/0/b~1c").resolve(in: document.root))
    #expect(node.boolValue == true)
    #expect(node.location.description == "3:13")
  }

  @Test func building() {
    let pointer = JSONPointer.root.appending("a").appending(3).appending(JSONPointer(["x", "y"]))
    #expect(pointer.description == "/a/3/x/y")
    #expect(pointer.parent?.description == "/a/3/x")
    #expect(JSONPointer.root.parent == nil)
    #expect(JSONPointer.root < pointer)
  }
}
