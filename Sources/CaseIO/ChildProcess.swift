/// Running another program in the foreground, as git runs an editor: it shares the terminal
/// (standard streams), and Ctrl-C reaches it rather than this process.
public enum ChildProcess {
  /// Runs `command` with the shell, `arguments` appended as its arguments (`$EDITOR "$@"`), so
  /// an editor setting such as `code --wait` works. Returns the exit status (128 + the signal
  /// number when a signal ended it).
  ///
  /// - Throws: ``FileError`` when the shell cannot be started.
  public static func runShellCommand(
    _ command: String, arguments: [String], environment: [String: String]
  ) throws(FileError) -> Int32 {
    let argv = (["/bin/sh", "-c", command + " \"$@\"", "sh"] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    // The child gets the default handlers back; this process ignores Ctrl-C while it waits.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    let previousInterrupt = signal(SIGINT, SIG_IGN)
    let previousQuit = signal(SIGQUIT, SIG_IGN)
    defer {
      signal(SIGINT, previousInterrupt)
      signal(SIGQUIT, previousQuit)
    }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, envp)
    guard spawned == 0 else { throw FileError(path: "/bin/sh", errno: spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }
}
