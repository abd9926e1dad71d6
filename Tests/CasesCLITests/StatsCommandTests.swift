import CaseJSON
import CaseTestSupport
import Testing

/// `cases stats` on the fixture repository: charts, JSON, CSV, facets and filters.
@Suite("cases stats")
struct StatsCommandTests {
  @Test func barChartsAlignedAndScaledToTheWidth() {
    let repository = FixtureRepository()
    let result = runCases(
      ["stats", "--facet", "topic", "--facet", "year", "--facet", "level"], in: repository.path,
      environment: ["COLUMNS": "61"])
    #expect(result.status.rawValue == 0)
    #expect(
      result.stdout == """
        3 case studies
        4 sources (1 marked as a copy, in 1 case study)

        Topics (3 of 3 cases)
          Local government services  2  █████████████████████████████
          Benefits and welfare       1  ██████████████▌
          Data and AI governance     1  ██████████████▌
          Policing and justice       1  ██████████████▌

        Levels of government (2 of 3 cases)
          Local                      2  █████████████████████████████
          National                   1  ██████████████▌

        First year (2 of 3 cases)
          2019                       1  █████████████████████████████
          2023                       1  █████████████████████████████

        """)
    for line in result.stdout.split(separator: "\n") { #expect(line.count <= 61) }
    #expect(!result.stdout.contains("\u{1B}["))
    let coloured = runCases(["stats", "--facet", "topic", "--color", "always"], in: repository.path)
    #expect(coloured.stdout.contains("\u{1B}[1mTopics\u{1B}[0m"))
  }

  @Test func jsonAndCSVCarryIdsLabelsAndCounts() throws {
    let repository = FixtureRepository()
    let json = runCases(["stats", "--format", "json", "--facet", "country"], in: repository.path)
    let document = try JSONDocument(parsing: json.stdout).root.value
    #expect(
      document == [
        "cases": 3,
        "sources": ["all": 4, "copies": 1],
        "facets": [
          [
            "facet": "country", "title": "Countries", "cases": 3,
            "counts": [
              ["value": "IE", "label": "Ireland", "count": 1], ["value": "NL", "label": "Netherlands", "count": 1],
              ["value": "SE", "label": "Sweden", "count": 1], ["value": "GB", "label": "United Kingdom", "count": 1],
            ],
          ]
        ],
      ])
    let csv = runCases(["stats", "--format", "csv", "--facet", "method", "--facet", "direction"], in: repository.path)
    #expect(
      csv.stdout == "facet,value,label,count\r\nmethod,citizens-jury,Citizens' jury or panel,1\r\n"
        + "method,deliberative-workshop,Deliberative workshop,1\r\nmethod,standing-panel,Standing panel,1\r\n"
        + "direction,harm,Harm,1\r\n")
  }

  @Test func filtersChooseTheCasesCounted() {
    let repository = FixtureRepository()
    let local = runCases(["stats", "--topic", "local", "--facet", "topic", "--format", "csv"], in: repository.path)
    #expect(
      local.stdout
        == "facet,value,label,count\r\ntopic,local,Local government services,2\r\ntopic,governance,Data and AI governance,1\r\ntopic,policing,Policing and justice,1\r\n"
    )
    let none = runCases(["stats", "--topic", "health"], in: repository.path)
    #expect(none.status.rawValue == 1)
    #expect(none.stdout == "0 case studies match\n")
    let wrong = runCases(["stats", "--facet", "colour"], in: repository.path)
    #expect(wrong.status.rawValue == 64)
    #expect(wrong.stderr.hasPrefix("Error: The value 'colour' is invalid for '--facet <facet>'."))
  }
}
