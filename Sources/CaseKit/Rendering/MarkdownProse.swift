import CaseText

/// Narrative text (plain prose, Markdown allowed) made safe for Markdown files that sites turn
/// into HTML (kramdown for Jekyll, CommonMark elsewhere): emphasis and code spans stay, links
/// stay when they lead to `http:` or `https:` addresses, and nothing else can become markup.
/// Raw HTML is escaped (`<` as `&lt;`), braces too (kramdown reads `{: …}` as attributes, Liquid
/// reads `{{`), other links and images keep only their text, and brackets that are not such a
/// link are escaped, so that no reference definition or `javascript:` address survives. Linear
/// in the text's length, with no recursion: a link's text is escaped without links of its own.
public enum MarkdownProse {
  /// The longest link destination considered; a longer one is no address.
  static let longestDestination = 2_048

  public static func sanitize(_ text: String) -> String {
    let characters = Array(TerminalText.escaped(text))
    let brackets = pairs(characters, open: "[", close: "]", resetAt: "\n\n")
    let parentheses = pairs(characters, open: "(", close: ")", resetAt: "\n")
    var result = ""
    var index = 0
    while index < characters.count {
      let start = index + (characters[index] == "!" ? 1 : 0)
      if start < characters.count, characters[start] == "[", let close = brackets[start],
        let link = link(characters, text: start + 1..<close, parentheses: parentheses)
      {
        let text = escaped(characters[(start + 1)..<close])
        if let destination = link.destination {
          result += (start > index ? "!" : "") + "[" + text + "](" + destination + ")"
        } else {
          result += text
        }
        index = link.end
        continue
      }
      if characters[index] == "\\", index + 1 < characters.count, isPunctuation(characters[index + 1]) {
        // A Markdown escape (`\*`) stays one; before a character escaped here anyway, the
        // backslash would undo that escape, so it goes.
        if !"<>&[]{}".contains(characters[index + 1]) { result += "\\" + String(characters[index + 1]) }
        index += "<>&[]{}".contains(characters[index + 1]) ? 1 : 2
        continue
      }
      result += escaped(characters[index..<index + 1])
      index += 1
    }
    return result
  }

  /// Characters written so that Markdown and HTML read them as text (brackets escaped: no
  /// link can start inside).
  private static func escaped(_ characters: ArraySlice<Character>) -> String {
    var result = ""
    var skipNext = false
    for index in characters.indices {
      let character = characters[index]
      if skipNext {
        skipNext = false
        result.append(character)
        continue
      }
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "{": result += "&#123;"
      case "}": result += "&#125;"
      case "[": result += "\\["
      case "]": result += "\\]"
      case "\\":
        let next = characters.index(after: index)
        guard next < characters.endIndex, isPunctuation(characters[next]) else {
          result.append(character)
          continue
        }
        // As in ``sanitize(_:)``: kept before ordinary punctuation, dropped before ours.
        if !"<>&[]{}".contains(characters[next]) {
          result.append(character)
          skipNext = true
        }
      default: result.append(character)
      }
    }
    return result
  }

  private static func isPunctuation(_ character: Character) -> Bool {
    character.isASCII && (character.isPunctuation || character.isSymbol)
  }

  /// For each `open` character, the position of its matching `close`, found in one pass; no
  /// pair spans `resetAt` (a blank line for brackets, a line end for parentheses).
  private static func pairs(_ characters: [Character], open: Character, close: Character, resetAt: String) -> [Int: Int]
  {
    var closing: [Int: Int] = [:]
    var pending: [Int] = []
    let reset = Array(resetAt)
    for (index, character) in characters.enumerated() {
      if character == open {
        pending.append(index)
      } else if character == close, let start = pending.popLast() {
        closing[start] = index
      } else if character == reset[0], index + reset.count <= characters.count,
        characters[index..<index + reset.count].elementsEqual(reset)
      {
        pending.removeAll()
      }
    }
    return closing
  }

  /// The inline link whose text is `text` (between `[` and `]`) when `(destination)` follows:
  /// the destination made safe (nil unless it is an `http(s)` address) and where the link ends.
  private static func link(
    _ characters: [Character], text: Range<Int>, parentheses: [Int: Int]
  ) -> (destination: String?, end: Int)? {
    let open = text.upperBound + 1
    guard open < characters.count, characters[open] == "(", let close = parentheses[open],
      close - open <= longestDestination
    else { return nil }
    let destination = String(characters[(open + 1)..<close]).trimmingWhitespace()
    return (linkDestination(destination), close + 1)
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
