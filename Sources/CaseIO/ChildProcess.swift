#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Running another program: the one place `cases` (its editor, its benchmarks and its tests)
/// starts processes. The child starts with no signal blocked and every handler at its
/// default, whatever this process set; its status is decoded one way everywhere.
public enum ChildProcess {
  /// Where one of the child's standard streams goes.
  public enum Stream: Sendable, Equatable {
    /// The same as this process's.
    case inherit
    /// A file: read for standard input; created (or emptied) and written for the others.
    case file(String)
    /// Nowhere (`/dev/null`).
    case null
  }

  /// How the child ended: its exit status, or 128 + the signal that ended it, as shells
  /// report; and the most memory it held at once.
  public struct Outcome: Sendable, Equatable {
    public var status: Int32
    /// Peak resident memory, in bytes.
    public var peakMemory: Int
  }

  /// Runs `executable` (a path; or a name looked up on `PATH` when `searchPath`) with
  /// `arguments`, waits for it and returns how it ended. `environment` nil passes this
  /// process's. With `foreground`, Ctrl-C reaches the child only (as git runs an editor).
  ///
  /// - Throws: ``FileError`` when the program cannot be started.
  public static func run(
    _ executable: String, arguments: [String], environment: [String: String]? = nil, stdin: Stream = .inherit,
    stdout: Stream = .inherit, stderr: Stream = .inherit, searchPath: Bool = false, foreground: Bool = false
  ) throws(FileError) -> Outcome {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil  // an opaque pointer on Darwin
      var attributes: posix_spawnattr_t? = nil
      var none: sigset_t = 0  // sigemptyset and sigfillset are macros there
      var all: sigset_t = ~0
    #else
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
      var none = sigset_t()
      sigemptyset(&none)
      var all = sigset_t()
      sigfillset(&all)
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (descriptor, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
      let flags = descriptor == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC
      switch stream {
      case .inherit: break
      case .file(let path): posix_spawn_file_actions_addopen(&actions, descriptor, path, flags, 0o600)
      case .null:
        posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
      }
    }
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let variables = (environment ?? ProcessControl.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in variables { free(pointer) }
    }
    let previousInterrupt = foreground ? signal(SIGINT, SIG_IGN) : nil
    let previousQuit = foreground ? signal(SIGQUIT, SIG_IGN) : nil
    defer {
      if foreground {
        signal(SIGINT, previousInterrupt)
        signal(SIGQUIT, previousQuit)
      }
    }
    var pid = pid_t()
    let spawned =
      searchPath
      ? posix_spawnp(&pid, executable, &actions, &attributes, argv, variables)
      : posix_spawn(&pid, executable, &actions, &attributes, argv, variables)
    guard spawned == 0 else { throw FileError(path: executable, errno: spawned) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let signalled = status & 0x7F
    #if canImport(Darwin)
      let peak = Int(usage.ru_maxrss)  // bytes on Darwin
    #else
      let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    #endif
    return Outcome(status: signalled == 0 ? (status >> 8) & 0xFF : 128 + signalled, peakMemory: peak)
  }

  /// Runs `command` with the shell, `arguments` appended as its arguments (`$EDITOR "$@"`), so
  /// an editor setting such as `code --wait` works, in the foreground. Returns the status.
  ///
  /// - Throws: ``FileError`` when the shell cannot be started.
  public static func runShellCommand(
    _ command: String, arguments: [String], environment: [String: String]
  ) throws(FileError) -> Int32 {
    try run(
      "/bin/sh", arguments: ["-c", command + " \"$@\"", "sh"] + arguments, environment: environment, foreground: true
    )
    .status
  }

  /// The first of `names` found on `path` (a `PATH` value), as a full path; a name with a
  /// slash is taken as it is.
  public static func find(_ names: [String], path: String) -> String? {
    for name in names {
      if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
      for folder in path.split(separator: ":") where access("\(folder)/\(name)", X_OK) == 0 {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }
}
