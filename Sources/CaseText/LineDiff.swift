/// The difference between two texts, line by line, as `diff -u` prints it: the shortest edit
/// script (Myers' O(ND) algorithm), grouped into hunks with three lines of context.
public enum LineDiff {
  /// One hunk: where it starts in each text (1-based) and its lines, each prefixed with
  /// " ", "-" or "+".
  public struct Hunk: Sendable, Equatable {
    public var oldStart: Int
    public var oldCount: Int
    public var newStart: Int
    public var newCount: Int
    public var lines: [String]

    /// `@@ -1,4 +1,5 @@`, then the lines.
    public var text: String {
      "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + lines.map { $0 + "\n" }.joined()
    }
  }

  /// The hunks turning `old` into `new`; empty when the texts are the same.
  public static func hunks(from old: String, to new: String, context: Int = 3) -> [Hunk] {
    func lines(_ text: String) -> [String] {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.last == "" { lines.removeLast() }  // the end of the last line, not a line
      return lines
    }
    let a = lines(old)
    let b = lines(new)
    let edits = script(a, b)
    // Group the edits whose unchanged stretches between them are short.
    var hunks: [Hunk] = []
    var index = 0
    while index < edits.count {
      guard edits[index].kind != .same else {
        index += 1
        continue
      }
      var end = index
      var lastChange = index
      while end < edits.count {
        if edits[end].kind != .same {
          lastChange = end
        } else if end - lastChange > 2 * context {
          break
        }
        end += 1
      }
      let first = max(0, index - context)
      let last = min(edits.count, lastChange + context + 1)
      let slice = edits[first..<last]
      let lines = slice.map { edit -> String in
        switch edit.kind {
        case .same: return " " + a[edit.oldIndex]
        case .removed: return "-" + a[edit.oldIndex]
        case .added: return "+" + b[edit.newIndex]
        }
      }
      let oldCount = slice.count { $0.kind != .added }
      let newCount = slice.count { $0.kind != .removed }
      let start = edits[first]
      hunks.append(
        Hunk(
          oldStart: oldCount == 0 ? start.oldIndex : start.oldIndex + 1, oldCount: oldCount,
          newStart: newCount == 0 ? start.newIndex : start.newIndex + 1, newCount: newCount, lines: lines))
      index = last
    }
    return hunks
  }

  /// The whole diff, `--- old` and `+++ new` headers and hunks; empty when there is none.
  public static func unified(from old: String, to new: String, oldName: String, newName: String) -> String {
    let hunks = hunks(from: old, to: new)
    guard !hunks.isEmpty else { return "" }
    return "--- \(oldName)\n+++ \(newName)\n" + hunks.map(\.text).joined()
  }

  private struct Edit {
    enum Kind { case same, removed, added }
    var kind: Kind
    /// The line's index in the old text (for `added`: where it goes in).
    var oldIndex: Int
    /// The line's index in the new text (for `removed`: where it would be).
    var newIndex: Int
  }

  /// The most edits the search for a shortest script tries before settling for a longer one
  /// (its memory grows with the square of the edits).
  static let searchLimit = 1_000

  /// The shortest edit script from `a` to `b`, in order (beyond ``searchLimit`` edits: the
  /// common start and end kept, everything between them removed and added).
  private static func script(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    let offset = n + m
    var frontier = [Int](repeating: 0, count: 2 * offset + 2)
    // The frontier at each depth d, diagonals -d...d.
    var trace: [[Int]] = []
    var found = false
    search: for depth in 0...min(offset, searchLimit) {
      trace.append(Array(frontier[(offset - depth)...(offset + depth)]))
      for diagonal in stride(from: -depth, through: depth, by: 2) {
        var x: Int
        if diagonal == -depth
          || (diagonal != depth && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
        {
          x = frontier[offset + diagonal + 1]
        } else {
          x = frontier[offset + diagonal - 1] + 1
        }
        var y = x - diagonal
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        frontier[offset + diagonal] = x
        if x >= n && y >= m {
          found = true
          break search
        }
      }
    }
    guard found else { return replacement(a, b) }
    // Walk back through the saved frontiers.
    var edits: [Edit] = []
    var x = n
    var y = m
    for depth in stride(from: trace.count - 1, through: 0, by: -1) {
      let previous = trace[depth]
      func at(_ diagonal: Int) -> Int { previous[diagonal + depth] }
      let diagonal = x - y
      let previousDiagonal: Int
      if diagonal == -depth || (diagonal != depth && at(diagonal - 1) < at(diagonal + 1)) {
        previousDiagonal = diagonal + 1
      } else {
        previousDiagonal = diagonal - 1
      }
      let previousX = depth == 0 ? 0 : at(previousDiagonal)
      let previousY = previousX - previousDiagonal
      while x > previousX && y > previousY {
        x -= 1
        y -= 1
        edits.append(Edit(kind: .same, oldIndex: x, newIndex: y))
      }
      if depth > 0 {
        if x == previousX {
          y -= 1
          edits.append(Edit(kind: .added, oldIndex: x, newIndex: y))
        } else {
          x -= 1
          edits.append(Edit(kind: .removed, oldIndex: x, newIndex: y))
        }
      }
    }
    return edits.reversed()
  }

  /// A script keeping the common first and last lines and replacing the rest.
  private static func replacement(_ a: [String], _ b: [String]) -> [Edit] {
    var prefix = 0
    while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
      suffix += 1
    }
    var edits = (0..<prefix).map { Edit(kind: .same, oldIndex: $0, newIndex: $0) }
    edits += (prefix..<(a.count - suffix)).map { Edit(kind: .removed, oldIndex: $0, newIndex: prefix) }
    edits += (prefix..<(b.count - suffix)).map { Edit(kind: .added, oldIndex: a.count - suffix, newIndex: $0) }
    edits += (0..<suffix).map { Edit(kind: .same, oldIndex: a.count - suffix + $0, newIndex: b.count - suffix + $0) }
    return edits
  }
}
