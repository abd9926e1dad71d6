import CaseTestSupport
import Testing

@Suite("Generated folding table")
struct GeneratedTableTests {
  /// The table was generated from Unicode 14.0.0, the data of Python 3.11's unicodedata.
  static let hasUnicode14 =
    Python.run(["-c", "import unicodedata; assert unicodedata.unidata_version == '14.0.0'"]).status == 0

  @Test(.enabled(if: hasUnicode14, "skipped: python3 with Unicode 14.0.0 (Python 3.11) is not here"))
  func theTableMatchesItsGenerator() {
    #expect(
      GeneratedSource.drift("Sources/CaseText/Generated/TextFoldingTable.swift", script: "generate-folding-table.py")
        == nil)
  }
}
