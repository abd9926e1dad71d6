import CaseIO
import CaseTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Files")
struct FileTests {
  @Test func readsWholeFiles() throws {
    let folder = TemporaryDirectory()
    let path = folder.create("a.json", "{\"a\": 1}\n")
    #expect(try FileReader.read(path) == Array("{\"a\": 1}\n".utf8))
    let big = String(repeating: "x", count: 300_000)
    #expect(try FileReader.read(folder.create("big.txt", big)).count == 300_000)
    #expect(try FileReader.read(folder.create("empty.json", "")).isEmpty)
  }

  @Test func explainsWhyAFileCannotBeRead() {
    let folder = TemporaryDirectory()
    #expect(throws: FileError(path: folder.path + "/missing.json", reason: .notFound)) {
      try FileReader.read(folder.path + "/missing.json")
    }
    #expect(throws: FileError(path: folder.path, reason: .isDirectory)) { try FileReader.read(folder.path) }
    let file = folder.create("file", "x")
    #expect(throws: FileError(path: file + "/below", reason: .notADirectory)) { try FileReader.read(file + "/below") }
    #expect(FileError(path: "p", reason: .isDirectory).description == "p: is a directory, not a file")
  }

  @Test(.enabled(if: geteuid() != 0, "root can read any file"))
  func unreadableFile() {
    let folder = TemporaryDirectory()
    let path = folder.create("secret.json", "{}", mode: 0o000)
    #expect(throws: FileError(path: path, reason: .permissionDenied)) { try FileReader.read(path) }
  }

  @Test func atomicWriteReplacesAndKeepsPermissions() throws {
    let folder = TemporaryDirectory()
    let path = folder.create("a.json", "old", mode: 0o640)
    try AtomicFile.write(Array("new".utf8), to: path)
    #expect(folder.read("a.json") == "new")
    #expect(folder.mode("a.json") == 0o640)
    #expect(folder.list() == ["a.json"])  // no temporary file left behind
  }

  @Test func atomicWriteCanRefuseToReplace() throws {
    let folder = TemporaryDirectory()
    let path = folder.create("a.json", "old")
    #expect(throws: FileError(path: path, reason: .alreadyExists)) {
      try AtomicFile.write(Array("new".utf8), to: path, existing: .fail)
    }
    #expect(folder.read("a.json") == "old")
    try AtomicFile.write(Array("fresh".utf8), to: folder.path + "/b.json", existing: .fail)
    #expect(folder.read("b.json") == "fresh")
    #expect(folder.list() == ["a.json", "b.json"])
  }

  @Test func atomicWriteIntoAMissingFolderFails() {
    let folder = TemporaryDirectory()
    #expect(throws: FileError.self) { try AtomicFile.write([1], to: folder.path + "/nope/a.json") }
    #expect(throws: FileError(path: folder.path, reason: .isDirectory)) { try AtomicFile.write([1], to: folder.path) }
  }

  @Test func listsJSONFilesRecursivelyInOrder() throws {
    let folder = TemporaryDirectory()
    folder.create("b.json", "{}")
    folder.create("a/z.json", "{}")
    folder.create("a/y.txt", "")
    folder.create("A.json", "{}")
    folder.create(".git/x.json", "{}")
    folder.create("c/d/e.json", "{}")
    let files = try FileTree.files(under: folder.path).map { String($0.dropFirst(folder.path.count + 1)) }
    #expect(files == ["A.json", "a/z.json", "b.json", "c/d/e.json"])
    #expect(throws: FileError.self) { try FileTree.files(under: folder.path + "/missing") }
    #expect(FileTree.kind(of: folder.path) == .directory)
    #expect(FileTree.kind(of: folder.path + "/b.json") == .file)
    #expect(FileTree.kind(of: folder.path + "/nothing") == .missing)
  }

  @Test func pathsWithinFolders() {
    #expect(FileTree.isWithin("/a/b", "/a"))
    #expect(FileTree.isWithin("/a", "/a"))
    #expect(!FileTree.isWithin("/ab", "/a"))
    #expect(FileTree.isWithin("/etc/passwd", "/"))
    #expect(FileTree.lexicallyNormalized("./x/../y/./z.json", in: "/repo") == "/repo/y/z.json")
    #expect(FileTree.lexicallyNormalized("/../..") == "/")
  }

  @Test func removingATreeNeverFollowsLinks() {
    let folder = TemporaryDirectory()
    let kept = TemporaryDirectory()
    kept.create("precious.txt", "keep")
    folder.create("tree/a/b.txt", "x")
    #expect(symlink(kept.path, folder.path + "/tree/link") == 0)
    FileTree.removeTree(folder.path + "/tree")
    #expect(folder.list() == [])
    #expect(kept.read("precious.txt") == "keep")
  }
}
