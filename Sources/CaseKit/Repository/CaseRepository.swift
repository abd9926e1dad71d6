import CaseIO
import CaseJSON
import CaseSchema

/// A case-study repository: its folder, its schema, and its case files.
public final class CaseRepository: Sendable {
  public let location: RepositoryLocation
  public let schema: CaseStudySchema

  /// Opens the repository at `location` with its own schemas, or the built-in ones.
  ///
  /// - Throws: ``SchemaLoadError`` when the repository's schemas cannot be used.
  public init(location: RepositoryLocation) throws(SchemaLoadError) {
    self.location = location
    let files = try SchemaFiles.load(from: location.schemasFolder, confinedTo: location.root)
    schema = files.folder == nil ? .builtIn : try CaseStudySchema(files: files)
  }

  /// The case files, `casestudies/*.json`, sorted by name, and reports of the paths there
  /// that cannot be case files (see ``CaseFileList``).
  ///
  /// - Throws: ``FileError`` when `casestudies/` cannot be listed.
  public func caseFiles() throws(FileError) -> CaseFileList {
    try CaseRepository.caseFiles(in: location)
  }

  /// The case files of the repository at `location` (see ``caseFiles()``).
  ///
  /// - Throws: ``FileError`` when `casestudies/` cannot be listed.
  public static func caseFiles(in location: RepositoryLocation) throws(FileError) -> CaseFileList {
    let walk = try FileTree.walk(location.caseStudiesFolder, recursive: false, confinedTo: location.root)
    return CaseFileList(paths: walk.files, problems: walk.skipped.map(FileReport.init(skipped:)))
  }

  /// The case files' paths, `casestudies/*.json`, sorted by name.
  ///
  /// - Throws: ``FileError`` when `casestudies/` cannot be listed.
  public func caseFilePaths() throws(FileError) -> [String] {
    try caseFiles().paths
  }

  /// The id a case file should have: its name without `.json`.
  public static func expectedID(forPath path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
  }

  /// A case file read and parsed.
  public struct LoadedFile: Sendable {
    public let path: String
    /// The parsed file, or nil when it could not be read or parsed.
    public let document: JSONDocument?
    /// The problem when `document` is nil.
    public let problem: Finding?
    /// Whether the file passes the schema.
    public let isValid: Bool

    /// The case study, when the file passes the schema.
    public var caseStudy: CaseStudy? {
      guard isValid, let document else { return nil }
      return CaseStudy(document.root.value)
    }

    /// Reads, parses and checks one file.
    public static func load(_ path: String, validator: JSONSchema) -> LoadedFile {
      do {
        let document = try JSONDocument(parsing: try FileReader.read(path))
        return LoadedFile(path: path, document: document, problem: nil, isValid: validator.isValid(document))
      } catch let error as JSONParseError {
        return LoadedFile(
          path: path, document: nil,
          problem: Finding(.error, rule: "json", message: error.message, location: error.location),
          isValid: false)
      } catch {
        let message = (error as? FileError)?.message ?? "\(error)"
        return LoadedFile(
          path: path, document: nil, problem: Finding(.error, rule: "file", message: message), isValid: false)
      }
    }
  }

  /// Reads, parses and checks every case file against the schema, on every processor.
  public func loadFiles(threads: Int = Parallel.processorCount) throws(FileError) -> [LoadedFile] {
    try load(caseFilePaths(), threads: threads)
  }

  private func load(_ paths: [String], threads: Int) -> [LoadedFile] {
    let validator = schema.validator
    let copies = (0..<Parallel.threadCount(for: paths.count, threads: threads)).map {
      $0 == 0 ? validator : validator.copyForAnotherThread()
    }
    return Parallel.map(count: paths.count, threads: threads) { index, worker in
      LoadedFile.load(paths[index], validator: copies[worker])
    }
  }

  /// The valid case studies, and the paths left out: files that are not valid, and paths in
  /// `casestudies/` that cannot be case files.
  public func loadCases(threads: Int = Parallel.processorCount) throws(FileError) -> LoadedCases {
    let list = try caseFiles()
    let files = load(list.paths, threads: threads)
    return LoadedCases(
      cases: files.compactMap(\.caseStudy),
      // Files in subfolders are skipped with a warning by `validate`, not invalid: not counted.
      leftOut: (files.filter { $0.caseStudy == nil }.map(\.path)
        + list.problems.filter { $0.status != .skipped }.map(\.path))
        .sorted())
  }
}

/// The valid case studies of a repository, and the paths that were left out.
public struct LoadedCases: Sendable {
  public var cases: [CaseStudy]
  /// Case files that are not valid, and paths that cannot be case files, sorted.
  public var leftOut: [String]
}

/// What `casestudies/` holds: the case files, and reports for what cannot be one.
public struct CaseFileList: Sendable {
  /// `casestudies/*.json`: regular files, or links to regular files inside the repository.
  public var paths: [String]
  /// Paths named `*.json` that are not read: links that lead nowhere or outside the
  /// repository, pipes, devices and folders (errors), and files in subfolders (warnings).
  public var problems: [FileReport]
}
