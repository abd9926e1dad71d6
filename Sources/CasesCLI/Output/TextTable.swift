/// A plain-text table with aligned columns, fitted to the terminal: the flexible column is
/// shortened (with "…") when the rows are too wide.
struct TextTable {
  var headers: [String]
  var rows: [[String]]
  /// The column that gives up width when the table is too wide.
  var flexibleColumn: Int

  func render(width: Int, style: TextStyle) -> String {
    let gap = 2
    var widths = headers.indices.map { column in
      max(headers[column].count, rows.map { $0[column].count }.max() ?? 0)
    }
    let total = widths.reduce(0, +) + gap * (widths.count - 1)
    if total > width {
      widths[flexibleColumn] = max(12, widths[flexibleColumn] - (total - width))
    }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (column, cell) in cells.enumerated() {
        let fitted = fit(cell, widths[column])
        let isLast = column == cells.count - 1
        text += isLast ? fitted : fitted + String(repeating: " ", count: widths[column] - fitted.count + gap)
      }
      return text
    }
    var lines = [style.bold(line(headers))]
    lines += rows.map(line)
    return lines.joined(separator: "\n") + "\n"
  }

  private func fit(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
  }
}
