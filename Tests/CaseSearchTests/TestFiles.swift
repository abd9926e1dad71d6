import CaseIO
import CaseTestSupport

/// The shared test files of the search tests.
enum TestFiles {
  /// The Snowball reference vocabulary (`word<TAB>stem` lines), from ../shared.
  static let stemmerTSVPath: String? = SharedData.path("stemmer/english-snowball.tsv")

  /// The bytes of the file at `path`, or nil if it cannot be read.
  static func read(_ path: String) -> [UInt8]? { try? FileReader.read(path) }

  /// Splits `word<TAB>stem` lines, skipping `#` comment lines and blank lines.
  static func pairs(inTSV bytes: [UInt8]) -> [(word: [UInt8], stem: [UInt8])] {
    var result: [(word: [UInt8], stem: [UInt8])] = []
    for line in bytes.split(separator: 0x0A) where line.first != 0x23 {
      let fields = line.split(separator: 0x09, maxSplits: 1, omittingEmptySubsequences: false)
      guard fields.count == 2 else { continue }
      var stem = Array(fields[1])
      if stem.last == 0x0D { stem.removeLast() }
      result.append((Array(fields[0]), stem))
    }
    return result
  }
}
