import CaseIO
import CaseTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fixture repository for exports, with one more case whose text has everything that
/// needs quoting or escaping somewhere: quotes, commas, markup, a colon and a hash, a line
/// break, accents and Liquid tags.
func exportRepository() -> FixtureRepository {
  let repository = FixtureRepository()
  repository.write(
    "example-tricky-text.json",
    repository.fixture(
      "example-minimal-case.json",
      replacing: [
        ("\"example-minimal-case\"", "\"example-tricky-text\""),
        (
          "Example ministry's fictional benefits data-sharing plan", #"Tricky \"quoted\", <b>bold</b> & yes: no # 2019"#
        ),
        (
          "A fictional minimal example for tests: a ministry proposed sharing benefits data with councils. It has only the required fields.",
          #"Line one, with a comma.\nLine two: Försäkringskassan {{ liquid }} and {% tag %}."#
        ),
      ]))
  return repository
}

/// The golden files of the exports, in Tests/Fixtures/exports. Set `CASES_RECORD_GOLDENS=1`
/// to write them anew from what the exports give (then read the diff before committing).
enum Golden {
  static let folder = SharedData.packageRoot + "/Tests/Fixtures/exports"

  static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = folder + "/" + name
    if getenv("CASES_RECORD_GOLDENS") != nil {
      try? FileTree.createDirectories(String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]))
      try? AtomicFile.write(Array(actual.utf8), to: path)
      return
    }
    let expected = (try? FileReader.read(path)).map { String(decoding: $0, as: UTF8.self) }
    #expect(
      expected != nil, "no golden file \(name); record it with CASES_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
    guard let expected, expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    Issue.record(
      """
      \(name) differs from its golden file at line \(first + 1):
        golden: \(first < expectedLines.count ? String(expectedLines[first]) : "(end)")
        export: \(first < actualLines.count ? String(actualLines[first]) : "(end)")
      """, sourceLocation: sourceLocation)
  }
}

/// A small RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF
/// line ends.
func readCSV(_ text: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var quoted = false
  var characters = Array(text.unicodeScalars)[...]
  while let character = characters.popFirst() {
    if quoted {
      if character == "\"" {
        if characters.first == "\"" {
          field.unicodeScalars.append(characters.removeFirst())
        } else {
          quoted = false
        }
      } else {
        field.unicodeScalars.append(character)
      }
    } else {
      switch character {
      case "\"": quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r" where characters.first == "\n": continue
      case "\n":
        rows.append(row + [field])
        row = []
        field = ""
      default: field.unicodeScalars.append(character)
      }
    }
  }
  if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
  return rows
}
