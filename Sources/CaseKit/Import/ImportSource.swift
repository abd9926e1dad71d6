import CaseIO
import CaseJSON
import CaseText

/// The records read from a source to import, and the records that could not be read.
public struct ImportSource: Sendable {
  public var cases: [ImportedCase]
  /// Records (or files) that could not be read: where, and why.
  public var problems: [(origin: String, message: String)]

  /// A PAVE case book's case files, folders of them, or its root (see ``PAVESite``).
  public static func pave(_ paths: [String], schema: CaseStudySchema, currentYear: Int) -> ImportSource {
    let site = PAVESite.read(paths)
    let mapping = PAVEMapping(site: site, schema: schema, currentYear: currentYear)
    return ImportSource(
      cases: site.cases.map(mapping.convert),
      problems: site.problems.map { problem in
        (problem.location.map { "\(problem.path):\($0)" } ?? problem.path, problem.message)
      })
  }

  /// `cases export --format jsonl`: one whole case per line. A case of format version 1 is
  /// migrated; a case matches the repository's file of the same id.
  public static func jsonLines(_ bytes: [UInt8], origin: String) -> ImportSource {
    var source = ImportSource(cases: [], problems: [])
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      let text = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
      guard text.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { continue }
      let place = "\(origin):\(lineNumber)"
      let value: JSONValue
      do {
        value = try JSONDocument(parsing: Array(text)).root.value
      } catch {
        source.problems.append((place + ":\(error.location.column)", error.message))
        continue
      }
      guard value.objectValue != nil else {
        source.problems.append((place, "the line is not a JSON object (a case study)"))
        continue
      }
      let id = value["id"]?.stringValue
      source.cases.append(
        ImportedCase(
          origin: place, externalID: id.map { (CaseImport.ownIDs, $0) }, value: CaseMigration.migrated(value),
          notes: [.imported(field: "the whole line", to: "the case")]))
    }
    return source
  }

  /// UK Algorithmic Transparency Recording Standard records: GOV.UK Content API documents, one
  /// per file or an array of them in one file (see ``ATRSMapping``).
  public static func atrs(_ bytes: [UInt8], origin: String, schema: CaseStudySchema) -> ImportSource {
    var source = ImportSource(cases: [], problems: [])
    let value: JSONValue
    do {
      value = try JSONDocument(parsing: bytes).root.value
    } catch {
      return ImportSource(cases: [], problems: [("\(origin):\(error.location)", error.message)])
    }
    let records = value.arrayValue ?? [value]
    let mapping = ATRSMapping(schema: schema)
    for (index, record) in records.enumerated() {
      let place = records.count == 1 ? origin : "\(origin)[\(index)]"
      guard record["details"]?["metadata"]?.objectValue != nil, record["base_path"]?.stringValue != nil else {
        source.problems.append(
          (place, "not an ATRS record of the GOV.UK Content API (it needs base_path and details.metadata)"))
        continue
      }
      source.cases.append(mapping.convert(record, origin: place))
    }
    return source
  }

  /// AI Incident Database incidents: `incidents.csv` of its snapshot, with `reports.csv` read
  /// from beside it when there (see ``AIIDMapping``).
  public static func aiid(_ bytes: [UInt8], origin: String, reports: [UInt8]?, schema: CaseStudySchema) -> ImportSource
  {
    var source = ImportSource(cases: [], problems: [])
    var reportsByNumber: [String: [String: String]] = [:]
    if let reports {
      do {
        let table = try CSVReader.records(String(decoding: reports, as: UTF8.self))
        for record in table.records {
          if let number = record.fields["report_number"]?.trimmingWhitespace() {
            reportsByNumber[number] = record.fields
          }
        }
        source.problems += table.problems.map { ("reports.csv:\($0.line)", $0.message) }
      } catch {
        source.problems.append(("reports.csv:\(error.line)", error.message))
      }
    }
    let table: (header: [String], records: [(line: Int, fields: [String: String])], problems: [CSVReader.Failure])
    do {
      table = try CSVReader.records(String(decoding: bytes, as: UTF8.self))
    } catch {
      source.problems.append(("\(origin):\(error.line)", error.message))
      return source
    }
    guard table.header.contains("incident_id") else {
      source.problems.append(
        ("\(origin):1", "not the AI Incident Database's incidents.csv: it has no incident_id column"))
      return source
    }
    source.problems += table.problems.map { ("\(origin):\($0.line)", $0.message) }
    let mapping = AIIDMapping(schema: schema, reports: reportsByNumber)
    source.cases = table.records.map { mapping.convert($0.fields, origin: "\(origin):\($0.line)") }
    return source
  }

  /// `cases export --format csv`: one case per row (see ``CSVMapping`` for what a row gives).
  public static func csv(_ bytes: [UInt8], origin: String, schema: CaseStudySchema) -> ImportSource {
    var source = ImportSource(cases: [], problems: [])
    let table: (header: [String], records: [(line: Int, fields: [String: String])], problems: [CSVReader.Failure])
    do {
      table = try CSVReader.records(String(decoding: bytes, as: UTF8.self))
    } catch {
      return ImportSource(cases: [], problems: [("\(origin):\(error.line)", error.message)])
    }
    guard table.header.contains("id"), table.header.contains("title") else {
      return ImportSource(
        cases: [], problems: [("\(origin):1", "not a `cases export --format csv` file: it has no id and title columns")]
      )
    }
    source.problems += table.problems.map { ("\(origin):\($0.line)", $0.message) }
    let mapping = CSVMapping(schema: schema)
    source.cases = table.records.map { mapping.convert($0.fields, origin: "\(origin):\($0.line)") }
    return source
  }
}
