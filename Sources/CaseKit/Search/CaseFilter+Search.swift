import CaseSearch
import CaseText

extension CaseFilter {
  /// The filter as a search request's facet selections and year bounds, against the values
  /// `reader`'s index holds. Public-body words become the body names containing them.
  ///
  /// - Throws: ``IndexError`` when the index's list of body names is damaged.
  public func apply(to request: inout SearchRequest, reader: IndexReader) throws(IndexError) {
    let layout = reader.layout
    func select(_ facet: String, _ values: Set<String>) {
      guard !values.isEmpty, let index = layout.facet(named: facet) else { return }
      request.facets[index] = values
    }
    select("topic", topics)
    select("country", countries)
    select("level", levels)
    select("method", methods)
    select("kind", kinds)
    if !bodies.isEmpty, let index = layout.facet(named: "body") {
      let wanted = bodies.map(TextFolding.fold)
      let names = try reader.facetValues(index).filter { name in
        let folded = TextFolding.fold(name)
        return wanted.contains { folded.contains($0) }
      }
      // No body matching means no case matches: an empty selection allows nothing.
      request.facets[index] = Set(names)
    }
    request.fromYear = fromYear
    request.toYear = toYear
    request.currentYear = currentYear
  }
}
