/// A command's options and positional arguments, declared once as typed properties with
/// ``Option``, ``Flag``, ``Argument`` and ``OptionGroup``, as swift-argument-parser's
/// `@Option var count: Int?` declares them. The declarations give parsing, help and
/// completion scripts; after parsing, the properties hold the values, converted and checked.
/// A misspelt option is a compile error, not a lookup that quietly finds nothing.
///
/// ```swift
/// struct Repeat: ParsableOptions {
///   @Option("count", "How many times.", default: 2, in: 1...100) var count: Int
///   @Flag("include-counter", "Number each line.") var includeCounter: Bool
///   @Argument("phrase", "The phrase to repeat.") var phrase: String
/// }
/// ```
public protocol ParsableOptions: Sendable {
  /// A value with every declaration and nothing parsed yet.
  init()
}

extension ParsableOptions {
  /// The options the type declares, in the order of its properties.
  public static var optionSpecs: [OptionSpec] { declaredSpecs.options }

  /// The positional arguments the type declares, in order.
  public static var argumentSpecs: [ArgumentSpec] { declaredSpecs.arguments }

  /// Both, from one value made for the purpose.
  static var declaredSpecs: (arguments: [ArgumentSpec], options: [OptionSpec]) {
    let fields = Declarations.collect { Self() }.fields
    return (fields.flatMap { $0.argumentSpecs }, fields.flatMap { $0.optionSpecs })
  }

  /// The values of `parsed`, converted to the properties' types.
  ///
  /// - Throws: ``UsageError`` naming the option whose value cannot be converted.
  public static func parse(_ parsed: ParsedArguments) throws(UsageError) -> Self {
    let (options, fields) = Declarations.collect { Self() }
    for field in fields { try field.bind(parsed) }
    return options
  }
}

/// The declarations of the options value being made, in the order its properties are
/// initialised: each wrapper's initialiser records itself here. So neither parsing nor help
/// needs reflection, which made building the command tree (and so every start-up) ten times
/// costlier.
enum Declarations {
  final class Collector: @unchecked Sendable {
    // @unchecked: filled only by the thread that made it, inside `collect`, and read after.
    var fields: [any DeclaredField] = []
  }

  @TaskLocal static var collector: Collector?

  /// What `make` makes, and the declarations made meanwhile (those of nested groups are the
  /// groups').
  static func collect<Value>(_ make: () -> Value) -> (value: Value, fields: [any DeclaredField]) {
    let collector = Collector()
    let value = $collector.withValue(collector) { make() }
    return (value, collector.fields)
  }

  /// Called by each wrapper's initialiser.
  static func record(_ field: some DeclaredField) {
    collector?.fields.append(field)
  }
}

/// A value an option or argument can take: read from the command line's text.
public protocol ArgumentValue: Sendable {
  /// The value `text` stands for, or nil when it stands for none.
  init?(argument text: String)
  /// The only values accepted (for choices), or empty for any.
  static var allowedArguments: [String] { get }
  /// The value as the command line writes it (for defaults shown in help).
  var argumentText: String { get }
}

extension ArgumentValue {
  public static var allowedArguments: [String] { [] }
}

extension String: ArgumentValue {
  public init?(argument text: String) { self = text }
  public var argumentText: String { self }
}

extension Int: ArgumentValue {
  public init?(argument text: String) { self.init(text) }
  public var argumentText: String { String(self) }
}

/// A choice among fixed words, such as an output format: an enum of strings.
public protocol ArgumentChoice: ArgumentValue, RawRepresentable, CaseIterable where RawValue == String {}

extension ArgumentChoice {
  public init?(argument text: String) { self.init(rawValue: text) }
  public static var allowedArguments: [String] { allCases.map { $0.rawValue } }
  public var argumentText: String { rawValue }
}

/// A declaration that parsing fills in.
protocol DeclaredField: Sendable {
  var optionSpecs: [OptionSpec] { get }
  var argumentSpecs: [ArgumentSpec] { get }
  func bind(_ parsed: ParsedArguments) throws(UsageError)
}

/// What an ``Option`` or ``Flag``'s projected value (`$name`) tells about it.
public struct Declared: Sendable {
  public let spec: OptionSpec
  /// Whether the command line gave the option (a default does not count).
  public let isGiven: Bool

  /// The long name without dashes (`topic`).
  public var name: String { spec.name }
}

/// Where a wrapper keeps its value: a reference, so that parsing can fill in a copy.
final class Storage<Value: Sendable>: @unchecked Sendable {
  // @unchecked: written once, while parsing, before the options are handed to the command.
  var value: Value
  var isGiven = false

  init(_ value: Value) {
    self.value = value
  }
}

