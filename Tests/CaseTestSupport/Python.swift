import CaseIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// python3 run as a process, for tests that compare with Python (YAML, generated sources).
public enum Python {
  /// Runs python3 with `arguments`, `input` on its standard input, with `PYTHONPATH` set to
  /// `path` when given. A missing python3 gives status 127.
  public static func run(_ arguments: [String], input: String = "", path: String? = nil) -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let folder = TemporaryDirectory()
    let inputPath = folder.create("input", input)
    var environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"]
    if let path { environment["PYTHONPATH"] = path }
    guard
      let outcome = try? ChildProcess.run(
        "python3", arguments: arguments, environment: environment, stdin: .file(inputPath),
        stdout: .file(folder.path + "/output"), stderr: .file(folder.path + "/error"), searchPath: true)
    else { return (127, "", "python3 not found") }
    return (outcome.status, folder.read("output") ?? "", folder.read("error") ?? "")
  }
}

/// The generated sources (`Sources/*/Generated/*.swift`) against their generators in
/// `.tools/`: a drift test runs the generator and compares its output with the file.
public enum GeneratedSource {
  /// Why `file` (relative to the package) differs from what `.tools/<script> arguments`
  /// prints, or nil when they agree.
  public static func drift(_ file: String, script: String, arguments: [String] = [], path: String? = nil) -> String? {
    let result = Python.run([SharedData.packageRoot + "/.tools/" + script] + arguments, path: path)
    guard result.status == 0 else { return "\(script) failed (status \(result.status)): \(result.stderr)" }
    let committed = (try? FileReader.read(SharedData.packageRoot + "/" + file)).map {
      String(decoding: $0, as: UTF8.self)
    }
    guard committed == result.stdout else {
      return "\(file) differs from what .tools/\(script) prints: run .tools/regenerate and commit the result"
    }
    return nil
  }

  /// Where `.tools/regenerate` installs the Python packages the IDNA generator needs.
  public static let pythonTools = SharedData.packageRoot + "/.build/python-tools"

  /// Whether python3 can import `modules` (with ``pythonTools`` on its path).
  public static func hasModules(_ modules: [String]) -> Bool {
    Python.run(["-c", "import " + modules.joined(separator: ", ")], path: pythonTools).status == 0
  }
}
