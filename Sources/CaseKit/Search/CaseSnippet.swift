import CaseIO
import CaseJSON
import CaseSearch

/// The passage of a case study that best shows why a search found it.
public enum CaseSnippet {
  /// The case file of a hit, read again for its text (the index stores only what results
  /// list). Nil when the file has gone or no longer parses.
  public static func load(_ hit: SearchResult.Hit, reader: IndexReader, location: RepositoryLocation) -> CaseStudy? {
    guard let index = reader.layout.storedValue(named: "path"), index < hit.stored.count,
      let bytes = try? FileReader.read(location.root + "/" + hit.stored[index]),
      let document = try? JSONDocument(parsing: bytes)
    else { return nil }
    return CaseStudy(document.root.value)
  }

  /// The passage holding the most distinct matched words (then the most matches, then the
  /// earliest: summary, narrative, engagements, impacts, systems); the summary's opening
  /// when no passage matches (a hit found by its title or tags, or by filters alone).
  public static func make(_ study: CaseStudy, result: SearchResult, words: Int = 30) -> Snippet {
    var best: Snippet?
    if !result.matchedTerms.isEmpty || !result.matchedPrefixes.isEmpty {
      for passage in passages(study) {
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
      }
    }
    return best ?? Snippet.opening(of: study.summary, words: words)
  }

  /// The case's prose, in order of preference.
  static func passages(_ study: CaseStudy) -> [String] {
    var texts = [study.summary]
    texts += study.value["narrative"]?.objectValue?.values.compactMap(\.stringValue) ?? []
    for list in [study.engagements, study.impacts, study.systems] {
      texts += list.compactMap { $0["description"]?.stringValue }
    }
    texts += [study.value["outcome"]?["summary"]?.stringValue].compactMap { $0 }
    return texts
  }
}
