import CaseJSON

/// Case studies as CSV for spreadsheets: one row per case, flat columns, several values in one
/// cell joined with "; ".
public enum CaseCSV {
  /// The columns, in order: a name and how to fill it.
  public static let columns: [(name: String, value: @Sendable (CaseStudy) -> String)] = [
    ("id", { $0.id }),
    ("title", { $0.title }),
    ("summary", { $0.summary }),
    ("year", { $0.year.map(String.init) ?? "" }),
    ("start", { $0.value["period"]?["start"]?.stringValue ?? "" }),
    ("end", { $0.value["period"]?["end"]?.stringValue ?? "" }),
    ("ongoing", { $0.value["period"]?["ongoing"] == .bool(true) ? "yes" : "" }),
    ("topics", { joined($0.topics) }),
    ("countries", { joined($0.countries) }),
    ("subdivisions", { joined($0.subdivisions) }),
    ("places", { joined($0.places) }),
    ("public_bodies", { joined($0.bodyNames) }),
    ("organisations", { joined($0.organisationNames) }),
    ("levels", { joined($0.levels) }),
    ("systems", { joined($0.systems.compactMap { $0["name"]?.stringValue }) }),
    ("system_kinds", { joined($0.systemKinds) }),
    ("engagement_methods", { joined($0.methods) }),
    ("impact_directions", { joined($0.impactDirections) }),
    ("outcome", { $0.value["outcome"]?["summary"]?.stringValue ?? "" }),
    ("tags", { joined($0.tags) }),
    ("sources", { joined($0.sources.compactMap { $0["url"]?.stringValue }) }),
    ("copied_sources", { String($0.copiedSources.count) }),
    ("licence", { $0.licence ?? "" }),
  ]

  /// The CSV text: a UTF-8 byte-order mark (so that spreadsheets read the accents right), a
  /// header row, one row per case, RFC 4180 quoting and CRLF line ends.
  /// A case without a licence of its own is under `defaultLicence`, the repository's.
  public static func render(_ cases: [CaseStudy], defaultLicence: String? = nil) -> String {
    "\u{FEFF}"
      + CSV.render(
        headers: columns.map(\.name),
        rows: cases.map { study in
          columns.map { column in
            column.name == "licence" ? study.licence ?? defaultLicence ?? "" : column.value(study)
          }
        })
  }

  private static func joined(_ values: [String]) -> String { values.joined(separator: "; ") }
}
