import CaseIO
import CaseJSON
import CaseSchema
import CaseText

/// `cases validate` for a whole repository: every case file against the schema, then the
/// repository's own rules, then the schema files' vocabularies.
public enum RepositoryValidation {
  /// The report of each file in `paths` (every case file, and every path in `casestudies/`
  /// that cannot be one, when nil) and of schema files with problems. The rules know every
  /// case file's id, so `related` may point at files not being checked, and compare titles
  /// with every case file's: a near-duplicate title is reported on the newer of two case
  /// files (by `provenance.created`, then path), or on the file given.
  ///
  /// - Parameter today: the date after which dates count as "in the future".
  /// - Throws: ``FileError`` when the case-study folder cannot be listed.
  public static func validate(
    _ repository: CaseRepository, paths requested: [String]? = nil, today: PartialDate,
    threads requestedThreads: Int? = nil
  ) throws(FileError) -> [FileReport] {
    let threads = requestedThreads ?? Parallel.processorCount
    let list = try repository.caseFiles()
    let paths = requested ?? list.paths
    let validator = repository.schema.validator
    let copies = (0..<Parallel.threadCount(for: paths.count, threads: threads)).map {
      $0 == 0 ? validator : validator.copyForAnotherThread()
    }
    // Read, parse and validate each file against the schema.
    let checked: [(report: FileReport, document: JSONDocument?)] = Parallel.map(count: paths.count, threads: threads) {
      index, worker in
      let path = paths[index]
      let bytes: [UInt8]
      do throws(FileError) {
        bytes = try FileReader.read(path)
      } catch {
        return (FileReport(path: path, outcome: .unreadable(error)), nil)
      }
      let document = try? JSONDocument(parsing: bytes)
      return (FileReport(path: path, outcome: DocumentValidation.validate(bytes, schema: copies[worker])), document)
    }
    // The other case files, for their ids and titles.
    // Files given are compared by where they lead (`./a.json`, a repository reached by a link).
    let given = Set(paths.map { FileTree.resolvedPath($0) ?? $0 })
    let others = requested == nil ? [] : list.paths.filter { !given.contains(FileTree.resolvedPath($0) ?? $0) }
    let otherFiles: [CaseHeader?] = Parallel.map(count: others.count, threads: threads) { index, _ in
      (try? FileReader.read(others[index])).flatMap { try? JSONDocument(parsing: $0) }.map {
        CaseHeader($0.root, path: others[index])
      }
    }

    // The repository's rules, which need every file's id.
    var knownIDs = Set(checked.compactMap { $0.document?.root["id"]?.stringValue })
    knownIDs.formUnion(list.paths.map(CaseRepository.expectedID(forPath:)))
    let rules = RepositoryRules(
      today: today, knownIDs: knownIDs, defaultLicence: repository.schema.settings.licence)
    let hints = VocabularyHints(schema: repository.schema)
    let headers = checked.map { item in item.document.map { CaseHeader($0.root, path: item.report.path) } } + otherFiles
    let twins = NearDuplicateTitles.newerTwins(headers.map { $0 ?? CaseHeader() }, checking: checked.indices)
    var firstPathByID: [String: String] = [:]
    var reports: [FileReport] = []
    for (number, (report, document)) in checked.enumerated() {
      var report = report
      if let document, let older = OlderFormat.finding(document, schema: repository.schema) {
        // A file of an older format breaks many rules of the new one; one finding says what to do.
        report = FileReport(path: report.path, status: .invalid, findings: [older])
      } else if let document {
        report.findings = report.findings.map { hints.improve($0, in: document) }
        var findings = rules.check(document, path: report.path)
        if let idNode = document.root["id"], let id = idNode.stringValue {
          if let first = firstPathByID[id] {
            findings.append(
              Finding(
                .error, rule: "unique-id", message: "the id \(quoted(id)) is also used by \(first)",
                location: idNode.location,
                instanceLocation: JSONPointer(["id"])))
          } else {
            firstPathByID[id] = report.path
          }
        }
        if let titleNode = document.root["title"], let twin = twins[number] {
          findings.append(NearDuplicateTitles.finding(at: titleNode, twin: headers[twin] ?? CaseHeader()))
        }
        // In the order of the file: schema errors and rules together.
        report.findings = (report.findings + findings).enumerated()
          .sorted { ($0.element.location?.offset ?? -1, $0.offset) < ($1.element.location?.offset ?? -1, $1.offset) }
          .map(\.element)
        if report.status == .valid && findings.contains(where: { $0.severity == .error }) { report.status = .invalid }
      }
      reports.append(report)
    }
    guard requested == nil else { return reports }
    return (reports + list.problems).sorted { $0.path < $1.path } + VocabularyConsistency.check(repository.schema.files)
      + OlderFormat.settingsReports(repository.schema) + synonymsReports(repository.location)
  }

