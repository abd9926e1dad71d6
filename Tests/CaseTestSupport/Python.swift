import CaseIO

/// python3 run as a process, for tests that compare with Python (YAML, generated sources).
public enum Python {
  /// Runs python3 with `arguments`, `input` on its standard input, with `PYTHONPATH` set to
  /// `path` when given. A missing python3 gives status 127.
  public static func run(_ arguments: [String], input: String = "", path: String? = nil) -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let folder = TemporaryDirectory()
    let inputPath = folder.create("input", input)
    let outputPath = folder.path + "/output"
    let errorPath = folder.path + "/error"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = (["python3"] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var variables: [String] = ["PATH=/usr/local/bin:/usr/bin:/bin", "PYTHONIOENCODING=utf-8"]
    if let path { variables.append("PYTHONPATH=" + path) }
    let environment = variables.map { strdup($0) } + [nil]
    defer { for pointer in environment { free(pointer) } }
    var pid = pid_t()
    guard posix_spawnp(&pid, "python3", &actions, nil, argv, environment) == 0 else {
      return (127, "", "python3 not found")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    func text(_ path: String) -> String {
      (try? FileReader.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
    return (status & 0x7F == 0 ? (status >> 8) & 0xFF : 128, text(outputPath), text(errorPath))
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
