import CaseKit
import CaseText

/// Search results for people: each hit's title, then its id, year and topics, then the
/// passage that matched with the matched words in bold; facet counts and score explanations
/// when asked. Fitted to the terminal's width, or one line per item into a pipe.
struct SearchTextRenderer {
  let output: SearchOutput

  private var style: TextStyle { output.style }

  func render() -> String {
    var text = ""
    let width = output.context.stdout.isTerminal ? min(output.context.width, 100) : nil
    func safe(_ text: String) -> String { TerminalText.escaped(text, singleLine: true) }
    for row in output.rows {
      text += style.bold(safe(row.title)) + "\n"
      var details = [row.id]
      if let year = row.year { details.append(String(year)) }
      if !row.topics.isEmpty { details.append(row.topics.joined(separator: ", ")) }
      text += "  " + style.dim(safe(details.joined(separator: " · "))) + "\n"
      if let snippet = row.snippet, !snippet.text.isEmpty { text += highlighted(snippet, width: width) + "\n" }
      if let explanation = row.explanation { text += explain(explanation) }
      text += "\n"
    }
    if output.request.countFacets { text += facets() }
    return text
  }

  /// The snippet indented by two spaces, wrapped to `width`, its matched words in bold.
  private func highlighted(_ snippet: Snippet, width: Int?) -> String {
    let original = Array(snippet.text.unicodeScalars)
    let wrapped = width.map { snippet.text.wrapped(to: $0, indent: 2) } ?? "  " + snippet.text
    var marked = Array(repeating: false, count: original.count)
    for range in snippet.highlights where range.upperBound <= original.count {
      for index in range { marked[index] = true }
    }
    // Walk the wrapped text beside the original: wrapping only turned spaces into line breaks
    // and added indentation.
    var result = ""
    var run = ""
    var runMarked = false
    func flush() {
      result += runMarked ? style.highlight(run) : run
      run = ""
    }
    var index = 0
    for scalar in wrapped.unicodeScalars {
      let isOriginal = index < original.count && scalar == original[index]
      let isBreak = scalar == "\n" && index < original.count && original[index] == " "
      let isMarked = isOriginal && marked[index]
      if isMarked != runMarked {
        flush()
        runMarked = isMarked
      }
      if isOriginal && (TerminalText.isUnsafe(scalar) || scalar == "\n" || scalar == "\t") {
        run += TerminalText.escaped(String(scalar), singleLine: true)
      } else {
        run.unicodeScalars.append(scalar)
      }
      if isOriginal || isBreak { index += 1 }
    }
    flush()
    return result
  }

  private func explain(_ explanation: Explanation) -> String {
    var text = "  score " + DecimalText.format(explanation.score, places: 3) + "\n"
    for term in explanation.terms {
      text += "    " + style.bold(term.term) + " " + DecimalText.format(term.score, places: 3)
      // score = idf × saturation, where saturation = f × (k1 + 1) / (f + k1) of the
      // pseudo-frequency f (the weighted field frequencies below).
      let weight = term.idf * term.boost
      let saturation = weight > 0 ? term.score / weight : 0
      text += " = idf " + DecimalText.format(term.idf, places: 3) + " (in \(term.documentFrequency))"
      if term.boost != 1 { text += " × near-spelling factor " + DecimalText.format(term.boost, places: 3) }
      text += " × " + DecimalText.format(saturation, places: 3) + "\n"
      text += "      pseudo-frequency " + DecimalText.format(term.pseudoFrequency, places: 3)
      text += ", saturated as f × (k1 + 1) / (f + k1):\n"
      for field in term.fields {
        text += "        \(field.name): \(field.frequency) in \(field.length) words (average "
        text += DecimalText.format(field.averageLength, places: 1) + "), weight "
        text +=
          DecimalText.format(field.weight, places: 1) + " → " + DecimalText.format(field.contribution, places: 3) + "\n"
      }
    }
    return text
  }

  private func facets() -> String {
    func safe(_ text: String) -> String { TerminalText.escaped(text, singleLine: true) }
    var text = ""
    for facet in output.response.facets where !facet.counts.isEmpty {
      let shown = facet.counts.prefix(10).map { "\(safe($0.value)) \($0.count)" }.joined(separator: ", ")
      let more = facet.counts.count > 10 ? ", … \(facet.counts.count - 10) more" : ""
      text += style.bold(facet.facet) + ": " + shown + more + "\n"
    }
    return text
  }
}
