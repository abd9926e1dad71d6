import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// `cases stats`: how many case studies have each topic, country, level, method, system kind,
/// impact direction and first year.
enum StatsCommand {
  static let command = Command(
    "stats",
    abstract: "Count the case studies per topic, country, level, method, system kind and year.",
    discussion: """
      Counts the whole repository, or the cases the filters let through (the filters of `cases list`). \
      A case with several values of a facet counts once for each; a case counts in the year it starts \
      only, so the years add up to the number of dated cases. Values are sorted by count, then by \
      label; years in order.

      --format text draws bar charts fitted to the width; json gives each facet's counts with the \
      vocabulary's labels; csv gives the rows facet,value,label,count. text and json also count the \
      sources cited and those marked as copies of an original published elsewhere (copy_of).
      """,
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    enum Format: String, ArgumentChoice { case text, json, csv }

    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @OptionGroup var filters: FilterOptions
    @Option("facet", "Only this facet (repeat for several; default: all).") var facets: [FacetCounts.Facet]
    @Option("format", "How to print the counts.", default: Format.text) var format: Format
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let (repository, filter, cases) = try CaseLoading.matching(options.global, options.filters, context)
    let chosen = Set(options.facets)
    let facets = FacetCounts.Facet.allCases.filter { chosen.isEmpty || chosen.contains($0) }
    let charts = facets.map { FacetCounts($0, of: cases, schema: repository.schema) }
    let sources = SourceCounts(of: cases)
    switch options.format {
    case .json:
      let document: JSONValue = [
        "cases": .integer(cases.count),
        "sources": ["all": .integer(sources.sources), "copies": .integer(sources.copies)],
        "facets": .array(
          charts.map { chart in
            [
              "facet": .string(chart.facet.rawValue), "title": .string(chart.facet.title),
              "cases": .integer(chart.cases),
              "counts": .array(
                chart.counts.map {
                  ["value": .string($0.value), "label": .string($0.label), "count": .integer($0.count)]
                }),
            ]
          }),
      ]
      context.stdout.write(JSONWriter().string(document))
    case .csv:
      context.stdout.write(
        CSV.render(
          headers: ["facet", "value", "label", "count"],
          rows: charts.flatMap { chart in
            chart.counts.map { [chart.facet.rawValue, $0.value, $0.label, String($0.count)] }
          }))
    case .text:
      let style = options.global.outputStyle(context)
      let noun = cases.count == 1 ? "case study" : "case studies"
      context.stdout.line(
        style.bold("\(cases.count) \(noun)\(filter.isEmpty ? "" : cases.count == 1 ? " matches" : " match")"))
      if !cases.isEmpty {
        var line = "\(sources.sources) source\(sources.sources == 1 ? "" : "s") (\(sources.copies) marked as "
        line += sources.copies == 1 ? "a copy" : "copies"
        line +=
          sources.copies == 0
          ? ")" : ", in \(sources.casesWithCopies) case \(sources.casesWithCopies == 1 ? "study" : "studies"))"
        context.stdout.line(line.wrapped(to: context.width))
      }
      if !cases.isEmpty {
        context.stdout.line()
        context.stdout.write(BarChart(style: style, width: context.width).render(charts, of: cases.count))
      }
    }
    return cases.isEmpty ? .failure : .success
  }
}

extension FacetCounts.Facet: ArgumentChoice {}
