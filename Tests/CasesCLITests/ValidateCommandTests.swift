import CaseJSON
import CaseTestSupport
import Testing

@Suite("cases validate --schema")
struct ValidateCommandTests {
  let schema = ##"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "type": "object",
      "required": ["id", "topics"],
      "additionalProperties": false,
      "properties": {
        "id": {"type": "string", "pattern": "^[a-z-]+$"},
        "summary": {"type": "string"},
        "topics": {"type": "array", "items": {"$ref": "#/$defs/topic"}},
        "count": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]}
      },
      "$defs": {"topic": {"enum": ["policing", "health", "education"]}}
    }
    """##

  func folder() -> TemporaryDirectory {
    let folder = TemporaryDirectory()
    folder.create("schema.json", schema)
    folder.create("docs/good.json", #"{"id": "a-b", "topics": ["health"]}"#)
    folder.create(
      "docs/bad.json",
      """
      {
        "id": "A",
        "summery": "x",
        "topics": ["polcing"],
        "count": -1
      }
      """)
    return folder
  }

  @Test func textReportWithPositionsAndSuggestions() {
    let folder = folder()
    let result = runCases(["validate", "--schema", "schema.json", "docs"], in: folder.path)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stdout == """
        docs/bad.json:2:9: error: "A" does not match the pattern ^[a-z-]+$ [pattern]
        docs/bad.json:3:3: error: unknown property "summery"; did you mean "summary"? [additionalProperties]
        docs/bad.json:4:14: error: "polcing" is not an allowed value; did you mean "policing"? [enum]
        docs/bad.json:5:12: error: -1 is less than the minimum of 0 (none of the 2 alternatives matches) [anyOf]
        2 files checked: 1 valid, 1 invalid

        """)
  }

  @Test func requiredIsReportedAtTheParentObject() {
    let folder = folder()
    folder.create("missing.json", "[1,\n  {\"x\": 1}]")
    let schema = #"{"items": {"type": "object", "required": ["id"]}}"#
    folder.create("items.json", schema)
    let result = runCases(["validate", "--schema", "items.json", "missing.json"], in: folder.path)
    #expect(result.stdout.contains("missing.json:2:3: error: missing required property \"id\" [required]\n"))
  }

  @Test func aFalseSchemaNamesNoKeyword() {
    let folder = folder()
    folder.create("false.json", "false")
    folder.create("nameless.json", #"{"properties": {"": false}}"#)
    folder.create("doc.json", #"{"": 1}"#)
    let text = runCases(["validate", "--schema", "false.json", "doc.json"], in: folder.path)
    #expect(text.stdout.hasPrefix("doc.json:1:1: error: an object is not allowed here (the schema is false)\n"))
    let github = runCases(["validate", "--schema", "nameless.json", "doc.json", "--format", "github"], in: folder.path)
    #expect(
      github.stdout.hasPrefix(
        "::error file=doc.json,line=1,col=6,title=cases validate::1 is not allowed here (the schema is false)\n"))
  }

  @Test func verboseShowsLocationsAndAlternatives() {
    let folder = folder()
    let result = runCases(["validate", "--schema", "schema.json", "docs/bad.json", "-v"], in: folder.path)
    let uri = "file://\(folder.path)/schema.json"
    #expect(
      result.stdout.contains(
        """
        docs/bad.json:4:14: error: "polcing" is not an allowed value; did you mean "policing"? [enum]
            at /topics/0
            schema: /properties/topics/items/$ref/enum (\(uri)#/$defs/topic/enum)
        """))
    #expect(
      result.stdout.contains(
        """
            docs/bad.json:5:12: error: -1 is not null [type]
                at /count
                schema: /properties/count/anyOf/1/type (\(uri)#/properties/count/anyOf/1/type)
        """))
  }

  @Test func jsonReportIsStable() throws {
    let folder = folder()
    let result = runCases(["validate", "--schema", "schema.json", "docs", "--format", "json"], in: folder.path)
    #expect(result.status.rawValue == 1)
    let report = try JSONDocument(parsing: result.stdout).root.value
    // Errors are counted one by one (bad.json has 4); files that could not be checked apart.
    #expect(
      report["summary"] == [
        "files": 2, "valid": 1, "invalid": 1, "unchecked": 0, "skipped": 0, "errors": 4, "warnings": 0,
      ])
    let files = try #require(report["files"]?.arrayValue)
    #expect(files.map { $0["path"] } == ["docs/bad.json", "docs/good.json"])
    #expect(files[1]["errors"] == [])
    let first = try #require(files[0]["errors"]?.arrayValue?.first)
    #expect(
      first
        == [
          "instanceLocation": "/id", "line": 2, "column": 9, "keywordLocation": "/properties/id/pattern",
          "absoluteKeywordLocation": .string("file://\(folder.path)/schema.json#/properties/id/pattern"),
          "message": "\"A\" does not match the pattern ^[a-z-]+$", "keyword": "pattern",
        ])
  }

  @Test func githubAnnotations() {
    let folder = folder()
    let result = runCases(
      ["validate", "--schema", "schema.json", "docs/bad.json", "--format", "github"], in: folder.path)
    #expect(
      result.stdout.hasPrefix(
        "::error file=docs/bad.json,line=2,col=9,title=cases validate [pattern]::\"A\" does not match the pattern ^[a-z-]+$\n"
      ))
    #expect(result.stdout.hasSuffix("1 file checked: 0 valid, 1 invalid\n"))
    // Workflow commands need %, CR and LF escaped in the message, and also : and , in properties.
    folder.create("a,b:c.json", "\"50% off\\nnow\"")
    folder.create("const.json", #"{"const": "x"}"#)
    let escaped = runCases(["validate", "--schema", "const.json", "a,b:c.json", "--format", "github"], in: folder.path)
    #expect(
      escaped.stdout.hasPrefix(
        "::error file=a%2Cb%3Ac.json,line=1,col=1,title=cases validate [const]::\"50%25 off\\nnow\" is not the required value \"x\"\n"
      ))
  }

  @Test func junitReport() throws {
    let folder = folder()
    let result = runCases(["validate", "--schema", "schema.json", "docs", "--format", "junit"], in: folder.path)
    #expect(
      result.stdout.hasPrefix(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cases validate\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">"
      ))
    #expect(result.stdout.contains("<testcase classname=\"cases.validate\" name=\"docs/good.json\"/>"))
    #expect(
      result.stdout.contains(
        "<failure message=\"4 errors\" type=\"validation\">docs/bad.json:2:9: &quot;A&quot; does not match"))
  }

  @Test func parseErrorsCountAsInvalidAndTheRunGoesOn() {
    let folder = folder()
    folder.create("docs/broken.json", "{\"id\": ")
    let result = runCases(["validate", "--schema", "schema.json", "docs"], in: folder.path)
    #expect(result.status.rawValue == 1)
    #expect(result.stdout.contains("docs/broken.json:1:8: error: unexpected end of input; expected a value [json]\n"))
    #expect(result.stdout.hasSuffix("3 files checked: 1 valid, 2 invalid\n"))
  }

  @Test func unreadableInputsAreErrors() {
    let folder = folder()
    let result = runCases(["validate", "--schema", "schema.json", "docs/good.json", "nope.json"], in: folder.path)
    #expect(result.status.rawValue == 2)
    #expect(
      result.stdout
        == "nope.json: error: no such file or directory [file]\n2 files checked: 1 valid, 0 invalid, 1 could not be checked\n"
    )
  }

  @Test func standardInput() {
    let folder = folder()
    let result = runCases(
      ["validate", "--schema", "schema.json", "-"], in: folder.path, stdin: #"{"id": "x", "topics": [1]}"#)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stdout.hasPrefix("<stdin>:1:24: error: 1 is not one of \"policing\", \"health\", \"education\" [enum]\n"))
  }

  @Test func brokenSchemasAreExitTwoWithPositions() {
    let folder = folder()
    folder.create("bad-schema.json", "{\n  \"type\": \"strnig\",\n  \"minLength\": -1\n}")
    let result = runCases(["validate", "--schema", "bad-schema.json", "docs"], in: folder.path)
    #expect(result.status.rawValue == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("bad-schema.json:2:11: error: "))
    #expect(result.stderr.contains("bad-schema.json:3:16: error: -1 is less than the minimum of 0 [minimum]"))
    #expect(
      result.stderr.hasSuffix("Error: bad-schema.json is not a valid schema: 2 problems found by its metaschema\n"))
    folder.create("not-json.json", "{\"type\": }")
    let unparsable = runCases(["validate", "--schema", "not-json.json", "docs"], in: folder.path)
    #expect(unparsable.status.rawValue == 2)
    #expect(unparsable.stderr.hasPrefix("not-json.json:1:10: error: expected a value, found '}'"))
  }

  @Test func checkSchemaOnly() {
    let folder = folder()
    let result = runCases(["validate", "--schema", "schema.json", "--check-schema"], in: folder.path)
    #expect(result.status.rawValue == 0)
    #expect(result.stdout == "schema.json: the schema is valid\n")
  }

  @Test func unknownMetaSchemaAndUnresolvableReferences() {
    let folder = folder()
    folder.create("unknown.json", #"{"$schema": "https://example.com/my-dialect", "type": "object"}"#)
    let unknown = runCases(["validate", "--schema", "unknown.json", "docs"], in: folder.path)
    #expect(unknown.status.rawValue == 2)
    #expect(unknown.stderr.contains("unknown $schema \"https://example.com/my-dialect\""))
    #expect(unknown.stderr.contains("Help:  use one of the standard $schema URIs"))
    folder.create("remote.json", #"{"$ref": "https://schemas.example.org/person.json"}"#)
    let remote = runCases(["validate", "--schema", "remote.json", "docs"], in: folder.path)
    #expect(remote.status.rawValue == 2)
    #expect(
      remote.stderr.contains(
        "remote.json:1:1: error: cannot resolve the reference \"https://schemas.example.org/person.json\": no schema with that URI is registered"
      ))
    #expect(remote.stderr.contains("--ref-map PREFIX=DIR"))
  }

  @Test func registeredAndMappedReferences() {
    let folder = folder()
    folder.create("person.json", #"{"$id": "https://schemas.example.org/person.json", "required": ["name"]}"#)
    folder.create("mapped/person.json", #"{"required": ["name"]}"#)
    folder.create("uses.json", #"{"$ref": "https://schemas.example.org/person.json"}"#)
    folder.create("data.json", #"{"nom": 1}"#)
    let registered = runCases(
      ["validate", "--schema", "uses.json", "--ref", "person.json", "data.json"], in: folder.path)
    #expect(registered.status.rawValue == 1)
    #expect(registered.stdout.hasPrefix("data.json:1:1: error: missing required property \"name\" [required]"))
    let mapped = runCases(
      ["validate", "--schema", "uses.json", "--ref-map", "https://schemas.example.org/=mapped", "data.json"],
      in: folder.path)
    #expect(mapped.status.rawValue == 1)
    #expect(mapped.stdout.hasPrefix("data.json:1:1: error: missing required property \"name\" [required]"))
  }

  @Test func draftOverride() {
    let folder = folder()
    folder.create("legacy.json", #"{"items": [{"type": "string"}], "additionalItems": false}"#)
    folder.create("array.json", #"["a", "b"]"#)
    // Without $schema the default dialect is 2020-12, where `items` cannot be an array.
    let modern = runCases(["validate", "--schema", "legacy.json", "array.json"], in: folder.path)
    #expect(modern.status.rawValue == 2)
    #expect(modern.stderr.contains("legacy.json:1:11: error: an array of 1 item is not a boolean or an object [type]"))
    let draft7 = runCases(["validate", "--schema", "legacy.json", "--draft", "7", "array.json"], in: folder.path)
    #expect(draft7.status.rawValue == 1)
    #expect(
      draft7.stdout.hasPrefix("array.json:1:1: error: the array has 2 items; only 1 is allowed [additionalItems]"))
  }

  @Test func draftIsTheDialectOnlyOfSchemasWithoutTheirOwn() {
    let folder = folder()
    // A draft-07 root refers to a 2019-09 resource: that resource stays 2019-09 under --draft 7.
    folder.create(
      "root.json",
      #"{"$schema": "http://json-schema.org/draft-07/schema#", "allOf": [{"$ref": "future.json"}]}"#)
    folder.create(
      "future.json",
      #"{"$schema": "https://json-schema.org/draft/2019-09/schema", "dependentRequired": {"foo": ["bar"]}}"#)
    folder.create("data.json", #"{"foo": 1}"#)
    for extra in [[], ["--draft", "7"], ["--draft", "4"]] {
      let result = runCases(["validate", "--schema", "root.json"] + extra + ["data.json"], in: folder.path)
      #expect(result.status.rawValue == 1, "\(extra)")
      #expect(result.stdout.contains("[dependentRequired]"), "\(extra)")
    }
    // A root naming 2020-12 is read as 2020-12 whatever --draft says.
    folder.create(
      "modern.json",
      #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "prefixItems": [{"type": "string"}]}"#)
    folder.create("numbers.json", "[1]")
    let modern = runCases(["validate", "--schema", "modern.json", "--draft", "7", "numbers.json"], in: folder.path)
    #expect(modern.status.rawValue == 1)
  }

  @Test func specificationOutputStructures() throws {
    let folder = folder()
    let flag = runCases(
      ["validate", "--schema", "schema.json", "docs/good.json", "--schema-output", "flag"], in: folder.path)
    #expect(flag.stdout == "{\n  \"valid\": true\n}\n")
    let basic = runCases(
      ["validate", "--schema", "schema.json", "docs/bad.json", "--schema-output", "basic"], in: folder.path)
    #expect(basic.status.rawValue == 1)
    let output = try JSONDocument(parsing: basic.stdout).root.value
    #expect(output["valid"] == false)
    #expect(output["errors"]?.arrayValue?.count == 6)  // four errors plus the two alternatives of anyOf
    let detailed = runCases(
      ["validate", "--schema", "schema.json", "docs/bad.json", "--schema-output", "detailed"], in: folder.path)
    let nested = try JSONDocument(parsing: detailed.stdout).root.value
    #expect(nested["errors"]?.arrayValue?.count == 4)
    #expect(nested["errors"]?.arrayValue?.last?["errors"]?.arrayValue?.count == 2)
    let two = runCases(["validate", "--schema", "schema.json", "docs", "--schema-output", "flag"], in: folder.path)
    #expect(two.status.rawValue == 64)
    let missing = runCases(
      ["validate", "--schema", "schema.json", "docs/nope.json", "--schema-output", "flag"], in: folder.path)
    #expect(missing.status.rawValue == 2)
    #expect(missing.stderr.contains("docs/nope.json: no such file or directory"))
  }

  @Test func manyFilesInOneFolder() {
    let folder = TemporaryDirectory()
    folder.create("schema.json", #"{"type": "object", "required": ["n"]}"#)
    for index in 0..<100_000 { folder.create("many/\(index).json", index == 77_777 ? "{}" : "{\"n\": \(index)}") }
    let result = runCases(["validate", "--schema", "schema.json", "many"], in: folder.path)
    #expect(result.status.rawValue == 1)
    #expect(
      result.stdout
        == "many/77777.json:1:1: error: missing required property \"n\" [required]\n100000 files checked: 99999 valid, 1 invalid\n"
    )
  }
}
