import CaseJSON
import CaseText

/// The rules of a case-study repository that a JSON Schema cannot express: ids match file
/// names and are unique, references resolve, dates are in order and not in the future, no
/// source is listed twice, and no two titles are nearly the same.
struct RepositoryRules {
  /// Today, for the "not in the future" rule.
  let today: PartialDate
  /// Every case id in the repository.
  let knownIDs: Set<String>
  /// The repository's default licence, for cases that name none.
  let defaultLicence: String?
  /// "Did you mean" among the known ids.
  private let idTypos: TypoFinder

  /// At most this many "did you mean" suggestions per file: each costs a search of every id.
  static let suggestionsPerFile = 10

  init(today: PartialDate, knownIDs: Set<String>, defaultLicence: String? = nil) {
    self.today = today
    self.knownIDs = knownIDs
    self.defaultLicence = defaultLicence
    idTypos = TypoFinder(knownIDs.sorted())
  }

  /// The findings for one parsed case file.
  func check(_ document: JSONDocument, path: String) -> [Finding] {
    var findings: [Finding] = []
    let root = document.root
    // Every node's pointer, found in one walk when the first finding needs one.
    var pointers: [Int: JSONPointer]?
    func report(_ rule: String, _ message: String, at node: JSONNode?, severity: Finding.Severity = .error) {
      let node = node ?? root
      if pointers == nil { pointers = RepositoryRules.pointers(under: root) }
      findings.append(
        Finding(
          severity, rule: rule, message: message, location: node.location, instanceLocation: pointers?[node.index]))
    }

    // The id is the file name.
    let expected = CaseRepository.expectedID(forPath: path)
    if let id = root["id"], let text = id.stringValue, text != expected {
      report(
        "id-matches-file",
        "the id \(quoted(text)) differs from the file name; it must be \(quoted(expected)) (or rename the file to \(text).json)",
        at: id)
    }

    // A licence: the case's own or the repository's default.
    if root["licence"] == nil && defaultLicence == nil {
      report(
        "licence",
        "no licence: add \"licence\" (such as \"CC-BY-4.0\"), or set the repository's default in schemas/repository.json",
        at: nil)
    }

    var suggestionsLeft = RepositoryRules.suggestionsPerFile
    func suggestion(_ find: () -> String?) -> String {
      guard suggestionsLeft > 0 else { return "" }
      suggestionsLeft -= 1
      return find().map { "; did you mean \(quoted($0))?" } ?? ""
    }

    // Related cases exist.
    for related in root.children("related") {
      guard let idNode = related["id"], let id = idNode.stringValue else { continue }
      if id == expected {
        report("related-exists", "a case cannot be related to itself", at: idNode)
      } else if !knownIDs.contains(id) {
        report(
          "related-exists", "no case study has the id \(quoted(id))\(suggestion { idTypos.likelyTypo(of: id) })",
          at: idNode)
      }
    }

    // Sources: unique ids and addresses; references to them resolve.
    var sourceIDs: [String: JSONNode] = [:]
    var urls: [String: JSONNode] = [:]
    for source in root.children("sources") {
      if let idNode = source["id"], let id = idNode.stringValue {
        if let first = sourceIDs[id] {
          report(
            "unique-source-id", "the source id \(quoted(id)) is used twice (first at \(first.location))", at: idNode)
        } else {
          sourceIDs[id] = idNode
        }
      }
      if let urlNode = source["url"], let url = urlNode.stringValue {
        let key = normalizedURL(url)
        if let first = urls[key] {
          report(
            "duplicate-source-url", "the same address is listed twice among the sources (first at \(first.location))",
            at: urlNode)
        } else {
          urls[key] = urlNode
        }
      }
    }
    for reference in nodes(named: "source_refs", under: root).flatMap({ Array($0.elements) }) {
      guard let id = reference.stringValue, sourceIDs[id] == nil else { continue }
      let hint = suggestion { EditDistance.likelyTypo(of: id, among: sourceIDs.keys.sorted()) }
      report("source-ref", "no source has the id \(quoted(id))\(hint)", at: reference)
    }

    // Affected groups: unique ids; impacts refer to existing ones.
    var groupIDs: Set<String> = []
    for group in root.children("affected_groups") {
      guard let idNode = group["id"], let id = idNode.stringValue else { continue }
      if !groupIDs.insert(id).inserted {
        report("unique-group-id", "the group id \(quoted(id)) is used twice", at: idNode)
      }
    }
    for impact in root.children("impacts") {
      for reference in impact.children("groups") {
        guard let id = reference.stringValue, !groupIDs.contains(id) else { continue }
        report("group-ref", "no affected group has the id \(quoted(id))", at: reference)
      }
    }

    checkDates(root, report: report)
    checkCharacters(root, report: report)
    return findings
  }

