import CaseIO
import CaseJSON
import CaseSchema

/// The case-study schema and its vocabularies as files: a repository's own `schemas/`
/// folder, or the copy built into `cases` when the repository has none.
public struct SchemaFiles: Sendable {
  /// The main schema's file name inside `schemas/`.
  public static let mainFile = "case-study.schema.json"
  /// The URI the built-in files are registered under (they exist in no folder).
  static let builtInBase = "cases:builtin/schemas/"

  /// A file: its path relative to `schemas/`, the URI it is registered under, and its contents.
  public struct File: Sendable {
    public let relativePath: String
    public let uri: String
    public let document: JSONDocument
    /// The file on disk, for messages; nil for built-in files.
    public let path: String?
  }

  public let files: [File]
  /// The folder the files came from, or nil for the built-in copy.
  public let folder: String?
  /// The folder references may read files in (the repository), or nil for anywhere.
  let root: String?

  public var mainURI: String {
    files.first { $0.relativePath == SchemaFiles.mainFile }?.uri ?? SchemaFiles.builtInBase + SchemaFiles.mainFile
  }

  /// The repository's schemas, or the built-in ones when it has no `schemas/case-study.schema.json`.
  ///
  /// - Throws: ``SchemaLoadError`` when a file of the repository's schemas cannot be read or parsed.
  /// Links that lead outside `root` (the repository) are refused, and so are references to
  /// files outside it.
  public static func load(from folder: String?, confinedTo root: String? = nil) throws(SchemaLoadError) -> SchemaFiles {
    guard let folder, FileTree.kind(of: folder + "/" + mainFile) == .file else { return builtIn }
    var files: [File] = []
    let walk: FileTree.Walk
    do {
      walk = try FileTree.walk(folder, confinedTo: root)
    } catch {
      throw SchemaLoadError.unreadable(error)
    }
    if let skipped = walk.skipped.first {
      throw SchemaLoadError.refused(
        path: skipped.path, reason: FileReport(skipped: skipped).findings.first?.message ?? "")
    }
    let paths = walk.files
    for path in paths {
      files.append(
        File(
          relativePath: String(path.dropFirst(folder.count + 1)), uri: SchemaRegistry.fileURI(path),
          document: try read(path), path: path))
    }
    return SchemaFiles(files: files, folder: folder, root: root)
  }

  /// Reads and parses one schema or vocabulary file.
  ///
  /// - Throws: ``SchemaLoadError/unreadable(_:)`` or ``SchemaLoadError/invalidJSON(path:error:)``.
  static func read(_ path: String) throws(SchemaLoadError) -> JSONDocument {
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path)
    } catch {
      throw SchemaLoadError.unreadable(error)
    }
    do {
      return try JSONDocument(parsing: bytes)
    } catch {
      throw SchemaLoadError.invalidJSON(path: path, error: error)
    }
  }

  /// The copy built into `cases`.
  public static let builtIn: SchemaFiles = SchemaFiles(
    files: BuiltInSchemas.files.map { file in
      // swift-format-ignore: NeverUseForceTry
      // The built-in files are the repository's own schemas, checked by the tests.
      let document = try! JSONDocument(parsing: file.text)
      return File(relativePath: file.path, uri: builtInBase + file.path, document: document, path: nil)
    }, folder: nil, root: nil)

  /// The vocabulary files (`vocabularies/NAME.json`), by name.
  public var vocabularyFiles: [(name: String, file: File)] {
    files.compactMap { file in
      guard file.relativePath.hasPrefix("vocabularies/"), file.relativePath.hasSuffix(".json") else { return nil }
      return (String(file.relativePath.dropFirst("vocabularies/".count).dropLast(".json".count)), file)
    }
  }

  /// A registry holding every file under its URI.
  func registry() throws(SchemaError) -> SchemaRegistry {
    let registry = SchemaRegistry()
    // The repository's schemas read nothing outside the repository.
    if let root { registry.confineFiles(to: root) }
    for file in files { try registry.add(file.document, uri: file.uri) }
    return registry
  }
}

/// A repository's schema files could not be loaded.
public enum SchemaLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  case unreadable(FileError)
  case invalidJSON(path: String, error: JSONParseError)
  case unusable(SchemaError)
  /// A path in `schemas/` that is not read: a link out of the repository or to nothing, a pipe.
  case refused(path: String, reason: String)

  public var description: String {
    switch self {
    case .refused(let path, let reason): return "\(path): \(reason)"
    case .unreadable(let error): return error.description
    case .invalidJSON(let path, let error): return "\(path):\(error.location): \(error.message)"
    case .unusable(let error): return error.description
    }
  }
}
