import CaseIO

/// Runs a program with `posix_spawn`, its standard output going to a temporary file (read back
/// afterwards) and standard error passing through (or discarded); returns the exit status, the output and the
/// child's peak resident memory in bytes. Timing a spawn this way adds well under a
/// millisecond, unlike pipes read by a run loop.
func runProgram(
  _ executable: String, _ arguments: [String], input: String? = nil, discardErrors: Bool = false
) throws -> (status: Int32, output: String, peakMemory: Int) {
  let outputPath = "/tmp/cases-bench-output-\(getpid())"
  let inputPath = "/tmp/cases-bench-input-\(getpid())"
  defer {
    unlink(outputPath)
    unlink(inputPath)
  }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  if discardErrors { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
  if let input {
    try AtomicFile.write(Array(input.utf8), to: inputPath)
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
  }
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var pid = pid_t()
  let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
  guard spawned == 0 else { throw FileError(path: executable, errno: spawned) }
  var status: Int32 = 0
  var usage = rusage()
  while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
  let output = (try? FileReader.read(outputPath)).map { String(decoding: $0, as: UTF8.self) } ?? ""
  let exited = status & 0x7F == 0
  return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output, usage.ru_maxrss * 1024)
}

/// The first of `names` found on the `PATH`, as a full path.
func findProgram(_ names: [String], environment: [String: String]) -> String? {
  let path = environment["PATH"] ?? "/usr/bin:/bin"
  for name in names {
    if name.hasPrefix("/") { return FileTree.kind(of: name) == .file ? name : nil }
    for folder in path.split(separator: ":") where access("\(folder)/\(name)", X_OK) == 0 {
      return "\(folder)/\(name)"
    }
  }
  return nil
}
