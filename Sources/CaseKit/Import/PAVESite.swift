import CaseIO
import CaseJSON
import CaseYAML

/// The records of a PAVE case book (Connected by Data's `connectedbydata/pave`, a Jekyll site
/// exported from Airtable): its case files and, when the site has them, the collections they
/// link to by slug (`_organisations`, `_participants`, `_locations`, `_resources`, `_messages`).
///
/// Each record is a Markdown file whose YAML front matter holds its fields, keyed either by
/// readable slugs (`project-title`) or, in older exports, by Airtable field ids
/// (`fldQVZReHicFlY9Yp`); ids are translated to slugs with the site's `_data/schema_map.yml`
/// when present, else with the field ids PAVE is known to publish.
public struct PAVESite: Sendable {
  /// One record: its slug, its fields by slug, the file it came from, and where each field is.
  public struct Record: Sendable {
    public var slug: String
    public var fields: JSONObject
    public var path: String
    /// The line and column of each field's key, by slug.
    public var locations: [String: SourceLocation]

    /// A field's text, trimmed; nil when absent or empty.
    func text(_ key: String) -> String? {
      guard let text = fields[key]?.stringValue else { return nil }
      let trimmed = text.trimmingWhitespace()
      return trimmed.isEmpty ? nil : trimmed
    }

    /// A field's list of strings (a single string counts as a list of one).
    func list(_ key: String) -> [String] {
      switch fields[key] {
      case .array(let items): return items.compactMap { $0.stringValue?.trimmingWhitespace() }.filter { !$0.isEmpty }
      case .string(let text): return text.trimmingWhitespace().isEmpty ? [] : [text.trimmingWhitespace()]
      default: return []
      }
    }
  }

  /// A file that could not be read as a record, and why.
  public struct Problem: Sendable, Error {
    public var path: String
    public var message: String
    public var location: SourceLocation?
  }

  /// The case records, in the order of their paths.
  public var cases: [Record]
  /// The linked records, by collection (`organisations`, …) and slug.
  public var linked: [String: [String: Record]]
  /// Files that could not be read.
  public var problems: [Problem]

  /// The collections a case links to.
  static let collections = ["organisations", "participants", "locations", "resources", "messages"]

  /// Reads `paths`: case files (`_cases/NAME.md`), folders of them, or a site's root. For each
  /// site found (the folder above a `_cases` folder), its linked collections are read too.
  public static func read(_ paths: [String]) -> PAVESite {
    var site = PAVESite(cases: [], linked: [:], problems: [])
    var caseFiles: [String] = []
    var roots: [String] = []
    for path in paths {
      let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
      switch FileTree.kind(of: trimmed) {
      case .directory:
        let folder = FileTree.kind(of: trimmed + "/_cases") == .directory ? trimmed + "/_cases" : trimmed
        let files = ((try? FileTree.files(under: folder, suffix: ".md")) ?? []).sorted()
        if files.isEmpty {
          site.problems.append(Problem(path: path, message: "no PAVE case files (*.md) here or in its _cases folder"))
        }
        caseFiles += files
        roots.append(AtomicFile.split(folder).directory)
      case .missing:
        site.problems.append(Problem(path: path, message: "no such file or folder"))
      default:
        caseFiles.append(trimmed)
        let folder = AtomicFile.split(trimmed).directory
        roots.append(AtomicFile.split(folder).directory)
      }
    }
    var seenRoots = Set<String>()
    var fieldNames = knownFieldSlugs
    for root in roots where seenRoots.insert(root).inserted {
      if let bytes = try? FileReader.read(root + "/_data/schema_map.yml") {
        fieldNames.merge(schemaMapSlugs(bytes)) { _, fromSite in fromSite }
      }
    }
    seenRoots = []
    for root in roots where seenRoots.insert(root).inserted {
      for collection in collections {
        let folder = root + "/_" + collection
        guard FileTree.kind(of: folder) == .directory else { continue }
        for file in ((try? FileTree.files(under: folder, suffix: ".md")) ?? []).sorted() {
          switch record(at: file, fieldNames: fieldNames) {
          case .success(let record): site.linked[collection, default: [:]][record.slug] = record
          case .failure(let problem): site.problems.append(problem)
          }
        }
      }
    }
    var seenCases = Set<String>()
    for file in caseFiles where seenCases.insert(FileTree.resolvedPath(file) ?? file).inserted {
      switch record(at: file, fieldNames: fieldNames) {
      case .success(let record): site.cases.append(record)
      case .failure(let problem): site.problems.append(problem)
      }
    }
    return site
  }

  /// The linked record of `collection` with `slug`.
  func linked(_ collection: String, _ slug: String) -> Record? { linked[collection]?[slug] }

  /// Reads one record's front matter.
  static func record(at path: String, fieldNames: [String: String]) -> Result<Record, Problem> {
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path)
    } catch {
      return .failure(Problem(path: path, message: error.message))
    }
    let root: YAMLNode?
    do {
      root = try YAMLFrontMatter(splitting: bytes).parse().root
    } catch {
      return .failure(Problem(path: path, message: error.message, location: error.location))
    }
    guard let mapping = root?.mapping else {
      return .failure(
        Problem(path: path, message: "the front matter is not a mapping of fields", location: root?.location))
    }
    var fields = JSONObject()
    var locations: [String: SourceLocation] = [:]
    for entry in mapping.entries {
      let key = fieldNames[entry.key.text] ?? entry.key.text
      fields[key] = entry.value.jsonValue
      locations[key] = entry.key.location
    }
    let name = AtomicFile.split(path).name
    let slug = fields["slug"]?.stringValue ?? String(name.hasSuffix(".md") ? name.dropLast(3) : name[...])
    return .success(Record(slug: slug, fields: fields, path: path, locations: locations))
  }

  /// The slug PAVE's export gives a field called `name` (its `generate_field_slug`): lowercase,
  /// only letters, digits, spaces and hyphens kept, runs of spaces, underscores and hyphens made
  /// one hyphen, and a slug longer than 50 characters cut at its last hyphen within 50.
  static func fieldSlug(_ name: String) -> String {
    var slug = ""
    var pendingHyphen = false
    for scalar in name.lowercased().unicodeScalars where scalar != "\u{FEFF}" {
      switch scalar {
      case "a"..."z", "0"..."9":
        if pendingHyphen && !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      case " ", "\t", "\n", "-", "_":
        pendingHyphen = true
      default:
        continue
      }
    }
    guard slug.count > 50 else { return slug }
    let cut = slug.prefix(50)
    return cut.lastIndex(of: "-").map { String(cut[..<$0]) } ?? String(cut)
  }

  /// Field ids to slugs from a site's `_data/schema_map.yml` (tables → fields → id → name, or
  /// an explicit slug).
  static func schemaMapSlugs(_ bytes: [UInt8]) -> [String: String] {
    guard let root = try? YAMLDocument(parsing: bytes).root?.mapping else { return [:] }
    var slugs: [String: String] = [:]
    for table in root.entries {
      for field in table.value["fields"]?.mapping?.entries ?? [] {
        if let slug = field.value["slug"]?.scalar?.text {
          slugs[field.key.text] = slug
        } else if let name = field.value["name"]?.scalar?.text {
          slugs[field.key.text] = fieldSlug(name)
        }
      }
    }
    return slugs
  }
}
