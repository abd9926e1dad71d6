/// CSV as RFC 4180 writes it: fields with commas, quotes or line breaks are quoted, quotes
/// doubled, lines ended with CRLF.
public enum CSV {
  public static func render(headers: [String], rows: [[String]]) -> String {
    ([headers] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One field, quoted when it must be.
  public static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
