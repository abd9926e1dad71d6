import CaseText

/// Case ids: made from titles, and checked when someone types one.
///
/// An id is the file name of a case (`casestudies/<id>.json`), so it is never a path: only
/// lowercase ASCII letters, digits and single hyphens between them, at most 80 characters.
public enum CaseID {
  public static let maximumLength = 80

  /// A slug of `title`: accents folded (`Försäkringskassan` → `forsakringskassan`),
  /// apostrophes dropped (`Ofqual's` → `ofquals`), every other run of characters outside
  /// `[a-z0-9]` a single hyphen, cut at a word boundary to at most `maximumLength`
  /// characters. Empty when the title has no ASCII letters or digits.
  public static func slug(_ title: String, maximumLength: Int = CaseID.maximumLength) -> String {
    var words: [String] = []
    var word = ""
    for scalar in TextFolding.fold(title).unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": word.unicodeScalars.append(scalar)
      case "'", "’", "ʼ": continue
      default:
        if !word.isEmpty { words.append(word) }
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    var slug = ""
    for word in words {
      let next = slug.isEmpty ? word : slug + "-" + word
      if next.count > maximumLength {
        // A first word longer than the limit is cut; otherwise stop at the last whole word.
        if slug.isEmpty { slug = String(word.prefix(maximumLength)) }
        break
      }
      slug = next
    }
    return slug
  }

  /// `base`, or `base-2`, `base-3`, … : the first that `isTaken` does not claim, shortened so
  /// that the suffix fits within `maximumLength`.
  public static func unused(_ base: String, isTaken: (String) -> Bool) -> String {
    guard isTaken(base) else { return base }
    var number = 2
    while true {
      let suffix = "-\(number)"
      var stem = String(base.prefix(maximumLength - suffix.count))
      while stem.hasSuffix("-") { stem.removeLast() }
      let candidate = stem + suffix
      if !isTaken(candidate) { return candidate }
      number += 1
    }
  }

  /// Why `id`, typed by hand, cannot be used, or nil when it can.
  public static func problem(with id: String) -> String? {
    if id.isEmpty { return "the id is empty" }
    if id.contains("/") || id.contains("\\") || id.hasPrefix(".") {
      return "an id names a file in casestudies/, not a path: \(quoted(id)) has "
        + (id.contains("/") || id.contains("\\") ? "a slash" : "a leading dot")
    }
    if let bad = id.unicodeScalars.first(where: { !isAllowed($0) }) {
      let shown =
        bad.properties.isWhitespace || bad.value < 0x20
        ? "U+" + String(bad.value, radix: 16, uppercase: true) : String(bad)
      return "an id has only lowercase letters a–z, digits and hyphens; \(quoted(id)) has \(quoted(shown))"
    }
    if id.hasPrefix("-") || id.hasSuffix("-") || id.contains("--") {
      return "hyphens go between words of an id, one at a time; \(quoted(id)) has one at the "
        + (id.hasPrefix("-") ? "start" : id.hasSuffix("-") ? "end" : "middle, doubled")
    }
    if id.count > maximumLength {
      return "an id has at most \(maximumLength) characters; \(quoted(id)) has \(id.count)"
    }
    return nil
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "0"..."9", "-": true
    default: false
    }
  }
}
