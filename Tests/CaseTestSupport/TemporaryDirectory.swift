import CaseIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fresh folder under /tmp for one test, removed when the value goes away.
public final class TemporaryDirectory {
  public let path: String

  public init() {
    var template = Array("/tmp/cases-test-XXXXXX".utf8CString)
    // swift-format-ignore: NeverForceUnwrap
    // The template is not empty, so it has a base address.
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(created != nil, "mkdtemp failed")
    path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    remove(path)
  }

  /// Writes `contents` to `name` (creating folders on the way) and returns the full path.
  @discardableResult
  public func create(_ name: String, _ contents: String, mode: mode_t = 0o644) -> String {
    let full = path + "/" + name
    var folder = ""
    for part in name.split(separator: "/").dropLast() {
      folder += "/" + part
      mkdir(path + folder, 0o755)
    }
    let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC, mode)
    precondition(descriptor >= 0, "cannot create \(full)")
    let bytes = Array(contents.utf8)
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    chmod(full, mode)
    return full
  }

  public func read(_ name: String) -> String? {
    (try? FileReader.read(path + "/" + name)).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The names in the folder `name` (relative to the root), sorted.
  public func list(_ name: String = "") -> [String] {
    guard let stream = opendir(name.isEmpty ? path : path + "/" + name) else { return [] }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let entryName = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      if entryName != "." && entryName != ".." { names.append(entryName) }
    }
    return names.sorted()
  }

  public func mode(_ name: String) -> mode_t {
    var status = stat()
    stat(path + "/" + name, &status)
    return status.st_mode & 0o7777
  }

  private func remove(_ target: String) {
    if let stream = opendir(target) {
      while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." { remove(target + "/" + name) }
      }
      closedir(stream)
      rmdir(target)
    } else {
      unlink(target)
    }
  }
}
