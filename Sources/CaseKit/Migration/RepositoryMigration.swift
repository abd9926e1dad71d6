import CaseIO
import CaseJSON

/// `cases migrate`: what rewriting a repository's version-1 case files (and, for a repository
/// made by `cases init`, its version-1 schema files) as version 2 would change, and doing it.
///
/// Nothing is written by ``plan(_:)``. ``apply(_:to:replacingCustomSchemas:)`` replaces the
/// schema first, then each case file, each write atomic; a repository interrupted half-way is
/// finished by running it again.
public struct RepositoryMigration: Sendable {
  /// A case file that migrating changes: its bytes now and after.
  public struct FileChange: Sendable {
    public var path: String
    public var original: [UInt8]
    public var migrated: [UInt8]
  }

  /// What happens to the repository's `schemas/`.
  public enum SchemaChange: Sendable, Equatable {
    /// The repository uses the built-in schema, or its own is already version 2.
    case none
    /// Its schema files are version 1 exactly as `cases init` wrote them: they are replaced by
    /// the built-in version-2 files.
    case replaceDefault
    /// Its schema is version 1 with files changed or added (relative paths): replaced only when
    /// asked, keeping a copy of the old folder.
    case customised([String])
  }

  /// The case files that change.
  public var changes: [FileChange]
  /// Case files already in the current format.
  public var unchanged: [String]
  /// Case files that could not be read or parsed, with the problem; they are left alone.
  public var problems: [FileReport]
  public var schema: SchemaChange

  /// Where the old schema files are kept when customised ones are replaced.
  public static func schemaBackupFolder(_ location: RepositoryLocation) -> String {
    location.dataFolder + "/schemas-version-1"
  }

  /// What migrating `repository` would change.
  ///
  /// - Throws: ``FileError`` when `casestudies/` cannot be listed.
  public static func plan(_ repository: CaseRepository) throws(FileError) -> RepositoryMigration {
    let list = try repository.caseFiles()
    let schemaChange = schemaChange(repository)
    // Files are written in the key order of the schema they will be checked against.
    let format = schemaChange == .none ? repository.schema.caseFormat : CaseStudySchema.builtIn.caseFormat
    var changes: [FileChange] = []
    var unchanged: [String] = []
    var problems = list.problems
    for path in list.paths {
      let bytes: [UInt8]
      let value: JSONValue
      do throws(FileError) {
        bytes = try FileReader.read(path)
      } catch {
        problems.append(FileReport(path: path, outcome: .unreadable(error)))
        continue
      }
      do throws(JSONParseError) {
        value = try JSONDocument(parsing: bytes).root.value
      } catch {
        problems.append(FileReport(path: path, outcome: .unparseable(error)))
        continue
      }
      guard CaseMigration.needsMigration(value) else {
        unchanged.append(path)
        continue
      }
      let migrated = JSONWriter().bytes(format.reordered(CaseMigration.migrated(value)))
      changes.append(FileChange(path: path, original: bytes, migrated: migrated))
    }
    return RepositoryMigration(changes: changes, unchanged: unchanged, problems: problems, schema: schemaChange)
  }

  /// Whether the repository's own schema is version 1, and if so whether `cases init` wrote it.
  static func schemaChange(_ repository: CaseRepository) -> SchemaChange {
    let files = repository.schema.files
    guard files.folder != nil, repository.schema.formatVersion == 1 else { return .none }
    let changed = files.files.filter { file in
      guard let path = file.path, let bytes = try? FileReader.read(path) else { return true }
      return !SchemaVersion1Files.hashes.contains(fnv1a(bytes))
    }
    return changed.isEmpty ? .replaceDefault : .customised(changed.map(\.relativePath))
  }

  /// Why migrating stopped.
  public enum Failure: Error, Sendable, Equatable {
    /// The schema is customised and replacing it was not asked for; nothing was written.
    case customisedSchema([String])
    /// A file could not be written; those before it were.
    case cannotWrite(FileError)
  }

  /// Writes the plan: the schema first (keeping a customised one under
  /// ``schemaBackupFolder(_:)`` when `replacingCustomSchemas`), then each changed case file.
  ///
  /// - Throws: ``Failure``.
  public func apply(to location: RepositoryLocation, replacingCustomSchemas: Bool) throws(Failure) {
    if case .customised(let paths) = schema, !replacingCustomSchemas { throw .customisedSchema(paths) }
    do throws(FileError) {
      switch schema {
      case .none:
        break
      case .customised:
        var old: [(path: String, bytes: [UInt8])] = []
        for path in try FileTree.walk(location.schemasFolder, confinedTo: location.root).files {
          old.append((String(path.dropFirst(location.schemasFolder.count + 1)), try FileReader.read(path)))
        }
        try location.makeDataFolder()
        try AtomicFolder.write(old, to: RepositoryMigration.schemaBackupFolder(location), replacing: true)
        try replaceSchemas(location)
      case .replaceDefault:
        try replaceSchemas(location)
      }
      for change in changes { try AtomicFile.write(change.migrated, to: change.path) }
    } catch {
      throw .cannotWrite(error)
    }
  }

  private func replaceSchemas(_ location: RepositoryLocation) throws(FileError) {
    try AtomicFolder.write(
      BuiltInSchemas.files.map { ($0.path, Array($0.text.utf8)) }, to: location.schemasFolder, replacing: true)
  }
}

/// The 64-bit FNV-1a hash of `bytes`: enough to recognise a file `cases init` wrote.
func fnv1a(_ bytes: [UInt8]) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
  return hash
}
