import CaseIO

/// A temporary case-study repository holding the fixture case studies of
/// Tests/Fixtures/repository, for tests to change and check.
public final class FixtureRepository {
  public let folder = TemporaryDirectory()

  /// The fixture's case files, by file name.
  public static let fixtureCases: [String: String] = {
    let source = SharedData.packageRoot + "/Tests/Fixtures/repository/casestudies"
    var cases: [String: String] = [:]
    for path in (try? FileTree.files(under: source)) ?? [] {
      let name = String(path.dropFirst(source.count + 1))
      cases[name] = (try? FileReader.read(path)).map { String(decoding: $0, as: UTF8.self) }
    }
    return cases
  }()

  /// A repository with the fixture cases (or only `including`), and no schemas folder unless
  /// `withSchemas` (then a copy of the project's schemas/).
  public init(including names: [String]? = nil, withSchemas: Bool = false) {
    for (name, text) in FixtureRepository.fixtureCases where names?.contains(name) ?? true {
      folder.create("casestudies/" + name, text)
    }
    if names?.isEmpty == true { folder.create("casestudies/.keep", "") }
    if withSchemas {
      let source = SharedData.packageRoot + "/schemas"
      for path in (try? FileTree.files(under: source)) ?? [] {
        let text = (try? FileReader.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        folder.create("schemas/" + String(path.dropFirst(source.count + 1)), text)
      }
    }
  }

  public var path: String { folder.path }

  /// Writes a case file.
  public func write(_ name: String, _ text: String) {
    folder.create("casestudies/" + name, text)
  }

  /// A fixture case's text with `replacements` applied (each pair: text to find, text to put).
  public func fixture(_ name: String, replacing replacements: [(String, String)] = []) -> String {
    var text = FixtureRepository.fixtureCases[name] ?? ""
    for (old, new) in replacements {
      precondition(text.contains(old), "the fixture \(name) has no \(old)")
      text = text.replacing(old, with: new)
    }
    return text
  }
}
