import CaseKit
import CaseText

/// Facet counts as horizontal bar charts: one chart per facet, labels and counts aligned
/// across the charts, bars scaled so that the largest count of a chart fills the width.
struct BarChart {
  let style: TextStyle
  let width: Int

  /// The longest label kept whole; longer ones are cut with "…".
  private static let labelLimit = 32
  /// The tips of the bars, in eighths of a block.
  private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  func render(_ charts: [FacetCounts], of total: Int) -> String {
    let rows = charts.map { chart in chart.counts.map { (label(of: $0, in: chart.facet), $0.count) } }
    let labelWidth = min(BarChart.labelLimit, rows.joined().map(\.0.count).max() ?? 0)
    let countWidth = String(rows.joined().map(\.1).max() ?? 0).count
    // Two spaces of indent, then the label, two spaces, the count, two spaces, the bar.
    let barWidth = max(10, width - 2 - labelWidth - 2 - countWidth - 2)
    var lines: [String] = []
    for (chart, chartRows) in zip(charts, rows) {
      lines.append(style.bold(chart.facet.title) + style.dim(" (\(chart.cases) of \(total) \(cases(total)))"))
      let largest = chartRows.map(\.1).max() ?? 1
      for (label, count) in chartRows {
        let fitted = label.count > labelWidth ? String(label.prefix(labelWidth - 1)) + "…" : label
        let paddedLabel = fitted + String(repeating: " ", count: labelWidth - fitted.count)
        let paddedCount = String(repeating: " ", count: countWidth - String(count).count) + String(count)
        lines.append("  " + paddedLabel + "  " + paddedCount + "  " + bar(count, of: largest, width: barWidth))
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// A bar of `count` eighths-precise, at least one eighth long.
  private func bar(_ count: Int, of largest: Int, width: Int) -> String {
    let eighths = max(1, (count * width * 8 + largest / 2) / largest)
    var text = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 { text.append(BarChart.eighths[eighths % 8 - 1]) }
    return text
  }

  private func label(of count: FacetCounts.Count, in facet: FacetCounts.Facet) -> String {
    let label = facet == .country && count.label != count.value ? "\(count.label) (\(count.value))" : count.label
    return TerminalText.escaped(label, singleLine: true)
  }

  private func cases(_ count: Int) -> String { count == 1 ? "case" : "cases" }
}
