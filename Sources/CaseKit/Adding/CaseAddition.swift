import CaseIO
import CaseJSON
import CaseSchema

/// Adding one case study to a repository: the draft completed with what can be derived,
/// checked as `cases validate` checks files, and written in the canonical format without ever
/// replacing a file.
public struct CaseAddition: Sendable {
  public let repository: CaseRepository
  /// The date for `provenance.created` and for the "not in the future" rule.
  public let today: PartialDate
  /// The ids of the case files already in the repository.
  public let existingIDs: Set<String>
  /// The titles of the cases already in the repository, by id.
  private let existingTitles: [(id: String, title: String)]
  /// The licence most of the repository's cases have, if any.
  public let commonLicence: String?

  /// Reads the ids, titles and licences of the repository's cases (parsed, not validated).
  ///
  /// - Throws: ``FileError`` when the case-study folder cannot be listed.
  public init(repository: CaseRepository, today: PartialDate) throws(FileError) {
    self.repository = repository
    self.today = today
    let paths = try repository.caseFilePaths()
    let fields: [(title: String?, licence: String?)] = Parallel.map(count: paths.count) { index, _ in
      guard let bytes = try? FileReader.read(paths[index]), let document = try? JSONDocument(parsing: bytes) else {
        return (nil, nil)
      }
      return (document.root["title"]?.stringValue, document.root["licence"]?.stringValue)
    }
    let ids = paths.map(CaseRepository.expectedID(forPath:))
    existingIDs = Set(ids)
    existingTitles = zip(ids, fields).compactMap { id, field in field.title.map { (id, $0) } }
    var licences: [String: Int] = [:]
    for licence in fields.compactMap(\.licence) { licences[licence, default: 0] += 1 }
    commonLicence = licences.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// Where the case with `id` is written.
  public func path(for id: String) -> String { repository.location.caseStudiesFolder + "/" + id + ".json" }

  /// Whether a case file with `id` exists.
  public func isTaken(_ id: String) -> Bool {
    existingIDs.contains(id) || FileTree.exists(path(for: id))
  }

  /// The id a draft gets: its own, checked (``CaseAddError/refusedID(_:reason:)`` or
  /// ``CaseAddError/takenID(_:)``), or a slug of its title made unique with a numeric suffix.
  ///
  /// - Throws: ``CaseAddError`` when the given id cannot be used, or there is neither an id
  ///   nor a title with letters to make one from.
  public func id(for draft: JSONValue) throws(CaseAddError) -> String {
    if let given = draft["id"]?.stringValue {
      if let reason = CaseID.problem(with: given) { throw .refusedID(given, reason: reason) }
      if isTaken(given) { throw .takenID(given) }
      return given
    }
    let slug = CaseID.slug(draft["title"]?.stringValue ?? "")
    guard !slug.isEmpty else { throw .noIDFromTitle }
    return CaseID.unused(slug, isTaken: isTaken)
  }

  /// The draft with what can be derived filled in where it is missing: `schema_version` (the
  /// schema's default), `id` (see ``id(for:)``) and `provenance.created` (today). A draft of
  /// format version 1 (a kept draft, say) is first migrated, as `cases migrate` would.
  ///
  /// - Throws: ``CaseAddError`` as ``id(for:)`` does.
  public func completed(_ draft: JSONValue) throws(CaseAddError) -> JSONValue {
    var value = CaseMigration.migrated(draft)
    if value["schema_version"] == nil {
      value = value.setting(.string(schemaVersion), at: JSONPointer(["schema_version"]))
    }
    value = value.setting(.string(try id(for: value)), at: JSONPointer(["id"]))
    if value["provenance"]?["created"] == nil {
      value = value.setting(.string(today.description), at: JSONPointer(["provenance", "created"]))
    }
    return value
  }

  /// The version new files declare: the schema's `default` for `schema_version`.
  public var schemaVersion: String {
    repository.schema.schema(at: JSONPointer(["schema_version"]))?["default"]?.stringValue ?? "1.0.0"
  }

  /// The canonical text of a case, as `cases fmt` writes it.
  public func canonicalBytes(_ value: JSONValue) -> [UInt8] {
    let order = repository.schema
    return JSONWriter().bytes(CanonicalFormat(keyOrder: { order.keyOrder(at: $0) }).reordered(value))
  }

  /// What `cases validate` would report for the case `value` as the file of its id: schema
  /// errors (with the vocabulary's hints), the repository's rules, and a warning when its title
  /// is nearly that of an existing case. Locations are in ``canonicalBytes(_:)``. With `under`,
  /// only the findings at or below that location.
  /// `alsoKnown` are ids of cases about to be written with it (an import's).
  public func findings(_ value: JSONValue, under pointer: JSONPointer = .root, alsoKnown: Set<String> = []) -> [Finding]
  {
    let bytes = canonicalBytes(value)
    // swift-format-ignore: NeverUseForceTry
    // The writer's output is JSON.
    let document = try! JSONDocument(parsing: bytes)
    let id = value["id"]?.stringValue ?? ""
    let report = FileReport(
      path: path(for: id), outcome: DocumentValidation.validate(bytes, schema: repository.schema.validator))
    let hints = VocabularyHints(schema: repository.schema)
    var findings = report.findings.map { hints.improve($0, in: document) }
    let rules = RepositoryRules(
      today: today, knownIDs: existingIDs.union([id]).union(alsoKnown),
      defaultLicence: repository.schema.settings.licence)
    findings += rules.check(document, path: path(for: id))
    if pointer.isRoot || pointer == JSONPointer(["title"]), let titleNode = document.root["title"] {
      findings += nearDuplicateTitle(titleNode)
    }
    return findings.filter { ($0.instanceLocation ?? .root).tokens.starts(with: pointer.tokens) }
  }

  private func nearDuplicateTitle(_ node: JSONNode) -> [Finding] {
    guard let title = node.stringValue else { return [] }
    guard let twin = NearDuplicateTitles.twin(of: title, among: existingTitles.map(\.title)) else { return [] }
    let other = existingTitles[twin]
    return [
      Finding(
        .warning, rule: "near-duplicate-title",
        message: "the title is nearly the same as that of \(other.id) (\(quoted(other.title))); is this the same case?",
        location: node.location, instanceLocation: JSONPointer(["title"]))
    ]
  }

  /// Writes the case in the canonical format to `casestudies/<id>.json`, atomically, never
  /// replacing a file (one created meanwhile is kept and reported). Returns the path.
  ///
  /// - Throws: ``CaseAddError/takenID(_:)`` when the file exists, ``CaseAddError/file(_:)``
  ///   when it cannot be written.
  public func write(_ value: JSONValue) throws(CaseAddError) -> String {
    let id = value["id"]?.stringValue ?? ""
    if let reason = CaseID.problem(with: id) { throw .refusedID(id, reason: reason) }
    let target = path(for: id)
    do throws(FileError) {
      try AtomicFile.write(canonicalBytes(value), to: target, existing: .fail)
    } catch  where error.reason == .alreadyExists {
      throw .takenID(id)
    } catch {
      throw .file(error)
    }
    return target
  }

  /// Writes a case whose id was made from its title (see ``write(_:)``): when another writer
  /// takes that id first (`cases add` run in parallel), the next free number is tried, as
  /// when the id was made. Returns the case as written and its path.
  ///
  /// - Throws: as ``write(_:)``, but ``CaseAddError/takenID(_:)`` only after 1,000 tries.
  public func writeWithIDFromTitle(_ value: JSONValue) throws(CaseAddError) -> (value: JSONValue, path: String) {
    var value = value
    let base = CaseID.slug(value["title"]?.stringValue ?? "")
    for _ in 0..<1_000 {
      do {
        return (value, try write(value))
      } catch .takenID {
        let next = CaseID.unused(base) { FileTree.exists(path(for: $0)) }
        value = value.setting(.string(next), at: JSONPointer(["id"]))
      }
    }
    throw .takenID(value["id"]?.stringValue ?? base)
  }
}

/// Why a case cannot be added.
public enum CaseAddError: Error, Sendable, Equatable, CustomStringConvertible {
  /// An id typed by hand is not a valid id.
  case refusedID(String, reason: String)
  /// A case file with this id exists.
  case takenID(String)
  /// The draft has no id, and its title has no letters or digits to make one from.
  case noIDFromTitle
  case file(FileError)

  public var description: String {
    switch self {
    case .refusedID(_, let reason): reason
    case .takenID(let id):
      "a case study with the id \(quoted(id)) exists already (casestudies/\(id).json); it is never replaced"
    case .noIDFromTitle: "there is no id, and the title has no letters a–z or digits to make one from"
    case .file(let error): error.description
    }
  }

  /// What to do about it.
  public var hint: String {
    switch self {
    case .refusedID(let id, _):
      let slug = CaseID.slug(id)
      return slug.isEmpty || slug == id ? "choose an id of lowercase words joined by hyphens" : "try \(quoted(slug))"
    case .takenID: return "choose another id, or leave the id out to have one made from the title"
    case .noIDFromTitle: return "give an id of lowercase words joined by hyphens"
    case .file: return "check that casestudies/ exists and is writable"
    }
  }
}
