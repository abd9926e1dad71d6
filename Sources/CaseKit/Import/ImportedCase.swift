import CaseJSON

/// A case study read from another catalogue, before it is written: the case (version 2) and
/// what converting it found.
public struct ImportedCase: Sendable {
  /// Where the record came from, as the user named it (a file, or a file and line).
  public var origin: String
  /// The catalogue (`pave`, `aiid`, …) and the record's id there: what a second import of the
  /// same record matches on (the case's `external_ids`). Nil when the format carries none.
  public var externalID: (catalogue: String, id: String)?
  /// The case, as far as the record gives it.
  public var value: JSONValue
  public var notes: [ImportNote]

  public init(
    origin: String, externalID: (catalogue: String, id: String)?, value: JSONValue, notes: [ImportNote] = []
  ) {
    self.origin = origin
    self.externalID = externalID
    self.value = value
    self.notes = notes
  }
}

/// Something converting a record found, for the import report.
public enum ImportNote: Sendable, Equatable {
  /// A field of the record became this part of the case (`summary`, `organisations`, …).
  case imported(field: String, to: String)
  /// A field with no home in the schema, kept under `extensions`.
  case kept(field: String)
  /// A vocabulary value of the record, mapped to a term.
  case mapped(vocabulary: String, value: String, term: String)
  /// A vocabulary value no term matches, kept under `extensions`, with the nearest terms.
  case unknown(vocabulary: String, value: String, suggestions: [String])
  /// Something the case needs that the record lacks or that could not be used, and why.
  case missing(field: String, reason: String)
}