/// An option that takes a value: `--limit 5`, `--format json`, or, for an array, every
/// `--topic` given.
@propertyWrapper
public struct Option<Value: Sendable>: Sendable, DeclaredField {
  let spec: OptionSpec
  let storage: Storage<Value>
  /// The value for every text given (none when the option is absent).
  let convert: @Sendable ([String]) throws(UsageError) -> Value

  init(spec: OptionSpec, storage: Storage<Value>, convert: @escaping @Sendable ([String]) throws(UsageError) -> Value) {
    self.spec = spec
    self.storage = storage
    self.convert = convert
    Declarations.record(self)
  }

  public var wrappedValue: Value { storage.value }

  /// The declaration (`$topics.name` is `topic`), and whether the option was given.
  public var projectedValue: Declared { Declared(spec: spec, isGiven: storage.isGiven) }

  var optionSpecs: [OptionSpec] { [spec] }
  var argumentSpecs: [ArgumentSpec] { [] }

  func bind(_ parsed: ParsedArguments) throws(UsageError) {
    let texts = parsed.optionValues[spec.name] ?? []
    storage.value = try convert(texts)
    storage.isGiven = !texts.isEmpty
  }

  /// The error for a value that converts to nothing.
  static func invalid(_ text: String, _ spec: OptionSpec, expected: String? = nil) -> UsageError {
    UsageError(
      "The value '\(text)' is invalid for '--\(spec.name) <\(spec.valueName ?? spec.name)>'"
        + (expected.map { ": " + $0 } ?? ""))
  }
}

extension Option where Value: ArgumentValue {
  /// An option with a default, used when it is not given (and shown in help).
  public init(
    _ name: String, short: Character? = nil, valueName: String? = nil, _ abstract: String, default initial: Value,
    inherited: Bool = false, hidden: Bool = false, completion: Completion? = nil
  ) {
    let spec = OptionSpec.value(
      name, short: short, valueName: valueName, abstract, allowed: Value.allowedArguments,
      default: initial.argumentText,
      inherited: inherited, hidden: hidden, completion: completion)
    self.init(spec: spec, storage: Storage(initial)) { (texts) throws(UsageError) in
      guard let text = texts.last else { return initial }
      guard let value = Value(argument: text) else { throw Option.invalid(text, spec) }
      return value
    }
  }
}

extension Option where Value == Int {
  /// A whole number within `range`, with a default.
  public init(
    _ name: String, short: Character? = nil, valueName: String? = nil, _ abstract: String, default initial: Int,
    in range: ClosedRange<Int>
  ) {
    let spec = OptionSpec.value(name, short: short, valueName: valueName, abstract, default: String(initial))
    self.init(spec: spec, storage: Storage(initial)) { (texts) throws(UsageError) in
      guard let text = texts.last else { return initial }
      return try Option.wholeNumber(text, spec, in: range)
    }
  }

  static func wholeNumber(_ text: String, _ spec: OptionSpec, in range: ClosedRange<Int>) throws(UsageError) -> Int {
    guard let number = Int(text), range.contains(number) else {
      let bounded = range.lowerBound != Int.min || range.upperBound != Int.max
      throw Option.invalid(
        text, spec,
        expected: bounded
          ? "expected a whole number from \(range.lowerBound) to \(range.upperBound)" : "expected a whole number")
    }
    return number
  }
}

extension Option {
  /// An option that may be absent (nil), or that must be given (`required`).
  public init<Wrapped: ArgumentValue>(
    _ name: String, short: Character? = nil, valueName: String? = nil, _ abstract: String, required: Bool = false,
    inherited: Bool = false, hidden: Bool = false, completion: Completion? = nil
  ) where Value == Wrapped? {
    let spec = OptionSpec.value(
      name, short: short, valueName: valueName, abstract, allowed: Wrapped.allowedArguments, required: required,
      inherited: inherited, hidden: hidden, completion: completion)
    self.init(spec: spec, storage: Storage(nil)) { (texts) throws(UsageError) in
      guard let text = texts.last else { return nil }
      guard let value = Wrapped(argument: text) else { throw Option.invalid(text, spec) }
      return value
    }
  }

  /// A whole number within `range` that may be absent.
  public init(
    _ name: String, short: Character? = nil, valueName: String? = nil, _ abstract: String, in range: ClosedRange<Int>
  ) where Value == Int? {
    let spec = OptionSpec.value(name, short: short, valueName: valueName, abstract)
    self.init(spec: spec, storage: Storage(nil)) { (texts) throws(UsageError) in
      guard let text = texts.last else { return nil }
      return try Option<Int>.wholeNumber(text, spec, in: range)
    }
  }

