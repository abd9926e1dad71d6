/// CSV as RFC 4180 writes it, read back: quoted fields with doubled quotes and line breaks,
/// CRLF or LF line ends, a leading UTF-8 byte-order mark ignored.
enum CSVReader {
  /// Why a text is not CSV this reader accepts.
  struct Failure: Error, Equatable {
    /// The line where the problem starts (1-based).
    var line: Int
    var message: String
  }

  /// The rows, each with the line it starts on.
  static func rows(_ text: String) throws(Failure) -> [(line: Int, fields: [String])] {
    var rows: [(line: Int, fields: [String])] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var line = 1
    var rowLine = 1
    var quoteLine = 1
    var scalars = text.unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var atFieldStart = true
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where atFieldStart:
        quoted = true
        quoteLine = line
        atFieldStart = false
      case "\"":
        throw Failure(line: line, message: "a quote inside an unquoted field; quote the field and double the quote")
      case ",":
        fields.append(field)
        field = ""
        atFieldStart = true
      case "\r" where scalars.first == "\n":
        continue
      case "\n":
        fields.append(field)
        rows.append((rowLine, fields))
        fields = []
        field = ""
        line += 1
        rowLine = line
        atFieldStart = true
      default:
        field.unicodeScalars.append(scalar)
        atFieldStart = false
      }
    }
    if quoted { throw Failure(line: quoteLine, message: "a quoted field is not closed") }
    if !field.isEmpty || !fields.isEmpty { rows.append((rowLine, fields + [field])) }
    return rows
  }

  /// The rows after the header, each as a dictionary by column name with its line; rows whose
  /// number of fields is not the header's are reported, not read.
  static func records(_ text: String) throws(Failure) -> (
    header: [String], records: [(line: Int, fields: [String: String])], problems: [Failure]
  ) {
    let all = try rows(text)
    guard let header = all.first?.fields else {
      throw Failure(line: 1, message: "the file is empty; it needs a header row")
    }
    var records: [(line: Int, fields: [String: String])] = []
    var problems: [Failure] = []
    for row in all.dropFirst() where !(row.fields.count == 1 && row.fields[0].isEmpty) {
      guard row.fields.count == header.count else {
        problems.append(
          Failure(line: row.line, message: "the row has \(row.fields.count) fields and the header \(header.count)"))
        continue
      }
      records.append((row.line, Dictionary(zip(header, row.fields), uniquingKeysWith: { first, _ in first })))
    }
    return (header, records, problems)
  }
}
