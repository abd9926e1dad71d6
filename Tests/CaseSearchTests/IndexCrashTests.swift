import CaseIO
import Testing

@testable import CaseSearch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Damage that must give an `IndexError` rather than crash, run in a child process (exit
/// tests) because a crash would end the whole test run. Each child exits 0 only when the
/// damage was reported as an `IndexError`.
@Suite("Index corruption never crashes")
struct IndexCrashTests {
  typealias T = SearchTestIndex

  /// The test index with the most significant byte of the 64-bit value at `offset` set.
  static func withHugeValue(at offset: Int) -> [UInt8] {
    var bytes = IndexCorruptionTests.bytes
    bytes[offset + 7] = 0xFF
    return bytes
  }

  @Test func aHugeSectionOffsetInTheTable() async {
    await #expect(processExitsWith: .success) {
      let bytes = IndexCrashTests.withHugeValue(at: IndexFormat.headerSize + 8)
      do {
        _ = try IndexReader(bytes: bytes)
        exit(1)
      } catch {
        exit(0)
      }
    }
  }

  @Test func aHugeSectionLengthInTheTable() async {
    await #expect(processExitsWith: .success) {
      let bytes = IndexCrashTests.withHugeValue(at: IndexFormat.headerSize + 16)
      do {
        _ = try IndexReader(bytes: bytes)
        exit(1)
      } catch {
        exit(0)
      }
    }
  }

  @Test func aHugeStoredRecordOffset() async {
    await #expect(processExitsWith: .success) {
      // swift-format-ignore: NeverForceUnwrap
      let docs = IndexCorruptionTests.sections[.docs]!
      let bytes = IndexCrashTests.withHugeValue(at: docs.lowerBound)
      do {
        let reader = try IndexReader(bytes: bytes)
        _ = try reader.stamps()
        exit(1)
      } catch {
        exit(0)
      }
    }
  }

  @Test func aHugePostingsOffsetInATermEntry() async {
    await #expect(processExitsWith: .success) {
      // swift-format-ignore: NeverForceUnwrap
      let terms = IndexCorruptionTests.sections[.terms]!
      let bytes = IndexCrashTests.withHugeValue(at: terms.lowerBound + 8 + 16)
      do {
        let reader = try IndexReader(bytes: bytes)
        _ = try Searcher(reader: reader).search(T.request("zzz") { $0.fuzzy = true })
        exit(1)
      } catch {
        exit(0)
      }
    }
  }

  @Test func aHugeFacetBlockOffset() async {
    await #expect(processExitsWith: .success) {
      // swift-format-ignore: NeverForceUnwrap
      let facets = IndexCorruptionTests.sections[.facets]!
      let bytes = IndexCrashTests.withHugeValue(at: facets.lowerBound + 8)
      do {
        let reader = try IndexReader(bytes: bytes)
        try reader.verify()
        exit(1)
      } catch {
        exit(0)
      }
    }
  }

  /// Every single byte flipped in turn: opening, reading every part, searching and verifying
  /// may fail with an `IndexError` but never crash.
  @Test func noFlippedByteCrashes() async {
    await #expect(processExitsWith: .success) {
      let bytes = IndexCorruptionTests.bytes
      for offset in bytes.indices {
        var copy = bytes
        copy[offset] ^= 0xFF
        IndexCrashTests.exercise(copy)
      }
      exit(0)
    }
  }

  static func exercise(_ bytes: [UInt8]) {
    guard let reader = try? IndexReader(bytes: bytes) else { return }
    _ = try? reader.stamps()
    for number in 0..<reader.documentCount {
      _ = try? reader.storedValues(number)
      _ = reader.years(number)
    }
    if let terms = try? reader.allTerms() {
      for term in terms { _ = try? reader.postings(term) }
    }
    for facet in reader.layout.facets.indices {
      for value in (try? reader.facetValues(facet)) ?? [] { _ = try? reader.documents(facet: facet, value: value) }
    }
    let searcher = Searcher(reader: reader)
    for text in ["\"standing panel\" council", "park* -fines", "parkng", "title:panel OR appeals"] {
      _ = try? searcher.search(
        T.request(text) {
          $0.fuzzy = true
          $0.countFacets = true
          $0.explain = true
          $0.facets = [0: ["local"]]
          $0.fromYear = 2000
        })
    }
    _ = try? reader.verify()
  }
}
