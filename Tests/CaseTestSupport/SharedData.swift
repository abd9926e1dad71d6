import CaseIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shared reference data beside the checkout (`../shared`): the JSON-Schema-Test-Suite,
/// the metaschemas, the stemmer list, the retrieval test collection. Tests that need it skip
/// with a message when it is absent.
public enum SharedData {
  /// `$CASES_SHARED`, or `shared` next to the package's folder, if it exists.
  public static let folder: String? = {
    if let given = getenv("CASES_SHARED").map({ String(cString: $0) }), FileTree.kind(of: given) == .directory {
      return given
    }
    // This file is Tests/CaseTestSupport/SharedData.swift inside the package.
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    let candidate = parts.joined(separator: "/") + "/../shared"
    return FileTree.kind(of: candidate) == .directory ? candidate : nil
  }()

  /// The full path of `relative` inside the shared folder, if it exists.
  public static func path(_ relative: String) -> String? {
    guard let folder, FileTree.kind(of: folder + "/" + relative) != .missing else { return nil }
    return folder + "/" + relative
  }

  /// The message tests print when the shared data is missing.
  public static func missingMessage(_ relative: String) -> String {
    "skipped: \(relative) not found (expected ../shared beside the checkout, or CASES_SHARED)"
  }

  /// The package's root folder.
  public static let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()
}