  /// Dates in order, and none in the future.
  private func checkDates(_ root: JSONNode, report: (String, String, JSONNode?, Finding.Severity) -> Void) {
    for key in [
      "date", "start", "end", "as_of", "status_as_of", "date_published", "date_accessed", "created", "updated",
    ] {
      for node in nodes(named: key, under: root) {
        guard let text = node.stringValue else { continue }
        if let impossibility = PartialDate.impossibility(text) {
          report("real-date", "\(quoted(text)) is not a date: \(impossibility)", node, .error)
        }
        guard let date = PartialDate(text), date.isAfter(today) else { continue }
        report("future-date", "the date \(text) is in the future (today is \(today))", node, .error)
      }
    }
    func ordered(_ first: JSONNode?, _ second: JSONNode?, _ what: String) {
      guard let first, let second, let a = first.stringValue.flatMap(PartialDate.init),
        let b = second.stringValue.flatMap(PartialDate.init), a.isAfter(b)
      else { return }
      report("date-order", "\(what): \(b) comes before \(a)", second, .error)
    }
    ordered(root["period"]?["start"], root["period"]?["end"], "the period ends before it starts")
    ordered(
      root["provenance"]?["created"], root["provenance"]?["updated"], "the case was updated before it was created")
    for engagement in root.children("engagements") {
      ordered(engagement["start"], engagement["end"], "the engagement ends before it starts")
    }
    for list in [root.children("timeline"), root["accountability"]?.children("events") ?? []] {
      let dates = list.compactMap { $0["date"] }
      for (earlier, later) in zip(dates, dates.dropFirst()) {
        ordered(earlier, later, "the events are not in date order")
      }
    }
  }

  /// No text holds characters that can take over a terminal (see ``TerminalText``).
  private func checkCharacters(_ root: JSONNode, report: (String, String, JSONNode?, Finding.Severity) -> Void) {
    func check(_ node: JSONNode) {
      if let text = node.stringValue, let scalar = TerminalText.firstUnsafe(in: text) {
        report(
          "control-character",
          "the text contains \(TerminalText.name(scalar)), which can change what a terminal shows; remove it", node,
          .error)
      }
      for (key, value) in node.members {
        if let name = key.stringValue, let scalar = TerminalText.firstUnsafe(in: name) {
          report("control-character", "the property name contains \(TerminalText.name(scalar)); remove it", key, .error)
        }
        check(value)
      }
      for element in node.elements { check(element) }
    }
    check(root)
  }

  /// Every value whose key is `name`, anywhere under `node`.
  private func nodes(named name: String, under node: JSONNode) -> [JSONNode] {
    var found: [JSONNode] = []
    for (key, value) in node.members {
      if key.stringValue == name { found.append(value) }
      found += nodes(named: name, under: value)
    }
    for element in node.elements { found += nodes(named: name, under: element) }
    return found
  }

  /// The pointer of every node under `root`, by node index.
  private static func pointers(under root: JSONNode) -> [Int: JSONPointer] {
    var pointers: [Int: JSONPointer] = [:]
    var pending: [(JSONNode, JSONPointer)] = [(root, .root)]
    while let (node, pointer) = pending.popLast() {
      pointers[node.index] = pointer
      for (position, element) in node.elements.enumerated() {
        pending.append((element, pointer.appending(String(position))))
      }
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings.
      for (key, value) in node.members { pending.append((value, pointer.appending(key.stringValue!))) }
    }
    return pointers
  }

  private func normalizedURL(_ url: String) -> String {
    var text = url.lowercased()
    for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
    if text.hasPrefix("www.") { text.removeFirst(4) }
    while text.hasSuffix("/") { text.removeLast() }
    return text
  }
}

/// `"text"` with JSON quoting.
func quoted(_ text: String) -> String { JSONWriter.quoted(text) }

extension JSONNode {
  /// The elements of the array under `key`; empty when there is none.
  func children(_ key: String) -> [JSONNode] {
    self[key].map { Array($0.elements) } ?? []
  }
}
