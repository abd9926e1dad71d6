import CaseIO
import CaseText

extension CaseRepository {
  /// Why ``caseStudy(withID:)`` found no case.
  public enum CaseLookupFailure: Error, Sendable {
    /// No case file has the id; the nearest ids, best first.
    case unknown(suggestions: [String])
    /// The file is there but is not a valid case study.
    case invalid(path: String)
  }

  /// The case study with `id`.
  ///
  /// - Throws: ``CaseLookupFailure``.
  public func caseStudy(withID id: String) throws(CaseLookupFailure) -> CaseStudy {
    let path = location.caseStudiesFolder + "/" + id + ".json"
    guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }), FileTree.kind(of: path) == .file
    else {
      let known = (try? caseFilePaths().map(CaseRepository.expectedID(forPath:))) ?? []
      let lowered = id.lowercased()
      let contains = known.filter { $0.contains(lowered) }
      let near = known.map { ($0, EditDistance.between(lowered, $0)) }.filter { $0.1 <= max(3, id.count / 3) }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
      var seen: Set<String> = []
      throw .unknown(suggestions: Array((near + contains).filter { seen.insert($0).inserted }.prefix(5)))
    }
    guard let study = LoadedFile.load(path, validator: schema.validator).caseStudy else { throw .invalid(path: path) }
    return study
  }
}
