import CaseKit
import CaseText
import CommandLineKit

/// The one-line notes `cases search` writes on standard error: index rebuilds, unknown words,
/// fallbacks, and how many cases matched.
struct SearchNotes {
  let context: CommandContext
  let style: TextStyle

  private func note(_ text: String) { context.stderr.line(style.note("note:") + " " + text) }

  /// Why the index was rebuilt, and what went in.
  func rebuilt(_ rebuilt: CaseIndex.Rebuilt) {
    var line = SearchNotes.reason(rebuilt.reason) + "; "
    line += (rebuilt.reason == .missing ? "built it" : "rebuilt it")
    line += " (" + Plural.count(rebuilt.report.indexed, "case study", "case studies") + ")"
    note(line)
    if let error = rebuilt.saveError {
      context.stderr.line(
        style.warning("warning:") + " could not save the search index (\(error)); searching without saving it")
    }
  }

  /// The state of an index, as a clause: "2 case files changed since the search index was built".
  static func reason(_ staleness: CaseIndex.Staleness) -> String {
    switch staleness {
    case .fresh: return "the search index is up to date"
    case .missing: return "there is no search index yet"
    case .unusable(let error): return error.description
    case .layoutChanged: return "the search index was built by another version of cases"
    case .folderChanged: return "case files were added, removed or renamed since the search index was built"
    case .changed(let added, let changed, let removed):
      let counts = [(added, "added"), (changed, "changed"), (removed, "removed")].filter { $0.0 > 0 }
      if added + changed + removed == 1, let only = counts.first {
        return "a case file was \(only.1) since the search index was built"
      }
      // "3 case files were added and 1 removed since …"
      let total = added + changed + removed
      let parts = counts.enumerated().map { position, count in
        position == 0
          ? "\(Plural.count(count.0, "case file", "case files")) \(count.0 == 1 ? "was" : "were") \(count.1)"
          : "\(count.0) \(count.1)"
      }
      let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "") : parts[0]
      return total > 0
        ? list + " since the search index was built" : "the case files changed since the search index was built"
    }
  }

  /// Files left out of the index because they are not valid (or cannot be case files).
  func leftOut(_ count: Int) {
    guard count > 0 else { return }
    note("\(Plural.count(count, "case file is", "case files are")) not valid and left out; `cases validate` shows why")
  }

  /// Words the index lacks (with suggestions), prefixes cut short, and the fallbacks the
  /// search took.
  func describe(_ result: RepositorySearch.Response, request: RepositorySearch.Request) {
    for phrase in result.phrasesAsWords {
      note(
        "no case study has the phrase \"\(TerminalText.escaped(phrase, singleLine: true))\"; showing cases with its words"
      )
    }
    for (typed, correction) in result.corrections {
      note("showing results for '\(correction)'; `--exact` to search for '\(typed)'")
    }
    for (word, synonyms) in result.expansions where request.explain {
      note(
        "'\(word)' also found " + synonyms.map { "'\($0)'" }.joined(separator: ", ") + " (synonyms; `--exact` for none)"
      )
    }
    for (word, suggestion) in result.unknownWords {
      note("no case study has the word '\(word)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
    for prefix in result.incompletePrefixes {
      note(
        "more than 10,000 words start with '\(prefix)'; only the first 10,000 were searched (a longer prefix finds all)"
      )
    }
    if result.mode == .anyWord {
      note("no case study has every word; showing those with most of them first")
    } else if result.everyWord > 0 && result.everyWord < result.total {
      note(
        Plural.count(result.everyWord, "case study has", "case studies have")
          + " every word and come\(result.everyWord == 1 ? "s" : "") first; then those with most of them")
    }
    if result.wordsWereUnsearchable {
      let order = request.order == .title ? "by title" : "newest first"
      note(
        "the query has no words to search for (they are too common, or not words); showing "
          + (request.filter.isEmpty ? "every case" : "the cases the filters allow") + ", " + order)
    }
  }

  /// How many matched, and which of them are shown.
  func summary(_ result: RepositorySearch.Response, request: RepositorySearch.Request) {
    guard result.total > 0 else {
      context.stderr.line("no case study matches")
      return
    }
    let matching = Plural.count(result.total, "case study matches", "case studies match")
    guard !result.hits.isEmpty || request.limit == 0 else {
      context.stderr.line("\(matching); --offset \(request.offset) is past the last of them")
      return
    }
    let first = request.offset + 1
    let last = request.offset + result.hits.count
    if request.limit == 0 || (first == 1 && last == result.total) {
      context.stderr.line(matching)
    } else {
      var line = "\(matching); showing \(first)–\(last)"
      if last < result.total { line += " (--offset \(last) for more)" }
      context.stderr.line(line)
    }
  }
}
