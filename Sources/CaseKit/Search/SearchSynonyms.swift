import CaseIO
import CaseJSON
import CaseSearch

/// Words researchers type for what case studies say in other words (`jobless` for
/// `jobseekers`, `board` for `committee`): groups of equivalent words and phrases. A query word
/// that is in a group also finds the group's other members, which count for half as much as the
/// word typed; `cases search --exact` turns this off.
///
/// The built-in groups below can be extended by a repository's `schemas/synonyms.json`:
/// `{"groups": [["word", "other word", "a phrase"], …]}`.
public struct SearchSynonyms: Sendable, Equatable {
  public var groups: [[String]]

  /// The groups shipped with `cases`: each is a set of words and phrases a researcher may
  /// type for one another in this domain.
  public static let builtIn = SearchSynonyms(groups: [
    ["jobless", "unemployed", "jobseekers", "unemployment"],
    ["kids", "children", "young people", "youth", "minors"],
    ["deportation", "removal", "immigration enforcement", "deported"],
    ["board", "committee", "panel"],
    ["rough sleepers", "rough sleeping", "homelessness", "homeless"],
    ["welfare", "benefits", "social security"],
    ["police", "law enforcement"],
    ["elderly", "older people", "pensioners"],
    ["disabled", "disability", "disabilities"],
    ["migrants", "immigrants", "refugees", "asylum seekers"],
    ["gp", "general practice", "family doctor"],
    ["jury", "juries", "panel"],
    ["opt-out", "opting out"],
    ["exam", "examination", "grades", "grading"],
  ])

  /// The file a repository extends the groups with, inside `schemas/`.
  public static let fileName = "synonyms.json"

  public init(groups: [[String]]) {
    self.groups = groups
  }

  /// The built-in groups and the repository's (from `schemas/synonyms.json` when it has one).
  ///
  /// - Throws: ``SynonymsError`` when the file exists but is not a list of groups.
  public static func load(_ location: RepositoryLocation) throws(SynonymsError) -> SearchSynonyms {
    let path = location.schemasFolder + "/" + fileName
    guard FileTree.kind(of: path) == .file else { return builtIn }
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(path)
    } catch {
      throw SynonymsError(path: path, message: error.message, location: nil)
    }
    return SearchSynonyms(groups: builtIn.groups + (try groups(in: bytes, path: path)))
  }

  /// The groups of a synonyms file.
  ///
  /// - Throws: ``SynonymsError`` when it is not `{"groups": [[text, text, …], …]}`.
  static func groups(in bytes: [UInt8], path: String) throws(SynonymsError) -> [[String]] {
    let document: JSONDocument
    do {
      document = try JSONDocument(parsing: bytes)
    } catch {
      throw SynonymsError(path: path, message: error.message, location: error.location)
    }
    let root = document.root
    guard let list = root["groups"], root.value.objectValue?.count == 1, case .array(let items) = list.value else {
      throw SynonymsError(
        path: path, message: "a synonyms file is {\"groups\": [[\"word\", \"other word\"], …]}", location: root.location
      )
    }
    var groups: [[String]] = []
    for (index, item) in items.enumerated() {
      let words = item.arrayValue?.compactMap(\.stringValue) ?? []
      guard words.count >= 2, words.count == item.arrayValue?.count, words.allSatisfy({ !$0.isEmpty }) else {
        throw SynonymsError(
          path: path, message: "group \(index + 1) must list at least two words or phrases, as strings",
          location: Array(list.elements).dropFirst(index).first?.location)
      }
      groups.append(words)
    }
    return groups
  }

  /// The groups as the engine takes them: each member's index terms (one, or several for a
  /// phrase typed as words), with the other members' index terms.
  func table(analyzer: Analyzer = Analyzer()) -> [[String]: [[String]]] {
    var table: [[String]: [[String]]] = [:]
    for group in groups {
      let analyzed = group.map { analyzer.terms($0).map(\.text) }.filter { !$0.isEmpty }
      for member in analyzed {
        for other in analyzed where other != member && table[member]?.contains(other) != true {
          table[member, default: []].append(other)
        }
      }
    }
    return table
  }
}

/// A repository's synonyms file cannot be used.
public struct SynonymsError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var location: SourceLocation?

  public var description: String { path + (location.map { ":\($0)" } ?? "") + ": " + message }
}
