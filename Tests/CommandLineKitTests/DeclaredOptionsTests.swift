import CommandLineKit
import Testing

/// Options declared as typed properties: the declarations drive parsing and help, and the
/// properties come back converted.
@Suite("Declared options")
struct DeclaredOptionsTests {
  struct Shared: ParsableOptions {
    @Option("scope", "Where.") var scope: [String]
  }

  struct Options: ParsableOptions {
    enum Format: String, ArgumentChoice { case text, json }

    @Argument("word", "A word.") var word: String
    @Argument("rest", "More words.") var rest: [String]
    @Option("limit", short: "n", valueName: "n", "At most.", default: 10, in: 0...50) var limit: Int
    @Option("format", "How.", default: Format.text) var format: Format
    @Option("name", "A name.") var name: String?
    @Flag("loud", "Louder.") var loud: Bool
    @OptionGroup var shared: Shared
  }

  static let command = Command(
    "tool", abstract: "A tool.", options: Options.self,
    run: { options, context in
      let given = [options.$limit.isGiven, options.$format.isGiven, options.$loud.isGiven].map { $0 ? "y" : "n" }
      context.stdout.line(
        "\(options.word) \(options.rest) \(options.limit) \(options.format.rawValue) \(options.name ?? "-") "
          + "\(options.loud) \(options.shared.scope) \(given.joined())")
      return .success
    })

  @Test func valuesComeBackTyped() {
    #expect(TestTool.run(Self.command, ["a"]).stdout == "a [] 10 text - false [] nnn\n")
    let full = TestTool.run(
      Self.command,
      ["a", "b", "c", "-n", "7", "--format", "json", "--name", "x", "--loud", "--scope", "s", "--scope", "t"])
    #expect(full.stdout == "a [\"b\", \"c\"] 7 json x true [\"s\", \"t\"] yyy\n")
  }

  @Test func declarationsGiveTheSpecsInOrder() {
    #expect(Options.argumentSpecs.map(\.name) == ["word", "rest"])
    #expect(Options.optionSpecs.map(\.name) == ["limit", "format", "name", "loud", "scope"])
    #expect(Options.optionSpecs[0].defaultValue == "10")
    #expect(Options.optionSpecs[1].allowedValues == ["text", "json"])
    #expect(Options.optionSpecs[4].isRepeating)
  }

  @Test func badValuesAreUsageErrors() {
    let range = TestTool.run(Self.command, ["a", "--limit", "99"])
    #expect(range.status == .usage)
    #expect(
      range.stderr.hasPrefix(
        "Error: The value '99' is invalid for '--limit <n>': expected a whole number from 0 to 50\n"))
    let choice = TestTool.run(Self.command, ["a", "--format", "xml"])
    #expect(choice.status == .usage)
    #expect(
      choice.stderr.hasPrefix(
        "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."))
    #expect(TestTool.run(Self.command, []).stderr.hasPrefix("Error: Missing expected argument '<word>'"))
  }

  /// A group declared by a parent command is filled in but adds no declarations; one nested
  /// in a group declares through it.
  struct Layered: ParsableOptions {
    struct Inner: ParsableOptions {
      @Flag("deep", "Deep.") var deep: Bool
      @OptionGroup var shared: Shared
    }

    @OptionGroup(declaredAbove: true) var above: Shared
    @OptionGroup var inner: Inner
  }

  @Test func groupsDeclareThroughTheirParentsOrNotAtAll() {
    #expect(Layered.optionSpecs.map(\.name) == ["deep", "scope"])
    let command = Command(
      "layered", abstract: "Layers.", options: Layered.self,
      run: { options, context in
        context.stdout.line("\(options.above.scope) \(options.inner.deep) \(options.inner.shared.scope)")
        return .success
      })
    #expect(TestTool.run(command, ["--deep", "--scope", "s"]).stdout == "[\"s\"] true [\"s\"]\n")
    #expect(TestTool.run(command, []).stdout == "[] false []\n")
  }

  @Test func threadsParseTheirOwnValues() async {
    let results = await withTaskGroup(of: (Int, String).self) { group in
      for number in 0..<32 {
        group.addTask { (number, TestTool.run(Self.command, ["w\(number)", "-n", "\(number % 50)"]).stdout) }
      }
      var results: [Int: String] = [:]
      for await (number, output) in group { results[number] = output }
      return results
    }
    for number in 0..<32 {
      #expect(results[number] == "w\(number) [] \(number % 50) text - false [] ynn\n")
    }
  }
}