  /// An option given any number of times, collecting every value in order.
  public init<Element: ArgumentValue>(
    _ name: String, short: Character? = nil, valueName: String? = nil, _ abstract: String, inherited: Bool = false,
    completion: Completion? = nil
  ) where Value == [Element] {
    let spec = OptionSpec.value(
      name, short: short, valueName: valueName, abstract, allowed: Element.allowedArguments, repeating: true,
      inherited: inherited, completion: completion)
    self.init(spec: spec, storage: Storage([])) { (texts) throws(UsageError) in
      var values: [Element] = []
      for text in texts {
        guard let value = Element(argument: text) else { throw Option<Element>.invalid(text, spec) }
        values.append(value)
      }
      return values
    }
  }
}

/// A flag: true when given.
@propertyWrapper
public struct Flag: Sendable, DeclaredField {
  let spec: OptionSpec
  let storage = Storage(false)

  public var wrappedValue: Bool { storage.value }

  /// The declaration, and whether the flag was given.
  public var projectedValue: Declared { Declared(spec: spec, isGiven: storage.value) }

  public init(_ name: String, short: Character? = nil, _ abstract: String, hidden: Bool = false) {
    spec = .flag(name, short: short, abstract, hidden: hidden)
    Declarations.record(self)
  }

  var optionSpecs: [OptionSpec] { [spec] }
  var argumentSpecs: [ArgumentSpec] { [] }

  func bind(_ parsed: ParsedArguments) throws(UsageError) {
    storage.value = parsed.flags.contains(spec.name)
  }
}

/// A positional argument: one value (`<id>`), an optional one, or all that are given.
@propertyWrapper
public struct Argument<Value: Sendable>: Sendable, DeclaredField {
  let spec: ArgumentSpec
  let storage: Storage<Value>
  let convert: @Sendable ([String]) -> Value

  init(spec: ArgumentSpec, storage: Storage<Value>, convert: @escaping @Sendable ([String]) -> Value) {
    self.spec = spec
    self.storage = storage
    self.convert = convert
    Declarations.record(self)
  }

  public var wrappedValue: Value { storage.value }

  var optionSpecs: [OptionSpec] { [] }
  var argumentSpecs: [ArgumentSpec] { [spec] }

  func bind(_ parsed: ParsedArguments) throws(UsageError) {
    storage.value = convert(parsed.positionals[spec.name] ?? [])
  }
}

extension Argument where Value == String {
  /// A value that must be given.
  public init(_ name: String, _ abstract: String, completion: Completion = .none) {
    self.init(spec: ArgumentSpec(name, abstract, completion: completion), storage: Storage("")) { $0.first ?? "" }
  }
}

extension Argument where Value == String? {
  /// A value that may be left out.
  public init(_ name: String, _ abstract: String, completion: Completion = .none) {
    self.init(spec: ArgumentSpec(name, abstract, optional: true, completion: completion), storage: Storage(nil)) {
      $0.first
    }
  }
}

extension Argument where Value == [String] {
  /// Any number of values, none included.
  public init(_ name: String, _ abstract: String, completion: Completion = .none) {
    self.init(
      spec: ArgumentSpec(name, abstract, optional: true, repeating: true, completion: completion), storage: Storage([])
    ) { $0 }
  }
}

/// Options declared together and shared by several commands (filters), or declared by a
/// command higher up (`--repo` on the root, with `declaredAbove`: then the group's properties
/// are filled in, but it adds no declarations here).
@propertyWrapper
public struct OptionGroup<Group: ParsableOptions>: Sendable, DeclaredField {
  /// The group; its properties keep their values in storage that `fields` fill in.
  let group: Group
  /// The group's own declarations.
  let fields: [any DeclaredField]
  let declaredAbove: Bool

  public var wrappedValue: Group { group }

  public init(declaredAbove: Bool = false) {
    (group, fields) = Declarations.collect { Group() }
    self.declaredAbove = declaredAbove
    Declarations.record(self)
  }

  var optionSpecs: [OptionSpec] { declaredAbove ? [] : fields.flatMap { $0.optionSpecs } }
  var argumentSpecs: [ArgumentSpec] { declaredAbove ? [] : fields.flatMap { $0.argumentSpecs } }

  func bind(_ parsed: ParsedArguments) throws(UsageError) {
    for field in fields { try field.bind(parsed) }
  }
}

extension Command {
  /// A command whose options and arguments are `Options`'s declarations, and whose action
  /// receives them parsed.
  public init<Options: ParsableOptions>(
    _ name: String, abstract: String, discussion: String = "", options: Options.Type, aliases: [String] = [],
    isHidden: Bool = false, takesDashedWords: Bool = false,
    run: @escaping @Sendable (Options, CommandContext) throws -> ExitStatus
  ) {
    self.init(
      name, abstract: abstract, discussion: discussion, version: nil, aliases: aliases,
      declarations: Specs { Options.declaredSpecs },
      subcommands: [], isHidden: isHidden, takesDashedWords: takesDashedWords,
      action: { parsed, context in try run(Options.parse(parsed), context) })
  }
}
