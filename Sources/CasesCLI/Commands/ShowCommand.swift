import CaseJSON
import CaseKit
import CaseText
import CommandLineKit

/// `cases show ID`: one case study for reading.
enum ShowCommand {
  static let command = Command(
    "show",
    abstract: "Show one case study for reading.",
    options: Options.self,
    run: run
  )

  struct Options: ParsableOptions {
    enum Format: String, ArgumentChoice { case text, json, md }

    @OptionGroup(declaredAbove: true) var global: GlobalOptions
    @Argument("id", "The case study's id (its file name without .json).") var id: String
    @Option("format", "How to show it.", default: Format.text) var format: Format
  }

  static func run(_ options: Options, _ context: CommandContext) throws -> ExitStatus {
    let repository = try RepositoryAccess.open(options.global, context)
    let study = try load(options.id, from: repository, context: context)
    switch options.format {
    case .json:
      context.stdout.write(JSONWriter().string(study.value))
    case .md:
      context.stdout.write(CaseMarkdown.render(CaseOutline(study, schema: repository.schema)))
    case .text:
      let renderer = CaseRenderer(style: options.global.outputStyle(context), width: min(context.width, 100))
      context.stdout.write(renderer.render(CaseOutline(study, schema: repository.schema)))
    }
    return .success
  }

  /// The case with `id`, or an error naming the nearest ids.
  static func load(_ id: String, from repository: CaseRepository, context: CommandContext) throws -> CaseStudy {
    do {
      return try repository.caseStudy(withID: id)
    } catch .unknown(let suggestions) {
      throw CommandFailure(
        "no case study has the id '\(id)'",
        hints: suggestions.isEmpty
          ? ["Help:  `cases list` shows every id"] : ["Did you mean: " + suggestions.joined(separator: ", ") + "?"],
        status: .failure)
    } catch .invalid(let path) {
      throw CommandFailure(
        "\(context.displayPath(path)) is not a valid case study",
        hints: ["Help:  run `cases validate \(context.displayPath(path))` to see why"])
    }
  }
}
