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

  /// The findings for one parsed case file.
  func check(_ document: JSONDocument, path: String) -> [Finding] {
    var findings: [Finding] = []
    let root = document.root
    func report(_ rule: String, _ message: String, at node: JSONNode?, severity: Finding.Severity = .error) {
      let node = node ?? root
      findings.append(
        Finding(severity, rule: rule, message: message, location: node.location, instanceLocation: pointer(to: node, in: root)))
    }

    // The id is the file name.
    let expected = CaseRepository.expectedID(forPath: path)
    if let id = root["id"], let text = id.stringValue, text != expected {
      report("id-matches-file", "the id \(quoted(text)) differs from the file name; it must be \(quoted(expected)) (or rename the file to \(text).json)", at: id)
    }

    // Related cases exist.
    for related in root.children("related") {
      guard let idNode = related["id"], let id = idNode.stringValue else { continue }
      if id == expected {
        report("related-exists", "a case cannot be related to itself", at: idNode)
      } else if !knownIDs.contains(id) {
        let suggestion = EditDistance.likelyTypo(of: id, among: knownIDs.sorted()).map { "; did you mean \(quoted($0))?" } ?? ""
        report("related-exists", "no case study has the id \(quoted(id))\(suggestion)", at: idNode)
      }
    }

    // Sources: unique ids and addresses; references to them resolve.
    var sourceIDs: [String: JSONNode] = [:]
    var urls: [String: JSONNode] = [:]
    for source in root.children("sources") {
      if let idNode = source["id"], let id = idNode.stringValue {
        if let first = sourceIDs[id] {
          report("unique-source-id", "the source id \(quoted(id)) is used twice (first at \(first.location))", at: idNode)
        } else {
          sourceIDs[id] = idNode
        }
      }
      if let urlNode = source["url"], let url = urlNode.stringValue {
        let key = normalizedURL(url)
        if let first = urls[key] {
          report("duplicate-source-url", "the same address is listed twice among the sources (first at \(first.location))", at: urlNode)
        } else {
          urls[key] = urlNode
        }
      }
    }
    for reference in nodes(named: "source_refs", under: root).flatMap({ Array($0.elements) }) {
      guard let id = reference.stringValue, sourceIDs[id] == nil else { continue }
      let suggestion = EditDistance.likelyTypo(of: id, among: sourceIDs.keys.sorted()).map { "; did you mean \(quoted($0))?" } ?? ""
      report("source-ref", "no source has the id \(quoted(id))\(suggestion)", at: reference)
    }

    // Affected groups: unique ids; impacts refer to existing ones.
    var groupIDs: Set<String> = []
    for group in root.children("affected_groups") {
      guard let idNode = group["id"], let id = idNode.stringValue else { continue }
      if !groupIDs.insert(id).inserted { report("unique-group-id", "the group id \(quoted(id)) is used twice", at: idNode) }
    }
    for impact in root.children("impacts") {
      for reference in impact.children("groups") {
        guard let id = reference.stringValue, !groupIDs.contains(id) else { continue }
        report("group-ref", "no affected group has the id \(quoted(id))", at: reference)
      }
    }

    checkDates(root, report: report)
    return findings
  }

  /// Dates in order, and none in the future.
  private func checkDates(_ root: JSONNode, report: (String, String, JSONNode?, Finding.Severity) -> Void) {
    for key in ["date", "start", "end", "as_of", "status_as_of", "date_published", "date_accessed", "created", "updated"] {
      for node in nodes(named: key, under: root) {
        guard let text = node.stringValue, let date = PartialDate(text), date.isAfter(today) else { continue }
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
    ordered(root["provenance"]?["created"], root["provenance"]?["updated"], "the case was updated before it was created")
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

  /// The pointer from `root` to `target`.
  private func pointer(to target: JSONNode, in root: JSONNode) -> JSONPointer? {
    if target.index == root.index { return .root }
    for (position, element) in root.elements.enumerated() where element.index <= target.index {
      if let rest = pointer(to: target, in: element) { return JSONPointer([String(position)]).appending(rest) }
    }
    for (key, value) in root.members where value.index <= target.index {
      // swift-format-ignore: NeverForceUnwrap
      // Keys are strings.
      if let rest = pointer(to: target, in: value) { return JSONPointer([key.stringValue!]).appending(rest) }
    }
    return nil
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
