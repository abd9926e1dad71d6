import CaseText

/// CSV as RFC 4180 writes it: fields with commas, quotes or line breaks are quoted, quotes
/// doubled, lines ended with CRLF. A field that a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) is neutralised as OWASP recommends: it
/// gets a leading `'`, which spreadsheets show as text, and is quoted.
public enum CSV {
  public static func render(headers: [String], rows: [[String]]) -> String {
    ([headers] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// The characters that make a spreadsheet read a cell as a formula when it starts with one.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// One field, neutralised and quoted when it must be; characters that could control a
  /// terminal are shown as escapes (`\x1B`).
  public static func field(_ text: String) -> String {
    let text = TerminalText.escaped(text)
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) {
      return "\"'" + text.replacing("\"", with: "\"\"") + "\""
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