  /// The report of `schemas/synonyms.json` when it cannot be used.
  static func synonymsReports(_ location: RepositoryLocation) -> [FileReport] {
    do {
      _ = try SearchSynonyms.load(location)
      return []
    } catch {
      return [
        FileReport(
          path: error.path, status: .invalid,
          findings: [Finding(.error, rule: "synonyms", message: error.message, location: error.location)])
      ]
    }
  }
}

/// Case files of an older format version than the repository's schema, and the settings file.
enum OlderFormat {
  /// One finding for a case file whose format version is older than the schema's, saying to
  /// run `cases migrate`; nil for a file of the schema's version.
  static func finding(_ document: JSONDocument, schema: CaseStudySchema) -> Finding? {
    guard let current = schema.formatVersion, let version = CaseMigration.majorVersion(of: document.root.value),
      version < current
    else { return nil }
    return Finding(
      .error, rule: "format-version",
      message:
        "this case study is in format version \(version) and the repository's schema is version \(current); "
        + "run `cases migrate` to rewrite it (nothing is lost)",
      location: (document.root["schema_version"] ?? document.root).location,
      instanceLocation: document.root["schema_version"] == nil ? .root : JSONPointer(["schema_version"]))
  }

  /// The report of `schemas/repository.json` when it has problems.
  static func settingsReports(_ schema: CaseStudySchema) -> [FileReport] {
    guard !schema.settingsFindings.isEmpty else { return [] }
    let file = schema.files.files.first { $0.relativePath == RepositorySettings.fileName }
    return [
      FileReport(
        path: file?.path ?? "schemas/" + RepositorySettings.fileName, status: .invalid,
        findings: schema.settingsFindings)
    ]
  }
}

/// What the rules compare across case files: a file's id, title and creation date.
struct CaseHeader: Sendable {
  var path = ""
  var id = ""
  var title = ""
  /// `provenance.created`, as written ("" when absent).
  var created = ""

  init() {}

  init(_ root: JSONNode, path: String) {
    self.path = path
    id = root["id"]?.stringValue ?? CaseRepository.expectedID(forPath: path)
    title = root["title"]?.stringValue ?? ""
    created = root["provenance"]?["created"]?.stringValue ?? ""
  }
}

/// Checks that each vocabulary file's `enum` and `terms` agree and that no alias is ambiguous.
enum VocabularyConsistency {
  static func check(_ files: SchemaFiles) -> [FileReport] {
    var reports: [FileReport] = []
    for (name, file) in files.vocabularyFiles {
      var findings: [Finding] = []
      let root = file.document.root
      let ids = root["enum"].map { Array($0.elements) }?.compactMap(\.stringValue) ?? []
      let terms = root["terms"].map { Array($0.elements) } ?? []
      let described = terms.compactMap { $0["id"]?.stringValue }
      for id in ids where !described.contains(id) {
        findings.append(
          Finding(
            .error, rule: "vocabulary", message: "\(quoted(id)) is in the enum but has no entry in terms",
            location: root["enum"]?.location))
      }
      for term in terms {
        guard let id = term["id"]?.stringValue, !ids.contains(id) else { continue }
        findings.append(
          Finding(
            .error, rule: "vocabulary", message: "the term \(quoted(id)) is not in the enum", location: term.location))
      }
      var claimed: [String: String] = [:]
      for term in terms {
        guard let id = term["id"]?.stringValue else { continue }
        for alias in term["aliases"].map({ Array($0.elements) }) ?? [] {
          guard let text = alias.stringValue else { continue }
          let key = Vocabulary.normalize(text)
          if let owner = claimed[key], owner != id {
            findings.append(
              Finding(
                .error, rule: "vocabulary",
                message: "the alias \(quoted(text)) belongs to both \(quoted(owner)) and \(quoted(id))",
                location: alias.location))
          } else if ids.contains(where: { Vocabulary.normalize($0) == key && $0 != id }) {
            findings.append(
              Finding(
                .error, rule: "vocabulary", message: "the alias \(quoted(text)) of \(quoted(id)) is another term's id",
                location: alias.location))
          }
          claimed[key] = id
        }
      }
      if !findings.isEmpty {
        reports.append(
          FileReport(path: file.path ?? "schemas/vocabularies/\(name).json", status: .invalid, findings: findings))
      }
    }
    return reports
  }
}
