import CaseIO

/// A command in a command-line tool: its documentation, its arguments and options, its
/// subcommands, and what it does.
///
/// The whole tool is one tree of these values; parsing, help, usage errors and completion
/// scripts are all derived from it.
public struct Command: Sendable {
  /// What a command does with its parsed arguments.
  public typealias Action = @Sendable (ParsedArguments, CommandContext) throws -> ExitStatus

  public var name: String
  /// One line: what the command is for.
  public var abstract: String
  /// Paragraphs shown after the abstract in `--help`.
  public var discussion: String
  /// The version, printed by `--version` (usually set on the root only).
  public var version: String?
  public var aliases: [String]
  /// The positional arguments and the options, worked out from their declarations the first
  /// time they are needed: a run needs only those of the commands on its path.
  let declarations: Specs
  public var arguments: [ArgumentSpec] { declarations.value.arguments }
  public var options: [OptionSpec] { declarations.value.options }
  public var subcommands: [Command]
  /// Hidden commands work but are left out of help and completions.
  public var isHidden: Bool
  /// What the command does; a command without one prints its help.
  public var action: Action?
  /// Whether a word such as `-trial` that is none of the command's short options is taken as
  /// an argument (a search query's exclusion) rather than rejected as an unknown option.
  public var takesDashedWords: Bool

  public init(
    _ name: String, abstract: String, discussion: String = "", version: String? = nil, aliases: [String] = [],
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], subcommands: [Command] = [], isHidden: Bool = false,
    takesDashedWords: Bool = false, action: Action? = nil
  ) {
    self.init(
      name, abstract: abstract, discussion: discussion, version: version, aliases: aliases,
      declarations: Specs { (arguments, options) }, subcommands: subcommands, isHidden: isHidden,
      takesDashedWords: takesDashedWords, action: action)
  }

  init(
    _ name: String, abstract: String, discussion: String, version: String?, aliases: [String],
    declarations: Specs, subcommands: [Command], isHidden: Bool, takesDashedWords: Bool, action: Action?
  ) {
    self.takesDashedWords = takesDashedWords
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.version = version
    self.aliases = aliases
    self.declarations = declarations
    self.subcommands = subcommands
    self.isHidden = isHidden
    self.action = action
  }

  /// The subcommand called `name` (or with `name` as an alias).
  public func subcommand(named name: String) -> Command? {
    subcommands.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// A command's arguments and options, made once, when first asked for.
  final class Specs: @unchecked Sendable {
    // @unchecked: `made` is read and written only under `lock`.
    private let lock = Lock()
    private let make: @Sendable () -> (arguments: [ArgumentSpec], options: [OptionSpec])
    private var made: (arguments: [ArgumentSpec], options: [OptionSpec])?

    init(_ make: @escaping @Sendable () -> (arguments: [ArgumentSpec], options: [OptionSpec])) {
      self.make = make
    }

    var value: (arguments: [ArgumentSpec], options: [OptionSpec]) {
      lock.withLock {
        if let made { return made }
        let value = make()
        made = value
        return value
      }
    }
  }
}

/// A named option or flag, such as `--topic <topic>` or `--check`.
public struct OptionSpec: Sendable {
  /// The long name without dashes (`topic`).
  public var name: String
  /// The one-letter name without the dash, if any.
  public var short: Character?
  /// The placeholder for the value (`topic` shows as `<topic>`); nil for a flag.
  public var valueName: String?
  public var abstract: String
  /// The values accepted, when the option takes one of a fixed set.
  public var allowedValues: [String]
  /// The value used when the option is absent, shown in help.
  public var defaultValue: String?
  /// Whether the option may be given several times, collecting every value.
  public var isRepeating: Bool
  /// Whether the option must be given.
  public var isRequired: Bool
  /// Whether the option is also accepted by every subcommand (and listed in their help).
  public var isInherited: Bool
  public var isHidden: Bool
  /// What a shell should offer when completing the value.
  public var completion: Completion

  /// A flag: present or not.
  public static func flag(
    _ name: String, short: Character? = nil, _ abstract: String, inherited: Bool = false, hidden: Bool = false
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, valueName: nil, abstract: abstract, allowedValues: [], defaultValue: nil,
      isRepeating: false, isRequired: false, isInherited: inherited, isHidden: hidden, completion: .none)
  }

  /// An option that takes a value.
  public static func value(
    _ name: String, short: Character? = nil, valueName: String? = nil, _ abstract: String,
    allowed: [String] = [], default defaultValue: String? = nil, repeating: Bool = false, required: Bool = false,
    inherited: Bool = false, hidden: Bool = false, completion: Completion? = nil
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, valueName: valueName ?? name, abstract: abstract, allowedValues: allowed,
      defaultValue: defaultValue, isRepeating: repeating, isRequired: required, isInherited: inherited,
      isHidden: hidden, completion: completion ?? (allowed.isEmpty ? .none : .values(allowed)))
  }

  /// `--name`.
  public var longForm: String { "--" + name }
  /// True for options that take no value.
  public var isFlag: Bool { valueName == nil }
}

/// A positional argument, such as `<id>` or `[<path> ...]`.
public struct ArgumentSpec: Sendable {
  public var name: String
  public var abstract: String
  public var isOptional: Bool
  public var isRepeating: Bool
  public var completion: Completion

  public init(
    _ name: String, _ abstract: String, optional: Bool = false, repeating: Bool = false,
    completion: Completion = .none
  ) {
    self.name = name
    self.abstract = abstract
    self.isOptional = optional
    self.isRepeating = repeating
    self.completion = completion
  }
}

/// What a shell completion script offers for a value.
public enum Completion: Sendable, Equatable {
  case none
  /// Files, optionally only with these extensions (without dots).
  case file(extensions: [String])
  case directory
  case values([String])
}
