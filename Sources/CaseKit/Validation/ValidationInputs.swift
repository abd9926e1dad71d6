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

  /// The items for absolute `paths`, in the order given. Inside `repository` (a folder), paths
  /// that lead outside it, pipes and devices are refused; elsewhere a file named is read as it
  /// is (`<(command)` works), but a folder's pipes and devices are still reported, not read.
  public static func collect(_ paths: [String], repository: String? = nil) -> [Item] {
    let root = repository.flatMap(FileTree.resolvedPath)
    func isInside(_ path: String) -> Bool {
      guard let root else { return false }
      let resolvedParent = FileTree.resolvedPath(AtomicFile.split(path).directory) ?? ""
      return (resolvedParent + "/").hasPrefix(root == "/" ? root : root + "/")
    }
    var items: [Item] = []
    var seen: Set<String> = []
    func add(_ path: String) {
      if seen.insert(FileTree.resolvedPath(path) ?? path).inserted { items.append(.file(path)) }
    }
    for path in paths {
      if path == "-" {
        items.append(.file("-"))
        continue
      }
      switch FileTree.kind(of: path) {
      case .directory:
        let walk: FileTree.Walk
        do {
          walk = try FileTree.walk(path, confinedTo: isInside(path + "/.") ? root : nil)
        } catch {
          items.append(.problem(FileReport(path: path, outcome: .unreadable(error))))
          continue
        }
        if walk.files.isEmpty && walk.skipped.isEmpty {
          items.append(.problem(FileReport(path: path, status: .error, findings: [Finding(.error, rule: "file", message: "no JSON files in this folder (*.json); check the path")])))
        }
        for file in walk.files { add(file) }
        items += walk.skipped.map { .problem(FileReport(skipped: $0)) }
      case .missing:
        if let target = FileTree.linkTarget(path) {
          items.append(.problem(FileReport(skipped: FileTree.Skipped(path: path, reason: .brokenLink(target: target)))))
        } else {
          items.append(.problem(FileReport(path: path, outcome: .unreadable(FileError(path: path, reason: .notFound)))))
        }
      case .file:
        if isInside(path), let root, let resolved = FileTree.resolvedPath(path), !(resolved + "/").hasPrefix(root + "/") {
          items.append(.problem(FileReport(skipped: FileTree.Skipped(path: path, reason: .outside(target: resolved)))))
        } else {
          add(path)
        }
      case .other:
        if isInside(path) {
          let kind = FileTree.kindName(of: path)
          items.append(.problem(FileReport(skipped: FileTree.Skipped(path: path, reason: .notRegularFile(kind: kind)))))
        } else {
          add(path)
        }
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
            message: "not checked: case files go directly in casestudies/, not in a subfolder; move it up, or out of casestudies/")
        ])
    case .unreadable(let failure):
      self.init(path: skipped.path, status: .error, findings: [Finding(.error, rule: "file", message: "cannot be listed: \(failure.message)")])
    }
  }
}
