/// A URI or relative reference (RFC 3986), split into its parts, with reference resolution.
///
/// Schemas identify themselves and each other by URI: `$id`, `$ref` and `$schema` values are
/// resolved against the base URI in scope, following RFC 3986 section 5.
public struct URIReference: Sendable, Hashable, CustomStringConvertible {
  public var scheme: String?
  public var authority: String?
  public var path: String
  public var query: String?
  public var fragment: String?

  /// Splits `text` into its parts, as in RFC 3986 appendix B. Returns nil only for text that
  /// cannot be a URI reference at all (containing spaces or control characters).
  public init?(_ text: String) {
    guard !text.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F }) else { return nil }
    var rest = Substring(text)
    if let hash = rest.firstIndex(of: "#") {
      fragment = String(rest[rest.index(after: hash)...])
      rest = rest[..<hash]
    }
    if let question = rest.firstIndex(of: "?") {
      query = String(rest[rest.index(after: question)...])
      rest = rest[..<question]
    }
    if let colon = rest.firstIndex(of: ":"), URIReference.isScheme(rest[..<colon]) {
      scheme = rest[..<colon].lowercased()
      rest = rest[rest.index(after: colon)...]
    }
    if rest.hasPrefix("//") {
      rest = rest.dropFirst(2)
      let end = rest.firstIndex(of: "/") ?? rest.endIndex
      authority = String(rest[..<end])
      rest = rest[end...]
    }
    path = String(rest)
  }

  init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
    self.scheme = scheme
    self.authority = authority
    self.path = path
    self.query = query
    self.fragment = fragment
  }

  private static func isScheme(_ text: Substring) -> Bool {
    guard let first = text.first, first.isASCII, first.isLetter else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
  }

  /// True when the reference has a scheme (it is a URI, not a relative reference).
  public var isAbsolute: Bool { scheme != nil }

  /// The text form (RFC 3986 section 5.3).
  public var description: String {
    var text = ""
    if let scheme { text += scheme + ":" }
    if let authority { text += "//" + authority }
    text += path
    if let query { text += "?" + query }
    if let fragment { text += "#" + fragment }
    return text
  }

  /// The same reference without its fragment (an empty fragment counts as none).
  public var withoutFragment: URIReference {
    var copy = self
    copy.fragment = nil
    return copy
  }

  /// This reference resolved against `base` (RFC 3986 section 5.2.2).
  public func resolved(against base: URIReference) -> URIReference {
    if scheme != nil {
      return URIReference(
        scheme: scheme, authority: authority, path: removingDotSegments(path), query: query, fragment: fragment)
    }
    if authority != nil {
      return URIReference(
        scheme: base.scheme, authority: authority, path: removingDotSegments(path), query: query, fragment: fragment)
    }
    if path.isEmpty {
      return URIReference(
        scheme: base.scheme, authority: base.authority, path: base.path, query: query ?? base.query,
        fragment: fragment)
    }
    let merged: String
    if path.hasPrefix("/") {
      merged = path
    } else if base.authority != nil && base.path.isEmpty {
      merged = "/" + path
    } else if let slash = base.path.lastIndex(of: "/") {
      merged = base.path[...slash] + path
    } else {
      merged = path
    }
    return URIReference(
      scheme: base.scheme, authority: base.authority, path: removingDotSegments(merged), query: query,
      fragment: fragment)
  }
}

/// Removes `.` and `..` segments from a path (RFC 3986 section 5.2.4).
func removingDotSegments(_ path: String) -> String {
  guard path.contains(".") else { return path }
  var input = Substring(path)
  var output: [Substring] = []
  while !input.isEmpty {
    if input.hasPrefix("../") {
      input = input.dropFirst(3)
    } else if input.hasPrefix("./") {
      input = input.dropFirst(2)
    } else if input.hasPrefix("/./") {
      input = input.dropFirst(2)
    } else if input == "/." {
      input = "/"
    } else if input.hasPrefix("/../") {
      input = input.dropFirst(3)
      if !output.isEmpty { output.removeLast() }
    } else if input == "/.." {
      input = "/"
      if !output.isEmpty { output.removeLast() }
    } else if input == "." || input == ".." {
      input = ""
    } else {
      let start = input.startIndex
      let searchFrom = input.hasPrefix("/") ? input.index(after: start) : start
      let end = input[searchFrom...].firstIndex(of: "/") ?? input.endIndex
      output.append(input[start..<end])
      input = input[end...]
    }
  }
  return output.joined()
}
