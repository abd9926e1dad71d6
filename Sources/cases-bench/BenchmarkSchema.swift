import CaseJSON

/// The schema the validation benchmark uses, and the ways it breaks documents.
enum BenchmarkSchema {
  static let caseStudy: JSONValue = [
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://example.org/schemas/synthetic-case-study.json",
    "type": "object",
    "additionalProperties": false,
    "required": ["schema_version", "id", "title", "summary", "topics", "public_bodies", "sources", "licence"],
    "properties": [
      "schema_version": ["type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"],
      "id": ["type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 80],
      "title": ["type": "string", "minLength": 5, "maxLength": 200],
      "summary": ["type": "string", "minLength": 50],
      "topics": [
        "type": "array", "minItems": 1, "uniqueItems": true,
        "items": ["enum": ["policing", "health", "education", "benefits", "statistics", "immigration", "housing"]],
      ],
      "countries": ["type": "array", "items": ["type": "string", "pattern": "^[A-Z]{2}$"]],
      "public_bodies": ["type": "array", "minItems": 1, "items": ["$ref": "#/$defs/body"]],
      "year": ["type": "integer", "minimum": 1900, "maximum": 2100],
      "narrative": [
        "type": "object", "additionalProperties": false,
        "properties": [
          "context": ["type": "string"], "what_happened": ["type": "string"],
          "community_impact": ["type": "string"], "outcome": ["type": "string"],
        ],
      ],
      "participants": [
        "type": "object", "additionalProperties": false,
        "properties": ["count": ["type": "integer", "minimum": 0]],
      ],
      "timeline": ["type": "array", "items": ["$ref": "#/$defs/event"]],
      "sources": ["type": "array", "minItems": 1, "items": ["$ref": "#/$defs/source"]],
      "licence": ["enum": ["CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "OGL-UK-3.0"]],
    ],
    "$defs": [
      "date": ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"],
      "body": [
        "type": "object", "additionalProperties": false, "required": ["name", "level"],
        "properties": [
          "name": ["type": "string", "minLength": 2],
          "level": ["enum": ["neighbourhood", "local", "regional", "devolved", "national", "international"]],
        ],
      ],
      "event": [
        "type": "object", "additionalProperties": false, "required": ["date", "event"],
        "properties": ["date": ["$ref": "#/$defs/date"], "event": ["type": "string", "minLength": 1]],
      ],
      "source": [
        "type": "object", "additionalProperties": false, "required": ["id", "url", "title"],
        "properties": [
          "id": ["type": "string", "pattern": "^[a-z0-9-]+$"],
          "url": ["type": "string", "format": "uri", "pattern": "^https?://"],
          "title": ["type": "string", "minLength": 1],
          "publisher": ["type": "string"],
          "date_accessed": ["type": "string", "format": "date"],
        ],
      ],
    ],
  ]

  /// Makes a document invalid in one of eight ways, chosen by `variant`.
  static func breakDocument(_ document: inout JSONValue, variant: Int) {
    guard case .object(var object) = document else { return }
    switch variant % 8 {
    case 0: object["title"] = nil  // a required property is missing
    case 1: object["summery"] = object["summary"]  // a misspelt property
    case 2: object["topics"] = ["polcing"]  // not in the vocabulary
    case 3: object["id"] = "Synthetic_Case"  // does not match the id pattern
    case 4: object["participants"] = ["count": -5]  // below the minimum
    case 5:
      if case .array(var sources) = object["sources"], case .object(var first) = sources.first {
        first["url"] = nil  // a nested required property is missing
        sources[0] = .object(first)
        object["sources"] = .array(sources)
      }
    case 6: object["year"] = "2019"  // a string where a number belongs
    default: object["timeline"] = [["date": "March 2020", "event": "x"]]  // a date in the wrong format
    }
    document = .object(object)
  }
}
