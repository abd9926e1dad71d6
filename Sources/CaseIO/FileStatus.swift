#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `stat` says of a path: enough to notice that a file changed.
public struct FileStatus: Sendable, Equatable {
  public var size: Int64
  /// The modification time, in nanoseconds since 1970.
  public var modified: Int64

  /// The status of `path`, following links (of the link itself when it leads nowhere); nil
  /// when nothing is there.
  public init?(_ path: String) {
    var status = stat()
    guard stat(path, &status) == 0 || lstat(path, &status) == 0 else { return nil }
    self.init(status)
  }

  init(_ status: stat) {
    size = Int64(status.st_size)
    #if canImport(Darwin)
      modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
    #else
      modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    #endif
  }
}
