import CaseJSON
import CaseSchema

/// Compiles a schema given as text, registered at a test URI.
func compileSchema(_ text: String, assertsFormats: Bool = false, registry: SchemaRegistry = SchemaRegistry())
  throws -> JSONSchema
{
  let uri = try registry.add(JSONDocument(parsing: text), uri: "https://cases.test/schema.json")
  return try JSONSchema(uri: uri, registry: registry, assertsFormats: assertsFormats)
}

/// Validates instance text and returns the result.
func validate(_ schema: JSONSchema, _ instance: String) throws -> ValidationResult {
  schema.validate(try JSONDocument(parsing: instance))
}
