import CaseJSON

/// One value of a YAML document: a scalar, a sequence or a mapping, with where it was written.
///
/// The tree keeps what a report needs to point at the source: every node and every mapping key
/// has a ``SourceLocation``, scalars keep their text exactly as decoded and the style they were
/// written in, and mappings keep their keys in order. ``jsonValue`` gives the data as JSON.
public enum YAMLNode: Sendable, Equatable {
  case scalar(YAMLScalar)
  case sequence(YAMLSequence)
  case mapping(YAMLMapping)

  /// Where the node starts: its first character, or for a block mapping its first key.
  public var location: SourceLocation {
    switch self {
    case .scalar(let scalar): return scalar.location
    case .sequence(let sequence): return sequence.location
    case .mapping(let mapping): return mapping.location
    }
  }

  public var scalar: YAMLScalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }

  public var sequence: YAMLSequence? {
    if case .sequence(let sequence) = self { return sequence }
    return nil
  }

  public var mapping: YAMLMapping? {
    if case .mapping(let mapping) = self { return mapping }
    return nil
  }

  /// The value for `key` when this node is a mapping; nil otherwise or when the key is absent.
  public subscript(key: String) -> YAMLNode? {
    mapping?[key]
  }
}

/// How a scalar was written.
public enum YAMLScalarStyle: Sendable, Hashable, CaseIterable {
  /// Unquoted, as in `title: Hello`. An empty value (`key:` with nothing after it) is plain too.
  case plain
  /// In single quotes, as in `'it''s'`.
  case singleQuoted
  /// In double quotes, with backslash escapes, as in `"caf\u00e9"`.
  case doubleQuoted
  /// A literal block, `|`, whose line breaks are kept.
  case literal
  /// A folded block, `>`, whose line breaks mostly become spaces.
  case folded
}

/// A scalar: its text, after quotes, escapes, folding and chomping are applied, and its style.
///
/// The text is not interpreted: `42`, `true` and `~` stay text here, and ``jsonValue`` resolves
/// plain scalars to numbers, booleans and null under the YAML 1.2 core schema.
public struct YAMLScalar: Sendable, Hashable {
  public var text: String
  public var style: YAMLScalarStyle
  /// Where the scalar starts: its opening quote, its `|` or `>`, or its first character. An empty
  /// value is placed just after the `:` or `-` it follows.
  public var location: SourceLocation

  public init(text: String, style: YAMLScalarStyle, location: SourceLocation) {
    self.text = text
    self.style = style
    self.location = location
  }
}

/// A sequence, written as `- item` lines or as `[a, b]`.
public struct YAMLSequence: Sendable, Equatable {
  public var items: [YAMLNode]
  /// Where the sequence starts: its first `-`, or its `[`.
  public var location: SourceLocation

  public init(items: [YAMLNode], location: SourceLocation) {
    self.items = items
    self.location = location
  }
}

/// A mapping, written as `key: value` lines or as `{k: v}`, with its keys in the order written.
///
/// Keys are scalars (the reader refuses collections as keys) and are unique by text: the reader
/// reports a repeated key as an error, so `1` and `"1"` count as the same key.
public struct YAMLMapping: Sendable, Equatable {
  public var entries: [Entry]
  /// Where the mapping starts: its first key, or its `{`.
  public var location: SourceLocation

  public init(entries: [Entry], location: SourceLocation) {
    self.entries = entries
    self.location = location
  }

  /// One `key: value` pair.
  public struct Entry: Sendable, Equatable {
    /// The key, with the location a report can point at.
    public var key: YAMLScalar
    public var value: YAMLNode

    public init(key: YAMLScalar, value: YAMLNode) {
      self.key = key
      self.value = value
    }
  }

  /// The keys' texts, in order.
  public var keys: [String] { entries.map(\.key.text) }

  /// The entry whose key's text is `key`, or nil.
  public func entry(forKey key: String) -> Entry? {
    entries.first { $0.key.text == key }
  }

  /// The value whose key's text is `key`, or nil.
  public subscript(key: String) -> YAMLNode? {
    entry(forKey: key)?.value
  }
}
