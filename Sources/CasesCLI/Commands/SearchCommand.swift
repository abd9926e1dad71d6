import CaseIO
import CaseKit
import CaseSearch
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

  struct Options: ParsableOptions, Sendable {
    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument("query", "Words, \"phrases\", prefix* and -exclusions (see QUERY SYNTAX).") var query: [String]
    @OptionGroup var filters: FilterOptions
    @Option("limit", short: "n", valueName: "n", "Show at most this many results.", default: 10, in: 0...1_000_000)
    var limit: Int
    @Option(
      "offset", valueName: "n", "Skip this many results first (for the next page).", default: 0, in: 0...Int(Int32.max))
    var offset: Int
    @Option("sort", "The order of the results.", default: SearchRequest.Order.relevance) var sort: SearchRequest.Order
    @Flag("facets", "Also count the matching cases per topic, country, level, method, system kind, body and impact.")
    var facets: Bool
    @Flag("explain", "Show how each result's score adds up, term by term and field by field.") var explain: Bool
    @Flag("fuzzy", "Also match words within one or two letters of each query word.") var fuzzy: Bool
    @Option("format", "How to print the results.", default: SearchOutput.Format.text) var format: SearchOutput.Format
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let location = try options.global.repository(in: context)
    let text = options.query.map(queryText).joined(separator: " ")
    let filter = try filter(options.filters, location: location)
    let query = Query(parsing: text)
    try checkFields(query)
    if query.isEmpty && filter.isEmpty {
      throw UsageError(
        "Give words to search for, or a filter such as --topic.",
        help: "`cases search --help` shows the query syntax; `cases list` lists every case")
    }
    var request = SearchRequest(query: query)
    request.limit = options.limit
    request.offset = options.offset
    request.order = options.sort
    request.countFacets = options.facets
    request.explain = options.explain
    request.fuzzy = options.fuzzy

    let notes = SearchNotes(context: context, style: options.global.errorStyle(context))
    let repository = { try RepositoryAccess.open(options.global, context) }
    var opened = try open(location, notes: notes, repository: repository)
    let result: SearchResult
    do {
      result = try search(request, filter: filter, reader: opened.reader)
    } catch {
      // Damage found in a part of the index only this query read: rebuild once and retry.
      opened = try rebuild(location, reason: .unusable(error), notes: notes, repository: repository)
      do {
        result = try search(request, filter: filter, reader: opened.reader)
      } catch {
        throw CommandFailure("the search index is still damaged after rebuilding it: \(error)")
      }
    }
    notes.leftOut(opened.reader.metadata.otherFiles.count)
    notes.describe(result, request: request, filtered: !filter.isEmpty)
    let format = options.format
    let output = SearchOutput(
      result: result, request: request, text: text, reader: opened.reader, location: location, context: context,
      style: options.global.outputStyle(context))
    output.write(format)
    if format == .text || format == .md { notes.summary(result, request: request) }
    // Results, or (with --limit 0, for counts alone) matches: the answer is yes.
    let found = !result.hits.isEmpty || (request.limit == 0 && result.total > 0)
    return found ? .success : .failure
  }

  /// A field scope that is a near spelling of a field's name (`titel:`) is a usage error; other
  /// unknown ones (`https:`) are searched as typed, colon and all.
  static func checkFields(_ query: Query) throws {
    let known = CaseIndexLayout.layout.fields.map(\.name)
    for field in query.fields where !known.contains(field) {
      guard let suggestion = EditDistance.likelyTypo(of: field, among: known) else { continue }
      throw UsageError(
        "Unknown field '\(field):' in the query. Did you mean '\(suggestion):'?",
        help: "the fields are " + known.map { $0 + ":" }.joined(separator: ", "))
    }
  }

  /// One argument of the query: an argument with spaces (quoted in the shell, as in
  /// `cases search "facial recognition"`) is a phrase, unless it is written in the query
  /// syntax itself (`'welfare -trial'`, `'"live facial" OR biometric*'`).
  static func queryText(_ argument: String) -> String {
    let words = argument.split(whereSeparator: \.isWhitespace)
    guard words.count > 1, !argument.contains("\"") else { return argument }
    let usesSyntax = words.contains { word in
      word == "OR" || word.hasPrefix("-") || word.hasSuffix("*") || word.contains(":")
    }
    return usesSyntax ? argument : "\"" + argument + "\""
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

  static func search(_ request: SearchRequest, filter: CaseFilter, reader: IndexReader) throws(IndexError)
    -> SearchResult
  {
    var request = request
    try filter.apply(to: &request, reader: reader)
    return try Searcher(reader: reader).search(request)
  }

  static func open(
    _ location: RepositoryLocation, notes: SearchNotes, repository: () throws -> CaseRepository
  ) throws -> CaseIndex.Opened {
    try reporting(notes) { try CaseIndex.open(location, repository: repository) }
  }

  static func rebuild(
    _ location: RepositoryLocation, reason: CaseIndex.Staleness, notes: SearchNotes,
    repository: () throws -> CaseRepository
  ) throws -> CaseIndex.Opened {
    try reporting(notes) { try CaseIndex.rebuild(location, reason: reason, repository: repository) }
  }

  /// Opens or rebuilds the index with `body`, noting a rebuild in one line.
  private static func reporting(_ notes: SearchNotes, _ body: () throws -> CaseIndex.Opened) throws -> CaseIndex.Opened
  {
    let opened: CaseIndex.Opened
    do {
      opened = try body()
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure("cannot build the search index: \(error)")
    }
    if let rebuilt = opened.rebuilt { notes.rebuilt(rebuilt) }
    return opened
  }
}

extension SearchRequest.Order: ArgumentChoice {}
