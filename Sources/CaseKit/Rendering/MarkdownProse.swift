import CaseText

/// Narrative text (plain prose, Markdown allowed) made safe for Markdown files that sites turn
/// into HTML: emphasis and code spans stay, links stay when they lead to `http:` or `https:`
/// addresses, and nothing else can become markup. Raw HTML is escaped (`<` as `&lt;`), other
/// links and images keep only their text, and brackets that are not such a link are escaped,
/// so that no reference definition or `javascript:` address survives.
public enum MarkdownProse {
  public static func sanitize(_ text: String) -> String {
    let characters = Array(TerminalText.escaped(text))
    var result = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\\":
        // A backslash escape stays one, but never escapes into markup: `\<` becomes `\&lt;`.
        result += "\\\\"
      case "!" where index + 1 < characters.count && characters[index + 1] == "[":
        if let link = link(in: characters, at: index + 1) {
          result += link.destination.map { "![" + sanitize(link.text) + "](" + $0 + ")" } ?? sanitize(link.text)
          index = link.end
          continue
        }
        result += "!"
      case "[":
        if let link = link(in: characters, at: index) {
          result += link.destination.map { "[" + sanitize(link.text) + "](" + $0 + ")" } ?? sanitize(link.text)
          index = link.end
          continue
        }
        result += "\\["
      case "]": result += "\\]"
      default: result.append(character)
      }
      index += 1
    }
    return result
  }

  /// An inline link `[text](destination)` starting at `start` (the `[`): its text, its
  /// destination made safe (nil unless it is an `http(s)` address), and where it ends.
  private static func link(in characters: [Character], at start: Int) -> (text: String, destination: String?, end: Int)? {
    var depth = 0
    var index = start
    var close: Int?
    while index < characters.count && close == nil {
      switch characters[index] {
      case "[": depth += 1
      case "]":
        depth -= 1
        if depth == 0 { close = index }
      case "\n" where index + 1 < characters.count && characters[index + 1] == "\n": return nil
      default: break
      }
      index += 1
    }
    guard let close, close + 1 < characters.count, characters[close + 1] == "(" else { return nil }
    var end = close + 2
    var parentheses = 1
    while end < characters.count {
      if characters[end] == "\n" { return nil }
      if characters[end] == "(" { parentheses += 1 }
      if characters[end] == ")" {
        parentheses -= 1
        if parentheses == 0 { break }
      }
      end += 1
    }
    guard end < characters.count else { return nil }
    let destination = String(characters[(close + 2)..<end]).trimmingWhitespace()
    return (String(characters[(start + 1)..<close]), linkDestination(destination), end + 1)
  }

  /// `url` as a Markdown link destination when it is an `http:` or `https:` address with
  /// nothing that could end the link early (parentheses, spaces and angle brackets
  /// percent-encoded); nil for any other address, which must not become a link.
  public static func linkDestination(_ url: String) -> String? {
    let lowered = url.lowercased()
    guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
    var result = ""
    for scalar in url.unicodeScalars {
      switch scalar {
      case "(", ")", " ", "<", ">", "\"", "\\", "`", "[", "]", "{", "}", "|", "^":
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" : "") + hex
      case "\u{0}"..."\u{20}", "\u{7F}": return nil
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
