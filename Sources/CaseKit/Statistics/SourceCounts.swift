/// How many sources the case studies cite, and how many of them are marked as copies of an
/// original published elsewhere (`copy_of`), for `cases stats`.
public struct SourceCounts: Sendable, Equatable {
  /// Every source of every case.
  public var sources: Int
  /// The sources marked as copies.
  public var copies: Int
  /// The cases with at least one source marked as a copy.
  public var casesWithCopies: Int

  public init(of cases: [CaseStudy]) {
    sources = cases.reduce(0) { $0 + $1.sources.count }
    let copied = cases.map(\.copiedSources.count)
    copies = copied.reduce(0, +)
    casesWithCopies = copied.filter { $0 > 0 }.count
  }
}
