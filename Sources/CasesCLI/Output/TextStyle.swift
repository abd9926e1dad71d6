/// ANSI styling that turns itself off when colour is not wanted.
struct TextStyle: Sendable {
  let enabled: Bool

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func error(_ text: String) -> String { wrap(text, "1;31") }
  func warning(_ text: String) -> String { wrap(text, "1;33") }
  func note(_ text: String) -> String { wrap(text, "1;90") }
  func success(_ text: String) -> String { wrap(text, "32") }
  func highlight(_ text: String) -> String { wrap(text, "1") }
}
