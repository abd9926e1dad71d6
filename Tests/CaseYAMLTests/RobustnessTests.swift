import CaseJSON
import CaseYAML
import Testing

/// Damaged input: whatever is done to a text, reading it ends in a value or an error, never a
/// trap, and every position reported is where it says it is.
@Suite("Robustness")
struct RobustnessTests {
  static let seeds = [
    #"""
    ---
    layout: case
    title: 'It''s a test '
    ids:
    - one
    - two
    text: "Long text that goes on,\
      \ and on \u2019quoted\u2019\n\nwith breaks"
    nested:
      list: [a, {b: c}, 'd']
      block: |-
        line
          more
      folded: >
        one
        two
    empty:
    n: 12 # comment
    ...
    """#,
    "- a: 1\n  b:\n  - x\n  - y\n- - z\n  - {k: v,}\n- \"q\\x41\"\n- plain\n  continued\n",
  ]

  /// Checks that `location` is the line and column of its offset in `bytes`.
  func expectConsistent(
    _ location: CaseJSON.SourceLocation, in bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let recomputed = bytes.withUnsafeBufferPointer { CaseJSON.SourceLocation.locate(offset: location.offset, in: $0) }
    #expect(location == recomputed, sourceLocation: sourceLocation)
  }

  func expectConsistent(_ node: YAMLNode, in bytes: [UInt8]) {
    expectConsistent(node.location, in: bytes)
    if let items = node.sequence?.items {
      for item in items { expectConsistent(item, in: bytes) }
    }
    for entry in node.mapping?.entries ?? [] {
      expectConsistent(entry.key.location, in: bytes)
      expectConsistent(entry.value, in: bytes)
    }
  }

  @Test func mutatedTextsAreReadOrRefused() {
    let alphabet = Array(" \n\t-?:,[]{}#&*!|>'\"%@`\\.0aé\r".utf8) + [0xFF]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func random(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33) % bound
    }
    var read = 0
    var refused = 0
    for round in 0..<4_000 {
      var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
      for _ in 0...random(3) {
        let position = random(bytes.count)
        switch random(3) {
        case 0: bytes.insert(alphabet[random(alphabet.count)], at: position)
        case 1: bytes.remove(at: position)
        default: bytes[position] = alphabet[random(alphabet.count)]
        }
      }
      do {
        let document = try YAMLDocument(parsing: bytes)
        if let root = document.root { expectConsistent(root, in: bytes) }
        read += 1
      } catch {
        expectConsistent(error.location, in: bytes)
        #expect(!error.message.isEmpty)
        refused += 1
      }
    }
    // Both outcomes occur, so the test exercises reading and refusing.
    #expect(read > 100)
    #expect(refused > 100)
  }
}
