import CaseJSON
import CaseSchema
import Testing

/// Which alternative's error stands for a failed `anyOf` or `oneOf`, and where.
@Suite("Messages for alternatives")
struct BestMatchTests {
  func firstError(_ schema: String, _ instance: String) throws -> Finding {
    try #require(validate(try compileSchema(schema), instance).errors.first)
  }

  @Test func theAlternativeWhoseDiscriminatorMatched() throws {
    let schema = #"""
      {"anyOf": [
        {"properties": {"type": {"const": "command"}, "async": {"type": "boolean"}}},
        {"properties": {"type": {"const": "prompt"}}, "required": ["prompt"]}
      ]}
      """#
    let instance = "{\n  \"type\": \"command\",\n  \"async\": \"true\"\n}"
    let error = try firstError(schema, instance)
    #expect(error.message == #""true" is not a boolean (none of the 2 alternatives matches)"#)
    // The position is that of the value at fault.
    #expect(error.location?.line == 3)
    #expect(error.location?.column == 12)
    #expect(error.instanceLocation?.description == "", "the summary stays at the value anyOf applies to")
    // The same with the alternatives the other way round, and without `required`.
    let reversed = #"""
      {"oneOf": [
        {"properties": {"type": {"const": "prompt"}, "prompt": {"type": "string"}}},
        {"properties": {"type": {"const": "command"}, "async": {"type": "boolean"}}}
      ]}
      """#
    #expect(
      try firstError(reversed, instance).message == #""true" is not a boolean (none of the 2 alternatives matches)"#)
  }

  @Test func aMatchingDiscriminatorOutweighsDepth() throws {
    let schema = #"""
      {"oneOf": [
        {"properties": {"type": {"const": "a"}}, "required": ["type", "x"]},
        {"properties": {"type": {"const": "b"}}, "required": ["type", "y"]}
      ]}
      """#
    #expect(
      try firstError(schema, #"{"type": "a", "y": 1}"#).message
        == #"missing required property "x" (none of the 2 alternatives matches)"#)
  }

  @Test func theAlternativeOfTheValuesType() throws {
    let schema = #"{"anyOf": [{"type": "array", "minItems": 2}, {"type": "string", "minLength": 10}]}"#
    #expect(try firstError(schema, #""bar""#).rule == "anyOf")
    #expect(try firstError(schema, #""bar""#).message.hasPrefix(#""bar" is shorter than"#))
  }

  @Test func nestedAlternativesAreFollowedDown() throws {
    let schema = #"""
      {"anyOf": [
        {"type": "string"},
        {"type": "object", "properties": {"kind": {"oneOf": [{"type": "integer"}, {"enum": ["a", "b"]}]}}}
      ]}
      """#
    let error = try firstError(schema, "{\"kind\": \"c\"}")
    // One suffix: the outer one's, not the inner oneOf's glued to it.
    #expect(error.message == #""c" is not an allowed value; did you mean "a"? (none of the 2 alternatives matches)"#)
    #expect(error.location?.column == 10)
  }

  @Test func oneAlternativeIsNotCountedAsMany() throws {
    let error = try firstError(#"{"anyOf": [{"minimum": 3}]}"#, "1")
    #expect(error.message == "1 is less than the minimum of 3")
  }
}
