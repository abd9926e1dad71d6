import CaseKit
import CaseTestSupport
import Testing

/// The bundled case studies in `casestudies/`: all of them valid, with no warnings either.
@Suite("The bundled corpus")
struct CorpusTests {
  @Test func everyCaseStudyIsValidWithoutWarnings() throws {
    let repository = try CaseRepository(location: RepositoryLocation(root: SharedData.packageRoot))
    let reports = try RepositoryValidation.validate(repository, today: PartialDate.today())
    let cases = reports.filter { $0.path.hasSuffix(".json") && $0.path.contains("/casestudies/") }
    #expect(cases.count >= 57)
    for report in reports {
      #expect(report.status == .valid && report.findings.isEmpty, "\(report.path): \(report.findings.map(\.message))")
    }
  }
}
