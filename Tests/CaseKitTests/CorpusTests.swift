import CaseIO
import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

/// The bundled case studies in `casestudies/`: all of them valid, with no warnings either, every
/// source address one of their sourced facts gives, and every source on a copy marked as one.
@Suite("The bundled corpus")
struct CorpusTests {
  static let facts = "casefacts/facts.jsonl"
  static let repairs = "casefacts/sources-repair.jsonl"

  func cases() throws -> [CaseStudy] {
    let repository = try CaseRepository(location: RepositoryLocation(root: SharedData.packageRoot))
    return try repository.loadCases().cases
  }

  @Test func everyCaseStudyIsValidWithoutWarnings() throws {
    let repository = try CaseRepository(location: RepositoryLocation(root: SharedData.packageRoot))
    let reports = try RepositoryValidation.validate(repository, today: PartialDate.today())
    let cases = reports.filter { $0.path.hasSuffix(".json") && $0.path.contains("/casestudies/") }
    #expect(cases.count >= 118)
    for report in reports {
      #expect(report.status == .valid && report.findings.isEmpty, "\(report.path): \(report.findings.map(\.message))")
    }
  }

  func lines(_ relative: String) throws -> [JSONValue] {
    let path = try #require(SharedData.path(relative), "\(SharedData.missingMessage(relative))")
    return try FileReader.read(path).split(separator: UInt8(ascii: "\n")).map {
      try JSONDocument(parsing: Array($0)).root.value
    }
  }

  @Test(.enabled(if: SharedData.path(CorpusTests.facts) != nil, "skipped: ../shared/casefacts not found"))
  func everySourceIsInTheFactsAndEveryCopyIsMarked() throws {
    let facts = try lines(Self.facts)
    let repairs = try lines(Self.repairs)
    var known = Set(facts.flatMap { $0["sources"]?.arrayValue?.compactMap { $0["url"]?.stringValue } ?? [] })
    known.formUnion(repairs.compactMap { $0["new_url"]?.stringValue })
    // Addresses found to be copies, mirrors or test hosts with no original to replace them.
    let copies = Set(repairs.filter { $0["verdict"] == "drop" }.compactMap { $0["old_url"]?.stringValue })
    let cases = try cases()
    #expect(cases.count >= 118)
    var marked = 0
    for study in cases {
      let pavePage = study.value["external_ids"]?["pave"]?.stringValue.map {
        "https://pave.pairs.site/cases/\($0).html"
      }
      for source in study.sources {
        let url = source["url"]?.stringValue ?? ""
        #expect(known.contains(url) || url == pavePage, "\(study.id): \(url) is in no facts line")
        if source["copy_of"] != nil { marked += 1 }
        if copies.contains(url) { #expect(source["copy_of"] != nil, "\(study.id): \(url) is a copy without the mark") }
      }
    }
    // `cases stats` counts what is marked.
    #expect(SourceCounts(of: cases).copies == marked)
    #expect(marked > 0)
  }

  @Test func pavesCasesCarryTheirPAVEIdsOnce() throws {
    let ids = try cases().compactMap { $0.value["external_ids"]?["pave"]?.stringValue }
    #expect(ids.count >= 24)
    #expect(Set(ids).count == ids.count)
  }
}
