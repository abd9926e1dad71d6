import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// `cases schema`: the case-study format as a reader wants it, and its vocabularies.
enum SchemaCommand {
  static let command = Command(
    "schema",
    abstract: "Describe the case-study format, or list a vocabulary's terms.",
    discussion:
      "Fields are listed required first, each with its type and description; objects show their fields indented.",
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Option(
      "vocab", valueName: "name",
      "List the terms of a vocabulary (topics, countries, engagement-methods, …, or a filter's name: method, kind).")
    var vocab: String?
    @Flag("vocabularies", "List the vocabularies.") var vocabularies: Bool
    @Flag("json", "Print the schema itself (or the vocabulary's file) as JSON.") var json: Bool
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let schema = (try? RepositoryAccess.open(options.global, context))?.schema ?? CaseStudySchema.builtIn
    let style = options.global.outputStyle(context)
    let width = context.width
    if options.vocabularies {
      let rows = schema.vocabularies.keys.sorted().map { name -> [String] in
        // swift-format-ignore: NeverForceUnwrap
        // The names come from the dictionary itself.
        let vocabulary = schema.vocabularies[name]!
        return [name, "\(vocabulary.terms.count)", vocabulary.title]
      }
      context.stdout.write(
        TextTable(headers: ["NAME", "TERMS", "TITLE"], rows: rows, flexibleColumn: 2).render(width: width, style: style)
      )
      return .success
    }
    if let typed = options.vocab {
      // The vocabulary's name, or the filter option that uses it (`--vocab method`).
      let name = schema.vocabulary(typed) == nil ? FilterOptions.vocabulary(forOption: typed) ?? typed : typed
      guard let vocabulary = schema.vocabulary(name) else {
        let names = schema.vocabularies.keys.sorted()
        let suggestion = EditDistance.likelyTypo(of: name, among: names).map { " Did you mean '\($0)'?" } ?? ""
        throw UsageError(
          "The value '\(name)' is invalid for '--vocab <name>'.\(suggestion)",
          help: "the vocabularies are " + names.joined(separator: ", "))
      }
      if options.json {
        let file = schema.files.vocabularyFiles.first { $0.name == name }?.file
        context.stdout.write(JSONWriter().string(file?.document.root.value ?? .null))
      } else {
        context.stdout.write(renderVocabulary(vocabulary, style: style, width: width))
      }
      return .success
    }
    if options.json {
      context.stdout.write(JSONWriter().string(schema.mainSchemaValue))
      return .success
    }
    context.stdout.write(SchemaDescription(schema: schema, style: style, width: width).render())
    return .success
  }

  static func renderVocabulary(_ vocabulary: Vocabulary, style: TextStyle, width: Int) -> String {
    var lines = [style.bold("\(vocabulary.title) (\(vocabulary.name)): \(vocabulary.terms.count) terms"), ""]
    lines.append(vocabulary.description.wrapped(to: width))
    lines.append("")
    let column = min(28, (vocabulary.terms.map(\.id.count).max() ?? 0) + 4)
    for term in vocabulary.terms {
      let padding = String(repeating: " ", count: max(2, column - 2 - term.id.count))
      var text = term.label
      if term.definition != term.label && !term.definition.isEmpty { text += ". " + term.definition }
      lines.append("  " + style.bold(term.id) + padding + text.wrapped(to: width, indent: column).dropFirst(column))
      var extra: [String] = []
      if !term.aliases.isEmpty { extra.append("also: " + term.aliases.joined(separator: ", ")) }
      for (key, value) in term.attributes.sorted(by: { $0.key < $1.key }) where key != "aliases" {
        extra.append("\(key): \(value)")
      }
      for line in extra { lines.append(style.dim(line.wrapped(to: width, indent: column))) }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
