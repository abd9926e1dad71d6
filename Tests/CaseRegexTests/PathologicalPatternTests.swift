import CaseRegex
import Testing

/// Patterns that make naive backtracking engines hang must finish (the time limit only guards
/// against a hang; speed is measured by the benchmarks, not here).
@Suite(.timeLimit(.minutes(1))) struct PathologicalPatternTests {
  /// Catastrophic backtracking patterns terminate with the right answer thanks to memoisation.
  @Test(arguments: ["^(a+)+$", "^(a|a)*$", "^(a*)*b$", "^(a|aa)+$", "(x+x+)+y", "^(\\w+\\s?)*$", "^(?:a+)+(?=!)b"])
  func pathologicalPatternsTerminate(pattern: String) throws {
    let regex = try ECMARegex(pattern)
    #expect(try !regex.matches(String(repeating: "a", count: 40) + "!"))
  }

  @Test func pathologicalAnswersAreRight() throws {
    let input = String(repeating: "a", count: 40)
    #expect(try !ECMARegex("^(a+)+$").matches(input + "!"))
    #expect(try ECMARegex("^(a+)+$").matches(input))
    #expect(try ECMARegex("^(a+)+!$").matches(input + "!"))
    #expect(try ECMARegex("^(?=(a+)+!)").matches(input + "!"))
    #expect(try !ECMARegex("(?<!(a+)+!)b").matches(input + "!b"))
    #expect(try ECMARegex("(?<!(a+)+!)b").matches(input + "b"))
  }

  /// Backreferences disable memoisation; the step budget turns exponential searches into an error.
  @Test func budgetStopsExponentialBackreferencePatterns() throws {
    let regex = try ECMARegex("^(a+)+\\1$")
    let input = String(repeating: "a", count: 60) + "!"
    #expect(throws: RegexMatchError.tooComplex(pattern: "^(a+)+\\1$")) { try regex.matches(input) }
  }

  @Test func longInputsDoNotOverflowTheStack() throws {
    let input = String(repeating: "ab", count: 500_000)
    #expect(try ECMARegex("^(a|b)*$").matches(input))
    #expect(try ECMARegex("^(?:a|b)*?$").matches(input))
    #expect(try !ECMARegex("^(a|b)*c").matches(input))
    #expect(try ECMARegex("^(?:ab)+$").matches(input))
    #expect(try ECMARegex("^.*$").matches(input))
    #expect(try ECMARegex("b$").matches(input))
    #expect(try ECMARegex("(?<=a)b$").matches(input))
    #expect(try ECMARegex("^(ab)*\\1$").matches(input))
  }

  /// Unanchored searches that would rescan the rest of the input from every start position
  /// finish on a megabyte of input.
  @Test func unanchoredSearchesOnLongInputsFinish() throws {
    let input = String(repeating: "a", count: 1_000_000)
    for pattern in ["a*b", "a*?b", "[a-z]+@", "(?:a|b)*c", ".*x", "(?:aa)+b", "\\w+\\s"] {
      #expect(try !ECMARegex(pattern).matches(input), "\(pattern)")
    }
  }

  @Test func concurrentUse() async throws {
    let regex = try ECMARegex("^[a-z]+(-[a-z]+)*$")
    let results = await withTaskGroup(of: Bool.self) { group in
      for index in 0..<64 {
        group.addTask { (try? regex.matches(index.isMultiple(of: 2) ? "abc-def" : "abc--def")) == true }
      }
      var collected: [Bool] = []
      for await result in group { collected.append(result) }
      return collected
    }
    #expect(results.filter { $0 }.count == 32)
  }
}
