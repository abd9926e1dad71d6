import CommandLineKit

/// The options every command accepts, declared on the root and inherited by each command.
struct GlobalOptions: ParsableOptions {
  enum ColorChoice: String, ArgumentChoice {
    case auto, always, never
  }

  @Option(
    "repo", valueName: "dir", "The case-study repository (default: the folder above that holds casestudies/).",
    inherited: true, completion: .directory)
  var repo: String?

  @Option("color", valueName: "when", "When to use colour.", default: ColorChoice.auto, inherited: true)
  var color: ColorChoice
}
