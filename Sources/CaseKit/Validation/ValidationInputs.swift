import CaseIO

/// The files `cases validate` (and `cases fmt`) checks for the paths named on the command
/// line: files as named, folders searched for `*.json`, each file once; and a report for each
/// path that cannot be checked, so that no path given is passed over in silence.
public enum ValidationInputs {
  public enum Item: Sendable, Equatable {
    /// A file to read (`-`: standard input).
    case file(String)
    /// A path that cannot be checked, with why.
    case problem(FileReport)
  }

  /// The items for absolute `paths`, in the order given. Paths named inside `repository`
  /// must lead to files inside it (links out of it, pipes and devices are refused), and its
  /// `casestudies/` folder is read as the repository reads it (case files directly in it);
  /// elsewhere a file named is read as it is (`<(command)` works), but a folder's pipes and
  /// devices are still reported, not read.
  public static func collect(_ paths: [String], repository: RepositoryLocation? = nil) -> [Item] {
    let root = repository.map { FileTree.lexicallyNormalized($0.root) }
    let resolvedRoot = repository.flatMap { FileTree.resolvedPath($0.root) }
    let caseFolder = repository.flatMap { FileTree.resolvedPath($0.caseStudiesFolder) }
    /// Named inside the repository, whatever the names' links lead to.
    func isNamedInside(_ path: String) -> Bool {
      if let root, FileTree.isWithin(path, root) { return true }
      guard let resolvedRoot, let parent = FileTree.resolvedPath(AtomicFile.split(path).directory) else { return false }
      return FileTree.isWithin(parent, resolvedRoot)
    }
    var items: [Item] = []
    var seen: Set<String> = []
    func add(_ path: String) {
      if seen.insert(FileTree.resolvedPath(path) ?? path).inserted { items.append(.file(path)) }
    }
    func refuse(_ path: String, _ reason: FileTree.Skipped.Reason) {
      items.append(.problem(FileReport(skipped: FileTree.Skipped(path: path, reason: reason))))
    }
    for given in paths {
      if given == "-" {
        items.append(.file("-"))
        continue
      }
      let path = FileTree.lexicallyNormalized(given)
      let inside = isNamedInside(path)
      let resolved = FileTree.resolvedPath(path)
      if inside, let resolved, let resolvedRoot, !FileTree.isWithin(resolved, resolvedRoot) {
        refuse(path, .outside(target: resolved))
        continue
      }
      switch FileTree.kind(of: path) {
      case .directory:
        let files: [String]
        let problems: [FileReport]
        do {
          if let repository, resolved != nil, resolved == caseFolder {
            // The repository's own folder: case files directly in it, as every command reads it.
            let list = try CaseRepository.caseFiles(in: repository)
            (files, problems) = (list.paths, list.problems)
          } else {
            let walk = try FileTree.walk(path, confinedTo: inside ? resolvedRoot : nil)
            (files, problems) = (walk.files, walk.skipped.map(FileReport.init(skipped:)))
          }
        } catch {
          items.append(.problem(FileReport(path: path, outcome: .unreadable(error))))
          continue
        }
        if files.isEmpty && problems.isEmpty {
          let finding = Finding(.error, rule: "file", message: "no JSON files in this folder (*.json); check the path")
          items.append(.problem(FileReport(path: path, status: .error, findings: [finding])))
        }
        for file in files { add(file) }
        items += problems.map(Item.problem)
      case .missing:
        if let target = FileTree.linkTarget(path) {
          refuse(path, .brokenLink(target: target))
        } else {
          items.append(.problem(FileReport(path: path, outcome: .unreadable(FileError(path: path, reason: .notFound)))))
        }
      case .file:
        add(path)
      case .other:
        if inside { refuse(path, .notRegularFile(kind: FileTree.kindName(of: path))) } else { add(path) }
      }
    }
    return items
  }
}

extension FileReport {
  /// The report for a path a walk left out: an error, or a warning for a file in a subfolder
  /// of `casestudies/`.
  public init(skipped: FileTree.Skipped) {
    func error(_ message: String) -> FileReport {
      FileReport(path: skipped.path, status: .invalid, findings: [Finding(.error, rule: "file", message: message)])
    }
    switch skipped.reason {
    case .brokenLink(let target):
      self = error("a symbolic link to \(quoted(target)), which does not exist; remove it or add the file it names")
    case .notRegularFile(let kind):
      self = error("\(kind), not a file; only regular files are read")
    case .folder:
      self = error("a folder, not a file, although its name ends in .json")
    case .outside(let target):
      self = error("a symbolic link to \(quoted(target)), outside the repository; it is not read")
    case .inSubfolder:
      self.init(
        path: skipped.path, status: .skipped,
        findings: [
          Finding(
            .warning, rule: "file",
            message:
              "not checked: case files go directly in casestudies/, not in a subfolder; move it up, or out of casestudies/"
          )
        ])
    case .unreadable(let failure):
      self.init(
        path: skipped.path, status: .error,
        findings: [Finding(.error, rule: "file", message: "cannot be listed: \(failure.message)")])
    }
  }
}
