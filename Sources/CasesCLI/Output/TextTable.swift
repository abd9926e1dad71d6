import CaseText

/// A plain-text table with aligned columns, fitted to the terminal. When the rows are too wide
/// the flexible column gives up width (ending in "…"); when that would leave it narrower than
/// ``minimumFlexibleWidth``, it moves instead to a line of its own under each row, wrapped, and
/// the `secondaryColumn` gives up width. Cells are escaped for the terminal and kept to one line.
struct TextTable {
  var headers: [String]
  var rows: [[String]]
  /// The column that gives up width when the table is too wide (a title).
  var flexibleColumn: Int
  /// The column that gives up width when the flexible one has moved under its row.
  var secondaryColumn: Int?
  var minimumFlexibleWidth = 30

  private static let gap = 2
  private static let stackedIndent = 4

  func render(width: Int, style: TextStyle) -> String {
    let headers = headers.map { TerminalText.escaped($0, singleLine: true) }
    let rows = rows.map { $0.map { TerminalText.escaped($0, singleLine: true) } }
    var widths = headers.indices.map { column in
      max(headers[column].count, rows.map { $0[column].count }.max() ?? 0)
    }
    func total(_ columns: [Int]) -> Int { columns.reduce(0) { $0 + widths[$1] } + TextTable.gap * (columns.count - 1) }
    let all = Array(headers.indices)
    var columns = all
    var stacked = false
    if total(all) > width {
      let available = widths[flexibleColumn] - (total(all) - width)
      if available >= minimumFlexibleWidth || available >= widths[flexibleColumn] {
        widths[flexibleColumn] = available
      } else {
        stacked = true
        columns.removeAll { $0 == flexibleColumn }
        if let secondaryColumn, total(columns) > width {
          widths[secondaryColumn] = max(8, widths[secondaryColumn] - (total(columns) - width))
        }
      }
    }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (position, column) in columns.enumerated() {
        let fitted = fit(cells[column], widths[column])
        let isLast = position == columns.count - 1
        text += isLast ? fitted : fitted + String(repeating: " ", count: widths[column] - fitted.count + TextTable.gap)
      }
      return text
    }
    var lines = [style.bold(line(headers))]
    for row in rows {
      lines.append(line(row))
      if stacked {
        lines.append(
          row[flexibleColumn].wrapped(to: max(width, TextTable.stackedIndent + 20), indent: TextTable.stackedIndent))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func fit(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
  }
}
