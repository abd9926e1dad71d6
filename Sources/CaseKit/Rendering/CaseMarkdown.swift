import CaseText

/// A case study as a Markdown document (for `cases show --format md` and exports).
public enum CaseMarkdown {
  /// The Markdown of one case, its title at heading level `level`.
  public static func render(_ outline: CaseOutline, level: Int = 1) -> String {
    "\(String(repeating: "#", count: level)) \(escape(outline.title))\n\n" + body(outline, level: level)
  }

  /// Everything below the title: the dateline, summary, facets, sections under headings of
  /// level `level + 1`, and sources.
  public static func body(_ outline: CaseOutline, level: Int = 1) -> String {
    let heading = String(repeating: "#", count: level)
    var lines: [String] = []
    if !outline.dateline.isEmpty { lines += ["*\(escape(outline.id)) · \(escape(outline.dateline))*", ""] }
    lines += [escape(outline.summary), ""]
    if !outline.facets.isEmpty {
      lines += ["| | |", "|---|---|"]
      for facet in outline.facets {
        lines.append("| \(escape(facet.label)) | \(facet.values.map(escapeCell).joined(separator: "; ")) |")
      }
      lines.append("")
    }
    for section in outline.sections {
      lines += ["\(heading)# \(escape(section.title))", "", MarkdownProse.sanitize(section.text), ""]
    }
    for (title, entries) in [
      ("Impacts", outline.impacts), ("Engagement", outline.engagements),
      ("Accountability", outline.accountability), ("Timeline", outline.timeline),
    ] where !entries.isEmpty {
      lines += ["\(heading)# \(title)", ""]
      for entry in entries {
        lines.append("- **\(escape(entry.label))**: \(escape(entry.text))\(citations(entry.sources))")
      }
      lines.append("")
    }
    lines += ["\(heading)# Sources", ""]
    for source in outline.sources {
      var line = "\(source.number). "
      if let destination = MarkdownProse.linkDestination(source.url) {
        line += "[\(escape(source.title))](\(destination))"
      } else {
        line += escape(source.title) + " (" + escape(source.url) + ")"
      }
      let details = source.details
      if !details.isEmpty { line += " — " + escape(details.joined(separator: ", ")) }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func citations(_ numbers: [Int]) -> String {
    numbers.isEmpty ? "" : " " + numbers.map { "[\($0)]" }.joined()
  }

  /// Escapes the characters Markdown would read as formatting in running text (and shows
  /// control characters as escapes).
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in TerminalText.escaped(text) {
      switch character {
      // As entities: a backslash before them is not an escape in every Markdown, and braces
      // are kramdown's attribute lists (`{: onclick=…}`) and Liquid's tags.
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"  // so that `&copy;` in a title stays as written
      case "{": result += "&#123;"
      case "}": result += "&#125;"
      default:
        if "\\`*_[]|".contains(character) { result.append("\\") }
        result.append(character)
      }
    }
    return result
  }

  private static func escapeCell(_ text: String) -> String { escape(text).replacing("\n", with: " ") }
}
