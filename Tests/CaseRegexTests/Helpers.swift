import CaseRegex
import Testing

/// Compiles and runs a pattern, recording a test issue on any error.
func matches(_ pattern: String, _ input: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
  do {
    return try ECMARegex(pattern).matches(input)
  } catch {
    Issue.record("\(pattern): \(error)", sourceLocation: sourceLocation)
    return false
  }
}

/// The syntax error a pattern raises, or nil when it compiles.
func syntaxError(_ pattern: String) -> RegexSyntaxError? {
  do {
    _ = try ECMARegex(pattern)
    return nil
  } catch {
    return error
  }
}
