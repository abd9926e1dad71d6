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

  private static func run(_ arguments: [String], input: String) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    Python.run(arguments, input: input)
  }
}
