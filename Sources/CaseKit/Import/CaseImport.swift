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

  /// Writes `cases` (nothing when `dryRun`), in order.
  public func run(_ cases: [ImportedCase], dryRun: Bool) -> [Result] {
    var assigned = Set<String>()
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
        let draft = addition.repository.location.dataFolder + "/drafts/" + id + ".json"
        if !dryRun {
          do throws(FileError) {
            try AtomicFile.write(bytes, to: try addition.repository.location.makeDataFolder("drafts") + "/\(id).json")
          } catch {
            return Result(
              imported: imported, outcome: .failed(message: error.description), value: value, findings: findings)
          }
        }
        return Result(imported: imported, outcome: .draft(path: draft), value: value, findings: findings)
      }
      let target = existing ?? addition.path(for: id)
      if existing != nil, (try? FileReader.read(target)) == bytes {
        return Result(imported: imported, outcome: .unchanged(path: target), value: value, findings: findings)
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
