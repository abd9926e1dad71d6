import CaseJSON
import CaseSchema
import Testing

/// Adversarial schemas and instances: each gives a clear result or error, never a crash or hang.
@Suite(.timeLimit(.minutes(2)))
struct RobustnessTests {
  @Test func referenceCyclesAreReportedNotLooped() throws {
    for text in [
      ##"{"$ref": "#"}"##,
      ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##,
      ##"{"allOf": [{"$ref": "#"}]}"##,
    ] {
      let schema = try compileSchema(text)
      let result = try validate(schema, "1")
      #expect(!result.isValid)
      switch result.failure {
      case .endlessRecursion, .tooDeep: break
      default: Issue.record("expected endless recursion for \(text), got \(String(describing: result.failure))")
      }
      #expect(!schema.isValid(try JSONDocument(parsing: "1")))
    }
    // A recursive schema that consumes the instance as it goes is fine.
    let tree = try compileSchema(##"{"type": "array", "items": {"$ref": "#"}}"##)
    let nested = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    #expect(try validate(tree, nested).isValid)
  }

  @Test func schemasMustBeObjectsOrBooleans() {
    for text in ["1", "\"string\"", "null", "[]"] {
      #expect(throws: SchemaError.self) { try compileSchema(text) }
    }
    do {
      _ = try compileSchema(##"{"properties": {"a": 5}}"##)
      Issue.record("expected an error")
    } catch let error as SchemaError {
      #expect(error.message == "invalid \"properties\": a schema must be an object or a boolean, not a number")
      #expect(error.pointer?.description == "/properties")
      #expect(error.location?.description == "1:16")
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func deeplyNestedDocumentsAreRejectedByTheParser() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONParseError.self) { try JSONDocument(parsing: deep) }
    let deepSchema = String(repeating: ##"{"items":"##, count: 100_000) + "{}" + String(repeating: "}", count: 100_000)
    #expect(throws: JSONParseError.self) { try compileSchema(deepSchema) }
  }

  @Test func nestingAtTheLimitValidates() throws {
    let depth = JSONParseOptions.defaultMaximumDepth
    let schemaText =
      String(repeating: ##"{"items":"##, count: depth - 1) + ##"{"type":"integer"}"##
      + String(repeating: "}", count: depth - 1)
    let schema = try compileSchema(schemaText)
    let good = String(repeating: "[", count: depth - 1) + "1" + String(repeating: "]", count: depth - 1)
    let bad = String(repeating: "[", count: depth - 1) + "\"x\"" + String(repeating: "]", count: depth - 1)
    #expect(try validate(schema, good).isValid)
    let result = try validate(schema, bad)
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.instanceLocation?.tokens.count == depth - 1)
  }

  @Test func hugeNumbersCompareExactly() throws {
    let schema = try compileSchema(##"{"maximum": 1e308, "multipleOf": 0.5}"##)
    #expect(try !validate(schema, "1e400").isValid)
    #expect(try validate(schema, "1e307").isValid)
    #expect(try !validate(try compileSchema(##"{"type": "integer"}"##), "1.5e-400").isValid)
    #expect(try validate(try compileSchema(##"{"type": "integer"}"##), "1e400").isValid)
    #expect(try validate(try compileSchema(##"{"const": 1e400}"##), "10e399").isValid)
    #expect(try validate(try compileSchema(##"{"multipleOf": 1e-400}"##), "3e-398").isValid)
  }

  @Test func aFiftyMegabyteString() throws {
    let big = String(repeating: "abcdefghij", count: 5_000_000)
    let schema = try compileSchema(##"{"type": "string", "maxLength": 10, "pattern": "^[a-j]+$"}"##)
    let result = try validate(schema, "\"" + big + "\"")
    #expect(result.errors.map(\.rule) == ["maxLength"])
    #expect(result.errors.first?.message.hasSuffix("is longer than 10 characters") == true)
  }

  @Test func pathologicalPatternsFinish() throws {
    let schema = try compileSchema(##"{"pattern": "^(a+)+$"}"##)
    #expect(try !validate(schema, "\"" + String(repeating: "a", count: 40) + "!\"").isValid)
    #expect(try validate(schema, "\"" + String(repeating: "a", count: 40) + "\"").isValid)
    let backreference = try compileSchema(##"{"pattern": "^(a+)+\\1$"}"##)
    let result = try validate(backreference, "\"" + String(repeating: "a", count: 5_000) + "!\"")
    guard case .patternTooComplex = result.failure else {
      Issue.record("expected the step limit, got \(result)")
      return
    }
  }

  @Test func invalidPatternsAreSchemaErrors() {
    do {
      _ = try compileSchema(##"{"pattern": "(unclosed"}"##)
      Issue.record("expected an error")
    } catch let error as SchemaError {
      #expect(error.message.hasPrefix("invalid regular expression \"(unclosed\": "))
      #expect(error.location?.description == "1:13")
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }
}
