import CaseTestSupport
import Testing

@Suite("Generated sources of the checker")
struct GeneratedSourceTests {
  @Test(.enabled(if: SharedData.path("metaschemas") != nil, "\(SharedData.missingMessage("metaschemas"))"))
  func theEmbeddedMetaschemasAreTheOfficialOnes() throws {
    let folder = try #require(SharedData.path("metaschemas"))
    #expect(
      GeneratedSource.drift(
        "Sources/CaseSchema/Generated/EmbeddedMetaSchemas.swift", script: "embed-metaschemas.py", arguments: [folder])
        == nil)
  }

  @Test(
    .enabled(
      if: GeneratedSource.hasModules(["unicodedata2", "idna"]),
      "skipped: unicodedata2 17.0.1 and idna 3.13 are not installed (.tools/regenerate installs them into .build/python-tools)"
    ))
  func theIDNATablesMatchTheirGenerator() {
    #expect(
      GeneratedSource.drift(
        "Sources/CaseSchema/Generated/IDNATables.swift", script: "generate_idna_tables.py",
        path: GeneratedSource.pythonTools) == nil)
  }
}
