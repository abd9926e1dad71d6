/// What an index holds: text fields with their BM25F weights, facets to filter and count by,
/// and values stored for display.
public struct IndexLayout: Sendable, Equatable {
  public struct Field: Sendable, Equatable {
    public var name: String
    /// How much a match in this field counts, relative to 1.
    public var weight: Double
    /// BM25's length normalisation for this field (0: none, 1: full).
    public var lengthNormalization: Double

    public init(_ name: String, weight: Double, lengthNormalization: Double = 0.75) {
      self.name = name
      self.weight = weight
      self.lengthNormalization = lengthNormalization
    }
  }

  public var fields: [Field]
  public var facets: [String]
  public var stored: [String]

  public init(fields: [Field], facets: [String], stored: [String]) {
    self.fields = fields
    self.facets = facets
    self.stored = stored
  }

  /// The index of the field called `name`.
  public func field(named name: String) -> Int? { fields.firstIndex { $0.name == name } }
  public func facet(named name: String) -> Int? { facets.firstIndex(of: name) }
  public func storedValue(named name: String) -> Int? { stored.firstIndex(of: name) }
}

/// One document to index.
public struct IndexDocument: Sendable {
  /// Joins the separate parts of a field's text (one body's name and the next): phrases do
  /// not match across it.
  public static let partSeparator = Tokenizer.partSeparator

  /// The last year of a span that continues to the present.
  public static let continuing = Int(UInt16.max)

  /// The document's unique key (a case id).
  public var key: String
  /// Text per field, in the layout's field order.
  public var fields: [String]
  /// Values per facet, in the layout's facet order.
  public var facets: [[String]]
  /// The years the document spans, for year filters and "newest first"; an upper bound of
  /// ``continuing`` means the span lasts until the request's current year.
  public var years: ClosedRange<Int>?
  /// Display values, in the layout's stored order.
  public var stored: [String]
  /// The file the document came from, to notice later changes.
  public var stamp: FileStamp

  public init(
    key: String, fields: [String], facets: [[String]], years: ClosedRange<Int>?, stored: [String], stamp: FileStamp
  ) {
    self.key = key
    self.fields = fields
    self.facets = facets
    self.years = years
    self.stored = stored
    self.stamp = stamp
  }
}

/// A file's identity at indexing time: its path, size and modification time.
public struct FileStamp: Sendable, Equatable, Hashable {
  public var path: String
  public var size: Int64
  /// Modification time in nanoseconds since 1970.
  public var modified: Int64

  public init(path: String, size: Int64, modified: Int64) {
    self.path = path
    self.size = size
    self.modified = modified
  }
}
