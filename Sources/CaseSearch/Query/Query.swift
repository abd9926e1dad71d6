/// A parsed search query.
///
/// Grammar: clauses separated by spaces must all match; `a OR b` makes adjacent clauses
/// alternatives (so `fraud welfare OR benefits` means fraud and either of the others); a
/// clause is a word, a `"quoted phrase"`, a prefix `algorith*`, optionally scoped to a field
/// (`title:recognition`, `title:"live facial"`) and optionally excluded (`-trial`).
public struct Query: Sendable, Equatable {
  public indirect enum Node: Sendable, Equatable {
    /// A word as typed; analysis may turn it into a term, a compound or nothing (a stop word).
    case word(String, field: String?)
    case phrase(String, field: String?)
    case prefix(String, field: String?)
    case any([Node])
  }

  /// Clauses that must all match.
  public var required: [Node] = []
  /// Clauses no result may match.
  public var excluded: [Node] = []

  public init(required: [Node] = [], excluded: [Node] = []) {
    self.required = required
    self.excluded = excluded
  }

  public var isEmpty: Bool { required.isEmpty && excluded.isEmpty }

  /// The field names clauses are scoped to (`title` of `title:robodebt`), in order, once each.
  public var fields: [String] {
    var names: [String] = []
    func collect(_ node: Node) {
      switch node {
      case .word(_, let field), .phrase(_, let field), .prefix(_, let field):
        if let field, !names.contains(field) { names.append(field) }
      case .any(let options): options.forEach(collect)
      }
    }
    (required + excluded).forEach(collect)
    return names
  }

  /// Parses query text; never fails (an unclosed quote runs to the end).
  public init(parsing text: String) {
    var clauses: [(node: Node, excluded: Bool)] = []
    var pendingOr = false
    var scanner = QueryScanner(text)
    while let token = scanner.next() {
      if token.isOr {
        pendingOr = !clauses.isEmpty
        continue
      }
      if pendingOr, let last = clauses.last, !last.excluded, !token.excluded {
        clauses.removeLast()
        if case .any(let options) = last.node {
          clauses.append((.any(options + [token.node]), false))
        } else {
          clauses.append((.any([last.node, token.node]), false))
        }
      } else {
        clauses.append((token.node, token.excluded))
      }
      pendingOr = false
    }
    required = clauses.filter { !$0.excluded }.map(\.node)
    excluded = clauses.filter(\.excluded).map(\.node)
  }
}

/// Splits query text into clauses.
struct QueryScanner {
  struct Token {
    var node: Query.Node
    var excluded: Bool
    var isOr: Bool
  }

  private let characters: [Character]
  private var index = 0

  init(_ text: String) {
    characters = Array(text)
  }

  mutating func next() -> Token? {
    while index < characters.count, characters[index].isWhitespace { index += 1 }
    guard index < characters.count else { return nil }
    var excluded = false
    if characters[index] == "-", index + 1 < characters.count, !characters[index + 1].isWhitespace {
      excluded = true
      index += 1
    }
    // An optional `field:` prefix (letters and underscores only).
    var field: String?
    var lookahead = index
    while lookahead < characters.count, characters[lookahead].isLetter || characters[lookahead] == "_" {
      lookahead += 1
    }
    if lookahead > index, lookahead + 1 < characters.count, characters[lookahead] == ":",
      !characters[lookahead + 1].isWhitespace
    {
      field = String(characters[index..<lookahead]).lowercased()
      index = lookahead + 1
    }
    if characters[index] == "\"" {
      index += 1
      let start = index
      while index < characters.count, characters[index] != "\"" { index += 1 }
      let phrase = String(characters[start..<index])
      index = min(index + 1, characters.count)
      return Token(node: .phrase(phrase, field: field), excluded: excluded, isOr: false)
    }
    let start = index
    while index < characters.count, !characters[index].isWhitespace { index += 1 }
    let word = String(characters[start..<index])
    if word == "OR" && field == nil && !excluded {
      return Token(node: .word(word, field: nil), excluded: false, isOr: true)
    }
    if word.hasSuffix("*"), word.count > 1 {
      return Token(node: .prefix(String(word.dropLast()), field: field), excluded: excluded, isOr: false)
    }
    return Token(node: .word(word, field: field), excluded: excluded, isOr: false)
  }
}
