/// A JSON Pointer (RFC 6901): a path of reference tokens such as `/organisations/0/name`.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The unescaped reference tokens, outermost first.
  public private(set) var tokens: [String]

  /// The pointer to the whole document.
  public static let root = JSONPointer([])

  public init(_ tokens: [String]) {
    self.tokens = tokens
  }

  /// Parses the string form, such as `/a~1b/0`; the empty string is the root.
  ///
  /// - Throws: ``JSONPointerError`` when the text does not start with `/` or has a `~` that is
  ///   not `~0` or `~1`.
  public init(parsing text: String) throws(JSONPointerError) {
    guard !text.isEmpty else {
      self.init([])
      return
    }
    guard text.hasPrefix("/") else {
      throw JSONPointerError(message: "a JSON pointer must be empty or start with '/'", pointer: text)
    }
    var tokens: [String] = []
    for raw in text.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
      var token: [UInt8] = []
      var index = raw.startIndex
      while index < raw.endIndex {
        let byte = raw[index]
        if byte == UInt8(ascii: "~") {
          let next = raw.index(after: index)
          guard next < raw.endIndex, raw[next] == UInt8(ascii: "0") || raw[next] == UInt8(ascii: "1") else {
            throw JSONPointerError(
              message: "invalid escape in JSON pointer: use '~0' for '~' and '~1' for '/'", pointer: text)
          }
          token.append(raw[next] == UInt8(ascii: "0") ? UInt8(ascii: "~") : UInt8(ascii: "/"))
          index = raw.index(after: next)
        } else {
          token.append(byte)
          index = raw.index(after: index)
        }
      }
      tokens.append(String(decoding: token, as: UTF8.self))
    }
    self.init(tokens)
  }

  /// Parses a URI fragment holding a pointer (the part after `#`, percent-encoded), as in
  /// `schema.json#/$defs/date`.
  public init(uriFragment: String) throws(JSONPointerError) {
    guard let decoded = percentDecoded(uriFragment) else {
      throw JSONPointerError(message: "invalid percent-encoding in URI fragment", pointer: uriFragment)
    }
    try self.init(parsing: decoded)
  }

  /// The string form, with `~` and `/` in tokens escaped.
  public var description: String {
    tokens.map { "/" + JSONPointer.escape($0) }.joined()
  }

  /// The URI fragment form, `#` followed by the percent-encoded pointer.
  public var uriFragment: String {
    "#" + percentEncodedForFragment(description)
  }

  /// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
  public static func escape(_ token: String) -> String {
    guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
    var escaped = ""
    for scalar in token.unicodeScalars {
      switch scalar {
      case "~": escaped += "~0"
      case "/": escaped += "~1"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  public var isRoot: Bool { tokens.isEmpty }

  /// The pointer to the containing value; nil for the root.
  public var parent: JSONPointer? {
    tokens.isEmpty ? nil : JSONPointer(Array(tokens.dropLast()))
  }

  /// This pointer extended by one token.
  public func appending(_ token: String) -> JSONPointer {
    var copy = self
    copy.tokens.append(token)
    return copy
  }

  /// This pointer extended by an array index.
  public func appending(_ index: Int) -> JSONPointer {
    appending(String(index))
  }

  /// This pointer extended by all of `other`'s tokens.
  public func appending(_ other: JSONPointer) -> JSONPointer {
    var copy = self
    copy.tokens += other.tokens
    return copy
  }

  /// Orders pointers as paths: a parent before its children, siblings by token.
  public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
    lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
  }

  // MARK: - Resolving

  /// The value this pointer refers to in `value`, or nil when there is none.
  public func resolve(in value: JSONValue) -> JSONValue? {
    var current = value
    for token in tokens {
      switch current {
      case .object(let object):
        guard let next = object[token] else { return nil }
        current = next
      case .array(let elements):
        guard let index = JSONPointer.arrayIndex(token), index < elements.count else { return nil }
        current = elements[index]
      default:
        return nil
      }
    }
    return current
  }

  /// The node this pointer refers to under `node`, or nil when there is none.
  public func resolve(in node: JSONNode) -> JSONNode? {
    var current = node
    for token in tokens {
      switch current.kind {
      case .object:
        guard let next = current[token] else { return nil }
        current = next
      case .array:
        guard let index = JSONPointer.arrayIndex(token), let next = current[index] else { return nil }
        current = next
      default:
        return nil
      }
    }
    return current
  }

  /// The array index a token denotes: decimal digits without leading zeros. `-` (the position
  /// after the last element) and anything else give nil.
  public static func arrayIndex(_ token: String) -> Int? {
    let utf8 = token.utf8
    guard let first = utf8.first, utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
      first != UInt8(ascii: "0") || utf8.count == 1
    else { return nil }
    return Int(token)
  }
}

/// A malformed JSON pointer.
public struct JSONPointerError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// The text that was being parsed.
  public var pointer: String

  public var description: String { "\(message): \"\(pointer)\"" }
}

/// Decodes `%XX` escapes; nil when an escape is malformed or the result is not UTF-8.
public func percentDecoded(_ text: String) -> String? {
  guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
  var bytes: [UInt8] = []
  var iterator = text.utf8.makeIterator()
  while let byte = iterator.next() {
    guard byte == UInt8(ascii: "%") else {
      bytes.append(byte)
      continue
    }
    guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
    bytes.append(high << 4 | low)
  }
  return String(validating: bytes, as: UTF8.self)
}

/// Percent-encodes every byte that may not appear literally in a URI fragment (RFC 3986).
public func percentEncodedForFragment(_ text: String) -> String {
  var result = ""
  for byte in text.utf8 {
    let scalar = Unicode.Scalar(byte)
    if byte < 0x80 && (isUnreserved(byte) || "!$&'()*+,;=:@/?".unicodeScalars.contains(scalar)) {
      result.unicodeScalars.append(scalar)
    } else {
      result += "%" + hex(UInt32(byte), width: 2)
    }
  }
  return result
}

private func isUnreserved(_ byte: UInt8) -> Bool {
  switch byte {
  case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
    UInt8(ascii: "~"):
    return true
  default:
    return false
  }
}

private func hexValue(_ byte: UInt8) -> UInt8? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
  default: return nil
  }
}
