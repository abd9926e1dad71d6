import CaseIO

/// Where a case-study repository is: the folder that holds `casestudies/`.
public struct RepositoryLocation: Sendable, Equatable {
  /// The repository's root folder.
  public let root: String

  public init(root: String) {
    self.root = root
  }

  /// The folder of case-study files.
  public var caseStudiesFolder: String { root + "/casestudies" }
  /// The folder of schemas and vocabularies.
  public var schemasFolder: String { root + "/schemas" }
  /// The folder of generated files (the search index), kept out of git.
  public var dataFolder: String { root + "/.cases" }

  /// Finds the repository: `explicit` (from `--repo`) if given, else `CASES_REPO`, else the
  /// nearest folder at or above `directory` that holds `casestudies/`.
  ///
  /// - Throws: ``RepositoryError`` saying where it looked and how to fix it.
  public static func find(explicit: String?, environment: [String: String], from directory: String)
    throws(RepositoryError) -> RepositoryLocation
  {
    if let given = explicit ?? environment["CASES_REPO"].flatMap({ $0.isEmpty ? nil : $0 }) {
      let root = absolute(given, from: directory)
      guard FileTree.kind(of: root + "/casestudies") == .directory else {
        throw RepositoryError.notARepository(path: given, fromFlag: explicit != nil)
      }
      return RepositoryLocation(root: normalized(root))
    }
    var candidate = normalized(directory)
    while true {
      if FileTree.kind(of: candidate + "/casestudies") == .directory { return RepositoryLocation(root: candidate) }
      guard candidate != "/", let slash = candidate.lastIndex(of: "/") else { break }
      candidate = slash == candidate.startIndex ? "/" : String(candidate[..<slash])
    }
    throw RepositoryError.notFound(searchedFrom: directory)
  }

  private static func absolute(_ path: String, from directory: String) -> String {
    path.hasPrefix("/") ? path : directory + "/" + path
  }

  /// Removes `.` segments, resolves `..` textually and drops trailing slashes.
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}

/// No case-study repository where one was needed.
public enum RepositoryError: Error, Sendable, Equatable, CustomStringConvertible {
  case notFound(searchedFrom: String)
  case notARepository(path: String, fromFlag: Bool)

  public var description: String {
    switch self {
    case .notFound(let directory):
      return "not inside a case-study repository: no 'casestudies' folder in \(directory) or any folder above it"
    case .notARepository(let path, let fromFlag):
      return "\(path) is not a case-study repository (it has no 'casestudies' folder)"
        + (fromFlag ? "" : "; it comes from CASES_REPO")
    }
  }

  /// What the user can do about it.
  public var hint: String {
    "run the command inside a repository, pass --repo DIR, or set CASES_REPO; `cases init DIR` creates a new one"
  }
}
