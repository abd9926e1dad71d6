import CaseJSON
import CaseKit
import CommandLineKit

/// `cases list`: the repository's case studies as a table, filtered.
enum ListCommand {
  static let command = Command(
    "list",
    abstract: "List the case studies, filtered by topic, country, level and more.",
    discussion: """
      Several values of one filter are alternatives (--topic policing --topic health: either); different \
      filters must all hold. Files that are not valid are left out, with a note; `cases validate` says why.
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    enum Order: String, ArgumentChoice { case id, title, year }
    enum Format: String, ArgumentChoice { case text, json, csv }

    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @OptionGroup var filters: FilterOptions
    @Option("sort", "The order of the rows.", default: Order.id) var sort: Order
    @Option("format", "How to print the list.", default: Format.text) var format: Format
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let (_, filter, cases) = try CaseLoading.matching(options.global, options.filters, context)
    let sorted: [CaseStudy]
    switch options.sort {
    case .title: sorted = cases.sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }
    case .year: sorted = cases.sorted { ($0.year ?? 0, $0.id) > ($1.year ?? 0, $1.id) }
    case .id: sorted = cases.sorted { $0.id < $1.id }
    }
    switch options.format {
    case .json:
      let rows: [JSONValue] = sorted.map { study in
        [
          "id": .string(study.id), "title": .string(study.title), "topics": .array(study.topics.map(JSONValue.string)),
          "countries": .array(study.countries.map(JSONValue.string)),
          "year": study.year.map(JSONValue.integer) ?? .null,
        ]
      }
      context.stdout.write(JSONWriter().string(.array(rows)))
    case .csv:
      context.stdout.write(
        CSV.render(
          headers: ["id", "title", "topics", "countries", "year"],
          rows: sorted.map {
            [
              $0.id, $0.title, $0.topics.joined(separator: "; "), $0.countries.joined(separator: "; "),
              $0.year.map(String.init) ?? "",
            ]
          }))
    case .text:
      let table = TextTable(
        headers: ["ID", "TITLE", "TOPICS", "COUNTRY", "YEAR"],
        rows: sorted.map {
          [
            $0.id, $0.title, $0.topics.joined(separator: ", "), $0.countries.joined(separator: ", "),
            $0.year.map(String.init) ?? "",
          ]
        },
        flexibleColumn: 1, secondaryColumn: 2)
      // Fitted to a terminal; whole rows for pipes and files.
      let width = context.stdout.isTerminal ? context.width : Int.max
      context.stdout.write(table.render(width: width, style: options.global.outputStyle(context)))
      context.stderr.line(
        "\(sorted.count) case stud\(sorted.count == 1 ? "y" : "ies")\(filter.isEmpty ? "" : " match")")
    }
    return sorted.isEmpty ? .failure : .success
  }
}

/// Reading the valid case studies, with a note about the files left out.
enum CaseLoading {
  /// What to do when case files are not valid (or cannot be case files).
  enum LeftOut {
    /// Leave them out, with a note naming how many and how to see why.
    case note
    /// Fail (exit 1), naming them: an export must not lose cases without a word.
    case fail(hint: String)
  }

  /// The repository, the filter the command line asks for, and the valid cases it lets through.
  static func matching(
    _ global: GlobalOptions, _ filters: FilterOptions, _ context: CommandContext, leftOut: LeftOut = .note
  ) throws -> (repository: CaseRepository, filter: CaseFilter, cases: [CaseStudy]) {
    let repository = try RepositoryAccess.open(global, context)
    let filter = try filters.filter(schema: repository.schema)
    return (repository, filter, try cases(repository, context: context, leftOut: leftOut).filter(filter.matches))
  }

  static func cases(_ repository: CaseRepository, context: CommandContext, leftOut policy: LeftOut) throws
    -> [CaseStudy]
  {
    let loaded: LoadedCases
    do {
      loaded = try repository.loadCases()
    } catch {
      throw CommandFailure("cannot list the case studies: \(error)")
    }
    let count = loaded.leftOut.count
    guard count > 0 else { return loaded.cases }
    let files = count == 1 ? "1 case file is" : "\(count) case files are"
    switch policy {
    case .note:
      context.stderr.line("note: \(files) not valid and left out; `cases validate` shows why")
    case .fail(let hint):
      let shown = loaded.leftOut.prefix(10).map { context.displayPath($0) }.joined(separator: ", ")
      throw CommandFailure(
        "\(files) not valid: \(shown)\(count > 10 ? ", …" : "")",
        hints: ["Help:  `cases validate` shows why; " + hint], status: .failure)
    }
    return loaded.cases
  }
}
