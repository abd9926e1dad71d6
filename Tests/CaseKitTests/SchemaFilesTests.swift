import CaseIO
import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

@Suite("The case-study schema")
struct SchemaFilesTests {
  @Test func theBuiltInCopyMatchesSchemasOnDisk() throws {
    let disk = try SchemaFiles.load(from: SharedData.packageRoot + "/schemas")
    #expect(disk.folder != nil)
    let builtIn = SchemaFiles.builtIn
    #expect(disk.files.map(\.relativePath) == builtIn.files.map(\.relativePath))
    for (onDisk, embedded) in zip(disk.files, builtIn.files) {
      let same = onDisk.document.bytes == embedded.document.bytes
      #expect(same, "\(onDisk.relativePath) differs from the built-in copy: run .tools/regenerate")
    }
  }

  @Test(.enabled(if: Python.run(["-c", "1"]).status == 0, "skipped: python3 is not here"))
  func theBuiltInCopyMatchesItsGenerator() {
    #expect(GeneratedSource.drift("Sources/CaseKit/Generated/BuiltInSchemas.swift", script: "embed-schemas.py") == nil)
  }

  @Test func theSchemaFilesAreValidDocumentedAndConsistent() {
    #expect(SchemaFileCheck.problems(in: .builtIn) == [])
  }

  @Test func aliasesWorkWhereverAValueIsTyped() throws {
    let schema = CaseStudySchema.builtIn
    func resolve(_ vocabulary: String, _ typed: String) -> Vocabulary.Resolution? {
      schema.vocabulary(vocabulary)?.resolve(typed)
    }
    #expect(resolve("topics", "policing") == .term("policing"))
    #expect(resolve("topics", "police") == .term("policing"))
    #expect(resolve("topics", "Welfare") == .term("benefits"))
    #expect(resolve("topics", "health care") == .term("health"))
    #expect(resolve("topics", "educ") == .term("education"))
    #expect(resolve("countries", "UK") == .term("GB"))
    #expect(resolve("countries", "gb") == .term("GB"))
    #expect(resolve("countries", "Sweden") == .term("SE"))
    #expect(resolve("countries", "Curaçao") == .term("CW"))
    #expect(resolve("engagement-methods", "citizens jury") == .term("citizens-jury"))
    #expect(resolve("topics", "polcing") == .unknown(suggestions: ["policing"]))
    #expect(
      resolve("engagement-methods", "co")
        == .ambiguous([
          "consensus-conference", "community-advisory-group", "co-design", "community-audit", "collective-intelligence",
        ]))
    #expect(resolve("engagement-methods", "action research") == .term("participatory-action-research"))
    #expect(resolve("recruitment", "lottery among volunteers") == .term("demographic-lottery"))
    #expect(resolve("organisation-kinds", "non-profit") == .term("charity"))
  }

  @Test func keyOrderFollowsTheSchema() {
    let schema = CaseStudySchema.builtIn
    #expect(schema.keyOrder(at: .root)?.prefix(4) == ["schema_version", "id", "title", "summary"])
    #expect(schema.keyOrder(at: JSONPointer(["sources", "3"]))?.prefix(3) == ["id", "url", "title"])
    #expect(schema.keyOrder(at: JSONPointer(["engagements", "0", "participants"]))?.first == "count")
    #expect(schema.keyOrder(at: JSONPointer(["topics"])) == nil)
  }

  @Test func repositoriesWithoutSchemasUseTheBuiltInOne() throws {
    let repository = FixtureRepository(including: [])
    #expect(try CaseRepository(location: RepositoryLocation(root: repository.path)).schema.files.folder == nil)
    let own = FixtureRepository(including: [], withSchemas: true)
    #expect(
      try CaseRepository(location: RepositoryLocation(root: own.path)).schema.files.folder == own.path + "/schemas")
  }

  @Test func brokenVocabulariesAreReported() throws {
    let repository = FixtureRepository(including: [], withSchemas: true)
    repository.folder.create(
      "schemas/vocabularies/relations.json",
      #"{"type": "string", "enum": ["a", "b"], "terms": [{"id": "a", "label": "A", "definition": "", "aliases": ["b"]}, {"id": "c", "label": "C", "definition": ""}]}"#
    )
    let files = try SchemaFiles.load(from: repository.path + "/schemas")
    let problems = SchemaFileCheck.problems(in: files).flatMap(\.findings).map(\.message)
    #expect(problems.contains(#""b" is in the enum but has no entry in terms"#))
    #expect(problems.contains(#"the term "c" is not in the enum"#))
    #expect(problems.contains(#"the alias "b" of "a" is another term's id"#))
  }
}
