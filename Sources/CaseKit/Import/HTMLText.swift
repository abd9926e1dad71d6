import CaseText

/// The text of an HTML fragment (a GOV.UK page body): tags dropped, paragraphs, headings, list
/// items and line breaks kept as line breaks (list items as `- `), character references decoded,
/// and the content of `script` and `style` elements left out.
enum HTMLText {
  static let blockTags: Set<String> = [
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "blockquote",
  ]

  static func text(_ html: String) -> String {
    var output = ""
    var scalars = html.unicodeScalars[...]
    var skipping: String?
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "<":
        var tag = ""
        while let next = scalars.popFirst(), next != ">" { tag.unicodeScalars.append(next) }
        let closing = tag.hasPrefix("/")
        let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
        if let open = skipping {
          if closing && name == open { skipping = nil }
          continue
        }
        if !closing && (name == "script" || name == "style") {
          skipping = name
        } else if blockTags.contains(name) {
          output += "\n"
          if name == "li" && !closing { output += "- " }
        }
      case "&" where skipping == nil:
        var reference = ""
        while let next = scalars.first, next != ";", reference.count < 10, next != "&", next != "<" {
          reference.unicodeScalars.append(next)
          scalars.removeFirst()
        }
        if scalars.first == ";", let decoded = decode(reference) {
          scalars.removeFirst()
          output.unicodeScalars.append(decoded)
        } else {
          output += "&" + reference
        }
      default:
        if skipping == nil { output.unicodeScalars.append(scalar) }
      }
    }
    // Lines trimmed, runs of blank lines made one.
    var lines: [String] = []
    for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = String(line).trimmingWhitespace()
      if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
      lines.append(trimmed)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  static func decode(_ reference: String) -> Unicode.Scalar? {
    switch reference {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    case "nbsp": return " "
    default: break
    }
    guard reference.hasPrefix("#") else { return nil }
    let digits = reference.dropFirst()
    let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
    guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
    return scalar
  }
}
