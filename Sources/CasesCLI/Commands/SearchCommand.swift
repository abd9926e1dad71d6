import CaseKit
import CaseText
import CommandLineKit

/// `cases search`: ranked full-text search of the case studies, with filters.
enum SearchCommand {
  static let command = Command(
    "search",
    abstract: "Search the case studies: words, phrases and filters, best matches first.",
    discussion: """
      QUERY SYNTAX:
        welfare fraud         cases with every word; if none has them all, any word
        "facial recognition"  an exact phrase
        algorith*             words starting with "algorith"
        -trial                leave out cases with "trial"
        police OR policing    either word (OR joins the words either side of it)
        title:robodebt        a word in one field: title, summary, narrative,
                              bodies, systems, details, tags or sources

      A quoted argument with spaces is a phrase: cases search "facial recognition". Words are matched \
      whatever their case, accents and endings (consult matches consultation). Filters \
      alone (no words) list the matching cases, newest first. The index (.cases/index.bin) is built on \
      first use and rebuilt when case files change; `cases index` builds it ahead of time.

      Exit status: 0 with results, 1 with none, 2 on an error, 64 on a usage error.
      """,
    options: Options.self,
    takesDashedWords: true,
    run: run
  )

  struct Options: ParsableOptions {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument("query", "Words, \"phrases\", prefix* and -exclusions (see QUERY SYNTAX).") var query: [String]
    @OptionGroup var filters: FilterOptions
    @Option("limit", short: "n", valueName: "n", "Show at most this many results.", default: 10, in: 0...1_000_000)
    var limit: Int
    @Option(
      "offset", valueName: "n", "Skip this many results first (for the next page).", default: 0, in: 0...Int(Int32.max))
    var offset: Int
    @Option("sort", "The order of the results.", default: RepositorySearch.Order.relevance)
    var sort: RepositorySearch.Order
    @Flag("facets", "Also count the matching cases per topic, country, level, method, system kind, body and impact.")
    var facets: Bool
    @Flag("explain", "Show how each result's score adds up, term by term and field by field.") var explain: Bool
    @Flag("fuzzy", "Also match words within one or two letters of each query word.") var fuzzy: Bool
    @Flag("exact", "Search the words as typed: do not correct a misspelt word, and do not add synonyms.")
    var exact: Bool
    @Option("format", "How to print the results.", default: SearchOutput.Format.text) var format: SearchOutput.Format
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let location = try options.global.repository(in: context)
    var request = RepositorySearch.Request(
      arguments: options.query, filter: try filter(options.filters, location: location))
    request.limit = options.limit
    request.offset = options.offset
    request.order = options.sort
    request.countFacets = options.facets
    request.explain = options.explain
    request.fuzzy = options.fuzzy
    request.exact = options.exact

    let response: RepositorySearch.Response
    do {
      response = try RepositorySearch.run(request, location: location) {
        try RepositoryAccess.open(options.global, context)
      }
    } catch RepositorySearch.Problem.nothingToSearch {
      throw UsageError(
        "Give words to search for, or a filter such as --topic.",
        help: "`cases search --help` shows the query syntax; `cases list` lists every case")
    } catch RepositorySearch.Problem.unsearchableWords(let words) {
      let shown = words.map { "'" + TerminalText.escaped($0, singleLine: true) + "'" }.joined(separator: " ")
      throw CommandFailure(
        "nothing can be searched in \(shown): words such as 'the', 'who' and 'it' are too common to be indexed, "
          + "and symbols are not words",
        hints: ["Help:  add a more telling word, or a filter such as --topic or --country"], status: .failure)
    } catch RepositorySearch.Problem.synonyms(let error) {
      throw CommandFailure(
        TerminalText.escaped(error.description, singleLine: true),
        hints: ["Help:  fix schemas/synonyms.json (see `cases validate`), or search with --exact"])
    } catch RepositorySearch.Problem.unknownField(let field, let suggestion, let fields) {
      throw UsageError(
        "Unknown field '\(field):' in the query. Did you mean '\(suggestion):'?",
        help: "the fields are " + fields.map { $0 + ":" }.joined(separator: ", "))
    } catch let error as RepositorySearchError {
      throw CommandFailure(error.description)
    }
    let notes = SearchNotes(context: context, style: options.global.errorStyle(context))
    for rebuilt in response.rebuilds { notes.rebuilt(rebuilt) }
    notes.leftOut(response.leftOut)
    notes.describe(response, request: request)
    let output = SearchOutput(
      response: response, request: request, context: context, style: options.global.outputStyle(context))
    output.write(options.format)
    if options.format == .text || options.format == .md { notes.summary(response, request: request) }
    // Results, or (with --limit 0, for counts alone) matches: the answer is yes.
    let found = !response.hits.isEmpty || (request.limit == 0 && response.total > 0)
    return found ? .success : .failure
  }

  /// The filter options resolved against the repository's vocabularies (only those the
  /// filters given need: a plain word search reads no schema at all).
  static func filter(_ filters: FilterOptions, location: RepositoryLocation) throws -> CaseFilter {
    guard filters.isRequested else { return CaseFilter() }
    let vocabularies: [String: Vocabulary]
    do {
      vocabularies = try VocabularyFiles.load(filters.vocabularies, from: location.schemasFolder)
    } catch {
      throw CommandFailure(
        "the repository's vocabularies cannot be read: \(error)",
        hints: ["Help:  fix schemas/ (see `cases validate --check-schema`), or remove it to use the built-in schema"])
    }
    return try filters.filter(builder: CaseFilterBuilder(vocabularies: vocabularies))
  }

}

extension RepositorySearch.Order: ArgumentChoice {}
