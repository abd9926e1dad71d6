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
    let files = try SchemaFiles.load(from: location.schemasFolder)
    schema = files.folder == nil ? .builtIn : try CaseStudySchema(files: files)
  }

  /// The case files, `casestudies/*.json`, sorted by name.
  public func caseFilePaths() throws(FileError) -> [String] {
    try FileTree.files(under: location.caseStudiesFolder).filter { path in
      !path.dropFirst(location.caseStudiesFolder.count + 1).contains("/")
    }
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
          path: path, document: nil, problem: Finding(.error, rule: "json", message: error.message, location: error.location),
          isValid: false)
      } catch {
        let message = (error as? FileError)?.message ?? "\(error)"
        return LoadedFile(path: path, document: nil, problem: Finding(.error, rule: "file", message: message), isValid: false)
      }
    }
  }

  /// Reads, parses and checks every case file against the schema, on every processor.
  public func loadFiles(threads: Int = Parallel.processorCount) throws(FileError) -> [LoadedFile] {
    let paths = try caseFilePaths()
    let validator = schema.validator
    let copies = (0..<Parallel.threadCount(for: paths.count, threads: threads)).map {
      $0 == 0 ? validator : validator.copyForAnotherThread()
    }
    return Parallel.map(count: paths.count, threads: threads) { index, worker in
      LoadedFile.load(paths[index], validator: copies[worker])
    }
  }

  /// The valid case studies, and how many files were left out because they are not valid.
  public func loadCases() throws(FileError) -> (cases: [CaseStudy], skipped: Int) {
    let files = try loadFiles()
    let cases = files.compactMap(\.caseStudy)
    return (cases, files.count - cases.count)
  }
}
