import CaseText

/// Renders help screens and usage lines in swift-argument-parser's layout: sections
/// `OVERVIEW`, `USAGE`, `ARGUMENTS`, `OPTIONS` and `SUBCOMMANDS`, labels indented 2, text at
/// column 26, wrapped to the screen width.
enum HelpFormatter {
  static let indent = 2
  static let labelColumn = 26

  /// The full help for the last command of `path`.
  static func help(for path: [Command], width: Int) -> String {
    // swift-format-ignore: NeverForceUnwrap
    // Paths always hold at least the root.
    let command = path.last!
    var text = ""
    var overview = command.abstract
    if !command.discussion.isEmpty {
      overview += (overview.isEmpty ? "" : "\n") + "\n" + command.discussion
    }
    if !overview.isEmpty { text += "OVERVIEW: \(overview)".wrapped(to: width) + "\n\n" }
    text += "USAGE: \(usage(for: path))\n\n"

    var sections: [String] = []
    let arguments = command.arguments.map { row(label: "<\($0.name)>", abstract: $0.abstract, width: width) }
    if !arguments.isEmpty { sections.append("ARGUMENTS:\n" + arguments.joined()) }
    var options = ArgumentParser.visibleOptions(for: path).filter { !$0.isHidden }.map {
      row(label: label(for: $0), abstract: describe($0), width: width)
    }
    if path.contains(where: { $0.version != nil }) {
      options.append(row(label: "--version", abstract: "Show the version.", width: width))
    }
    options.append(row(label: "-h, --help", abstract: "Show help information.", width: width))
    sections.append("OPTIONS:\n" + options.joined())
    let subcommands = command.subcommands.filter { !$0.isHidden }.map {
      row(label: ([$0.name] + $0.aliases).joined(separator: ", "), abstract: $0.abstract, width: width)
    }
    if !subcommands.isEmpty { sections.append("SUBCOMMANDS:\n" + subcommands.joined()) }
    text += sections.joined(separator: "\n")
    if !subcommands.isEmpty {
      let names = [path[0].name, "help"] + path.dropFirst().map(\.name)
      text += "\n  See '\(names.joined(separator: " ")) <subcommand>' for detailed help."
    }
    return text
  }

  /// The usage line: the command path, then its options and arguments.
  static func usage(for path: [Command]) -> String {
    // swift-format-ignore: NeverForceUnwrap
    // Paths always hold at least the root.
    let command = path.last!
    var parts = [path.map(\.name).joined(separator: " ")]
    let options = ArgumentParser.visibleOptions(for: path).filter { !$0.isHidden }
    let arguments = command.arguments.map(synopsis)
    if options.count > 12 {
      // Too many to list: keep the required ones, as swift-argument-parser does.
      let required = options.filter(\.isRequired)
      parts.append(required.isEmpty ? "<options>" : "[<options>]")
      parts += required.map(synopsis)
    } else {
      parts += options.map(synopsis)
    }
    parts += arguments
    if !command.subcommands.isEmpty { parts.append("<subcommand>") }
    return parts.joined(separator: " ")
  }

  /// The `Usage:` block of a usage error.
  static func usageBlock(for path: [Command]) -> String {
    "Usage: \(usage(for: path))\n  See '\(path.map(\.name).joined(separator: " ")) --help' for more information."
  }

  // MARK: - Pieces

  private static func synopsis(_ option: OptionSpec) -> String {
    var text = "--" + option.name
    if let valueName = option.valueName { text += " <\(valueName)>" }
    if option.isRepeating { text += " ..." }
    return option.isRequired ? text : "[\(text)]"
  }

  private static func synopsis(_ argument: ArgumentSpec) -> String {
    var text = "<\(argument.name)>"
    if argument.isRepeating { text += " ..." }
    return argument.isOptional ? "[\(text)]" : text
  }

  private static func label(for option: OptionSpec) -> String {
    var names = option.short.map { ["-\($0)"] } ?? []
    names.append("--" + option.name)
    var text = names.joined(separator: ", ")
    if let valueName = option.valueName { text += " <\(valueName)>" }
    return text
  }

  private static func describe(_ option: OptionSpec) -> String {
    let values = option.allowedValues.joined(separator: ", ")
    var note = ""
    switch (values.isEmpty, option.defaultValue) {
    case (false, let value?): note = "(values: \(values); default: \(value))"
    case (false, nil): note = "(values: \(values))"
    case (true, let value?): note = "(default: \(value))"
    case (true, nil): break
    }
    return [option.abstract, note].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// One labelled row: the abstract starts at the label column, or on the next line when the
  /// label is too long.
  private static func row(label: String, abstract: String, width: Int) -> String {
    let padded = String(repeating: " ", count: indent) + label
    guard !abstract.isEmpty else { return padded + "\n" }
    let wrapped = abstract.wrapped(to: width, indent: labelColumn)
    if padded.count < labelColumn {
      return padded + wrapped.dropFirst(padded.count) + "\n"
    }
    return padded + "\n" + wrapped + "\n"
  }
}
