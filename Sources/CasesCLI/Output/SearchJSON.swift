import CaseJSON
import CaseKit

/// The JSON of `cases search --format json` (and each line of `jsonl`). Stable: fields are
/// only ever added. Snippet highlights are [start, end) offsets in Unicode code points.
enum SearchJSON {
  static func document(_ output: SearchOutput) -> JSONValue {
    let result = output.response
    var object: JSONObject = [
      "query": .string(output.request.text),
      "mode": .string(result.mode.rawValue),
      "total": .integer(result.total),
      "offset": .integer(output.request.offset),
      "limit": .integer(output.request.limit),
      "hits": .array(output.rows.map(hit)),
      "unknown_words": .array(
        result.unknownWords.map {
          ["word": .string($0.word), "suggestion": $0.suggestion.map(JSONValue.string) ?? .null]
        }),
      "incomplete_prefixes": .array(result.incompletePrefixes.map(JSONValue.string)),
      "every_word": .integer(result.everyWord),
      "corrections": .array(
        result.corrections.map { ["word": .string($0.typed), "correction": .string($0.correction)] }),
      "synonyms": .array(
        result.expansions.map { ["word": .string($0.word), "synonyms": .array($0.synonyms.map(JSONValue.string))] }),
      "phrases_as_words": .array(result.phrasesAsWords.map(JSONValue.string)),
    ]
    if output.request.countFacets {
      var facets = JSONObject()
      for facet in result.facets {
        facets[facet.facet] = .array(facet.counts.map { ["value": .string($0.value), "count": .integer($0.count)] })
      }
      object["facets"] = .object(facets)
    }
    return .object(object)
  }

  static func hit(_ row: RepositorySearch.Hit) -> JSONValue {
    var object: JSONObject = [
      "rank": .integer(row.rank),
      "id": .string(row.id),
      "title": .string(row.title),
      "year": row.year.map(JSONValue.integer) ?? .null,
      "topics": .array(row.topics.map(JSONValue.string)),
      "countries": .array(row.countries.map(JSONValue.string)),
      "path": .string(row.path),
      "score": number(row.score),
      "snippet": row.snippet.map { snippet in
        [
          "text": .string(snippet.text),
          "highlights": .array(snippet.highlights.map { [.integer($0.lowerBound), .integer($0.upperBound)] }),
        ]
      } ?? .null,
    ]
    if let explanation = row.explanation { object["explanation"] = explain(explanation) }
    return .object(object)
  }

  static func explain(_ explanation: Explanation) -> JSONValue {
    [
      "score": number(explanation.score),
      "terms": .array(
        explanation.terms.map { term in
          [
            "term": .string(term.term), "document_frequency": .integer(term.documentFrequency), "idf": number(term.idf),
            "boost": number(term.boost),
            "pseudo_frequency": number(term.pseudoFrequency), "score": number(term.score),
            "fields": .array(
              term.fields.map { field in
                [
                  "field": .string(field.name), "frequency": .integer(field.frequency),
                  "length": .integer(field.length),
                  "average_length": number(field.averageLength), "weight": number(field.weight),
                  "contribution": number(field.contribution),
                ]
              }),
          ]
        }),
    ]
  }

  /// A number rounded to 6 decimal places, without trailing zeros.
  static func number(_ value: Double) -> JSONValue {
    var text = DecimalText.format(value, places: 6)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return JSONNumber(text).map(JSONValue.number) ?? .integer(0)
  }
}
