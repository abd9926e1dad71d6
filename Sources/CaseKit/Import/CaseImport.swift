import CaseIO
import CaseJSON

/// Writing imported cases into a repository: a case the schema and the rules accept goes to
/// `casestudies/`, one that lacks required facts to `.cases/drafts/` (where `cases add --edit
/// --from` finishes it), never an invalid file to `casestudies/`.
///
/// A case whose external id (`external_ids.pave`, `.aiid`, …) a case file already has updates
/// that file, keeping its id and creation date, so importing the same source twice changes
/// nothing the second time. Each write is atomic; one record's failure does not stop the others.
public struct CaseImport: Sendable {
  public let addition: CaseAddition
  /// Case files by catalogue and external id; under ``ownIDs``, by their own ids.
  let byExternalID: [String: [String: String]]
  /// The catalogue name under which a record matches a case file by the case's own id (for
  /// this tool's own exports).
  public static let ownIDs = "id"

  /// What happened to one imported case.
  public enum Outcome: Sendable, Equatable {
    /// Written as a new case file.
    case added(path: String)
    /// An existing case file with the same external id, rewritten.
    case updated(path: String)
    /// An existing case file with the same external id and the same content.
    case unchanged(path: String)
    /// An existing case file with the same external id and other content, left as it is
    /// because replacing it was not asked for (`update`).
    case kept(path: String)
    /// The case lacks what the schema requires: written as a draft.
    case draft(path: String)
    /// Nothing could be written.
    case failed(message: String)
  }

  /// One imported case's outcome, the case as written, and what validating it found.
  public struct Result: Sendable {
    public var imported: ImportedCase
    public var outcome: Outcome
    public var value: JSONValue
    public var findings: [Finding]
  }

  /// Reads the repository's case files for their ids, titles and external ids.
  ///
  /// - Throws: ``FileError`` when the case-study folder cannot be listed.
  public init(repository: CaseRepository, today: PartialDate) throws(FileError) {
    addition = try CaseAddition(repository: repository, today: today)
    var index: [String: [String: String]] = [:]
    for path in try repository.caseFilePaths() {
      index[CaseImport.ownIDs, default: [:]][CaseRepository.expectedID(forPath: path)] = path
      guard let bytes = try? FileReader.read(path), let document = try? JSONDocument(parsing: bytes),
        let ids = document.root["external_ids"]?.value.objectValue
      else { continue }
      for (catalogue, id) in ids {
        for key in CaseImport.keys(id) where index[catalogue]?[key] == nil {
          index[catalogue, default: [:]][key] = path
        }
      }
    }
    byExternalID = index
  }

  /// The ids an `external_ids` member holds: a string, a number, or a list of either.
  static func keys(_ value: JSONValue) -> [String] {
    switch value {
    case .string(let text): return [text]
    case .number(let number): return [number.lexeme]
    case .array(let items): return items.flatMap(keys)
    default: return []
    }
  }

  /// Writes `cases` (nothing when `dryRun`), in order. A case file matched by external id is
  /// replaced only when `update`: it may hold more than the record (a curated case that also
  /// names the record), which replacing would lose. Two records of one run never write one file.
  public func run(_ cases: [ImportedCase], dryRun: Bool, update: Bool = false) -> [Result] {
    var assigned = Set<String>()
    var written = Set<String>()
    // Cases of the batch may relate to each other.
    let batchIDs = Set(cases.compactMap { $0.value["id"]?.stringValue })
    return cases.map { imported in
      var value = imported.value
      let existing = imported.externalID.flatMap { byExternalID[$0.catalogue]?[$0.id] }
      let id: String
      var created: JSONValue?
      if let existing {
        id = CaseRepository.expectedID(forPath: existing)
        created =
          (try? FileReader.read(existing)).flatMap { try? JSONDocument(parsing: $0) }?.root["provenance"]?[
            "created"]?.value
      } else {
        var base = value["id"]?.stringValue ?? ""
        if base.isEmpty || CaseID.problem(with: base) != nil { base = CaseID.slug(value["title"]?.stringValue ?? "") }
        if base.isEmpty { base = "imported-case" }
        id = CaseID.unused(base) { addition.isTaken($0) || assigned.contains($0) }
      }
      assigned.insert(id)
      value = value.setting(.string(id), at: JSONPointer(["id"]))
      if let created {
        value = value.setting(created, at: JSONPointer(["provenance", "created"]))
      } else if value["provenance"]?["created"] == nil, imported.externalID?.catalogue != CaseImport.ownIDs {
        // A case from another catalogue is created here, now; this tool's own exports keep theirs.
        value = value.setting(.string(addition.today.description), at: JSONPointer(["provenance", "created"]))
      }
      let findings = addition.findings(value, alsoKnown: batchIDs).filter { finding in
        // An update's title is naturally that of the file it replaces.
        !(existing != nil && finding.rule == "near-duplicate-title" && finding.message.contains(" \(id) "))
      }
      let bytes = addition.canonicalBytes(value)
      guard !findings.contains(where: { $0.severity == .error }) else {
        // A draft never replaces another draft with other content (one being finished by hand).
        let folder = addition.repository.location.dataFolder + "/drafts"
        let name = CaseID.unused(id) { name in
          guard let current = try? FileReader.read(folder + "/" + name + ".json") else {
            return written.contains(folder + "/" + name + ".json")
          }
          return current != bytes || written.contains(folder + "/" + name + ".json")
        }
        let draft = folder + "/" + name + ".json"
        written.insert(draft)
        if !dryRun {
          do throws(FileError) {
            try addition.repository.location.makeDataFolder("drafts")
            try AtomicFile.write(bytes, to: draft)
          } catch {
            return Result(
              imported: imported, outcome: .failed(message: error.description), value: value, findings: findings)
          }
        }
        return Result(imported: imported, outcome: .draft(path: draft), value: value, findings: findings)
      }
      let target = existing ?? addition.path(for: id)
      guard written.insert(target).inserted else {
        return Result(
          imported: imported,
          outcome: .failed(message: "another record of this import matches \(target) too; it was not written twice"),
          value: value, findings: findings)
      }
      if existing != nil, (try? FileReader.read(target)) == bytes {
        return Result(imported: imported, outcome: .unchanged(path: target), value: value, findings: findings)
      }
      if existing != nil && !update {
        return Result(imported: imported, outcome: .kept(path: target), value: value, findings: findings)
      }
      if !dryRun {
        do throws(FileError) {
          try AtomicFile.write(bytes, to: target, existing: existing == nil ? .fail : .replace)
        } catch {
          return Result(
            imported: imported, outcome: .failed(message: error.description), value: value, findings: findings)
        }
      }
      return Result(
        imported: imported, outcome: existing == nil ? .added(path: target) : .updated(path: target), value: value,
        findings: findings)
    }
  }
}
