import CaseIO
import CaseJSON
import CaseSearch
import CaseTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Helpers for the `cases search` and `cases index` tests.
extension CLIResult {
  /// Standard error's lines.
  var errorLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// The `note:` lines on standard error.
  var notes: [String] { errorLines.filter { $0.hasPrefix("note:") } }

  /// Standard output parsed as JSON.
  func json() throws -> JSONValue { try JSONDocument(parsing: stdout).root.value }
}

extension FixtureRepository {
  var indexPath: String { path + "/.cases/index.bin" }

  /// Flips a bit in the postings of `term` (a stem) in the saved index, leaving the rest whole.
  func damagePostings(of term: String) throws {
    var bytes = try FileReader.read(indexPath)
    let reader = try IndexReader(bytes: bytes)
    guard let info = try reader.lookup(term) else { throw FixtureError.noSuchTerm(term) }
    func u32(_ at: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
    func u64(_ at: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
    // The section table: kind u32, CRC u32, offset u64, length u64 (TERMS is kind 4, POSTINGS 6).
    var offsets: [Int: Int] = [:]
    for entry in 0..<u32(16) { offsets[u32(32 + entry * 24)] = u64(32 + entry * 24 + 8) }
    guard let terms = offsets[4], let postings = offsets[6] else { throw FixtureError.noSuchTerm(term) }
    // A term entry is 48 bytes after an 8-byte count; its postings start is a u64 at +16.
    let start = u64(terms + 8 + info.ordinal * 48 + 16)
    bytes[postings + start] ^= 0x01
    try AtomicFile.write(bytes, to: indexPath)
  }

  /// Sets a case file's modification time (seconds since 1970).
  func touch(_ name: String, seconds: Int) {
    var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
    utimensat(AT_FDCWD, path + "/casestudies/" + name, &times, 0)
  }
}

enum FixtureError: Error {
  case noSuchTerm(String)
}
