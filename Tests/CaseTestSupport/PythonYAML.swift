import CaseIO

/// A strict YAML reader for tests: Python's `yaml.safe_load` (PyYAML, YAML 1.1), run as a
/// process, its result handed back as JSON. Tests skip where python3 or its yaml module is
/// absent.
public enum PythonYAML {
  /// Whether `python3 -c 'import yaml'` works here.
  public static let isAvailable: Bool = (try? run(["-c", "import yaml"], input: "").status) == 0

  /// The JSON text of what `yaml.safe_load` reads in `yaml` (dates as ISO strings, so that a
  /// value the writer failed to quote shows as a string only if it really is one).
  ///
  /// - Throws: ``Failure`` with Python's message when the YAML does not load.
  public static func load(_ yaml: String) throws -> String {
    let script = """
      import datetime, json, sys, yaml
      def plain(value):
          if isinstance(value, (datetime.date, datetime.datetime)): return {"!date": value.isoformat()}
          if isinstance(value, dict): return {str(k) if not isinstance(k, str) else k: plain(v) for k, v in value.items()}
          if isinstance(value, list): return [plain(v) for v in value]
          return value
      sys.stdout.write(json.dumps(plain(yaml.safe_load(sys.stdin.buffer.read().decode("utf-8"))), ensure_ascii=False))
      """
    let result = try run(["-c", script], input: yaml)
    guard result.status == 0 else { throw Failure(message: result.stderr) }
    return result.stdout
  }

  public struct Failure: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// Runs python3 with `arguments`, `input` on its standard input.
  private static func run(_ arguments: [String], input: String) throws -> (status: Int32, stdout: String, stderr: String) {
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
    let variables: [String] = ["PATH=/usr/local/bin:/usr/bin:/bin", "PYTHONIOENCODING=utf-8"]
    let environment = variables.map { strdup($0) } + [nil]
    defer { for pointer in environment { free(pointer) } }
    var pid = pid_t()
    guard posix_spawnp(&pid, "python3", &actions, nil, argv, environment) == 0 else {
      return (127, "", "python3 not found")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    func text(_ path: String) -> String { (try? FileReader.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? "" }
    return (status & 0x7F == 0 ? (status >> 8) & 0xFF : 128, text(outputPath), text(errorPath))
  }
}
