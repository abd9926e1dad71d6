import CaseIO
import CaseJSON
import CaseSearch

/// The passage of a case study that best shows why a search found it.
public enum CaseSnippet {
  /// The case file of a hit, read again for its text (the index stores only what results
  /// list). Nil when the file has gone or no longer parses.
  public static func load(_ hit: SearchResult.Hit, reader: IndexReader, location: RepositoryLocation) -> JSONDocument? {
    guard let index = reader.layout.storedValue(named: "path"), index < hit.stored.count,
      let bytes = try? FileReader.read(location.root + "/" + hit.stored[index])
    else { return nil }
    return try? JSONDocument(parsing: bytes)
  }

  /// The passage holding the most distinct matched words (then the most matches, then the
  /// earliest: summary, narrative, engagements, impacts, systems, outcome); the summary's
  /// opening when no passage matches (a hit found by its title or tags, or by filters alone).
  public static func make(_ study: JSONDocument, result: SearchResult, words: Int = 30) -> Snippet {
    let root = study.root
    var best: Snippet?
    let wanted = result.matchedTerms.count + result.matchedPrefixes.count
    if wanted > 0 {
      for passage in passages(root) {
        guard
          let snippet = Snippet.make(
            from: passage, terms: result.matchedTerms, prefixes: result.matchedPrefixes, words: words)
        else { continue }
        if let current = best,
          (snippet.distinctMatches, snippet.totalMatches) <= (current.distinctMatches, current.totalMatches)
        {
          continue
        }
        best = snippet
        // A passage with every matched word is as good as any later one.
        if snippet.distinctMatches >= wanted { break }
      }
    }
    return best ?? Snippet.opening(of: root["summary"]?.stringValue ?? "", words: words)
  }

  /// The case's prose, in order of preference.
  static func passages(_ root: JSONNode) -> [String] {
    var texts = [root["summary"]?.stringValue].compactMap { $0 }
    if let narrative = root["narrative"] { texts += narrative.members.compactMap { $0.value.stringValue } }
    for list in ["engagements", "impacts", "systems"] {
      guard let items = root[list] else { continue }
      texts += items.elements.compactMap { $0["description"]?.stringValue }
    }
    texts += [root["outcome"]?["summary"]?.stringValue].compactMap { $0 }
    return texts
  }
}
