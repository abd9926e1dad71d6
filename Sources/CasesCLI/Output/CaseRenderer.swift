import CaseKit
import CaseText

/// A case study for reading in a terminal: title, summary, facets, narrative wrapped to the
/// width, and numbered sources.
struct CaseRenderer {
  let style: TextStyle
  let width: Int

  func render(_ outline: CaseOutline) -> String {
    // Case text is a stranger's: nothing in it may control the terminal.
    let outline = outline.mapText { TerminalText.escaped($0) }
    var lines: [String] = [style.bold(outline.title)]
    lines.append(
      style.dim(([outline.id] + (outline.dateline.isEmpty ? [] : [outline.dateline])).joined(separator: " · ")))
    lines.append("")
    lines.append(outline.summary.wrapped(to: width))
    lines.append("")
    let labelWidth = (outline.facets.map(\.label.count).max() ?? 0) + 2
    for facet in outline.facets {
      let text = facet.values.joined(separator: "; ")
      let wrapped = text.wrapped(to: width, indent: labelWidth)
      let padding = String(repeating: " ", count: labelWidth - facet.label.count)
      lines.append(style.bold(facet.label) + padding + wrapped.dropFirst(labelWidth))
    }
    for section in outline.sections {
      lines += ["", style.bold(section.title.uppercased())]
      lines += section.text.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0).wrapped(to: width)
      }
    }
    for (title, entries) in [
      ("IMPACTS", outline.impacts), ("ENGAGEMENT", outline.engagements),
      ("ACCOUNTABILITY", outline.accountability),
    ] where !entries.isEmpty {
      lines += ["", style.bold(title)]
      for entry in entries {
        let text = "- \(entry.label): \(entry.text)\(cite(entry.sources))"
        lines.append(String(text.wrapped(to: width, indent: 4).dropFirst(2)))
      }
    }
    if !outline.timeline.isEmpty {
      lines += ["", style.bold("TIMELINE")]
      let dateWidth = (outline.timeline.map(\.label.count).max() ?? 0) + 2
      for entry in outline.timeline {
        let text = (entry.text + cite(entry.sources)).wrapped(to: width, indent: dateWidth + 2)
        lines.append(
          "  " + entry.label + String(repeating: " ", count: dateWidth - entry.label.count)
            + text.dropFirst(dateWidth + 2))
      }
    }
    lines += ["", style.bold("SOURCES")]
    for source in outline.sources {
      let details = source.details.joined(separator: ", ")
      let label = "  [\(source.number)] "
      let text = source.title + (details.isEmpty ? "" : ". " + details) + ". " + source.url
      lines.append(label + text.wrapped(to: width, indent: label.count).dropFirst(label.count))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func cite(_ numbers: [Int]) -> String {
    numbers.isEmpty ? "" : " " + style.dim(numbers.map { "[\($0)]" }.joined())
  }
}
