import CaseIO

/// Builds an index file from documents: analysis on every processor, one partial index per
/// thread over consecutive documents, merged and written in the format of ``IndexFormat``.
public enum IndexWriter {
  /// Extra facts written into the index's metadata.
  public struct Metadata: Sendable, Equatable {
    /// The modification time (ns) of the folder the documents came from, to notice files
    /// added, removed or replaced since.
    public var folderModified: Int64
    /// When the index was built (ns since 1970).
    public var built: Int64
    /// Files of the folder that are not indexed (not valid documents), so they are not taken
    /// for new files next time.
    public var otherFiles: [FileStamp]

    public init(folderModified: Int64, built: Int64, otherFiles: [FileStamp] = []) {
      self.folderModified = folderModified
      self.built = built
      self.otherFiles = otherFiles
    }
  }

  /// The bytes of an index of `documents` (which are put in key order).
  public static func build(
    _ documents: [IndexDocument], layout: IndexLayout, metadata: Metadata, threads: Int = Parallel.processorCount
  ) -> [UInt8] {
    precondition(layout.fields.count <= 16, "an index has at most 16 fields")
    let sorted = documents.sorted { $0.key < $1.key }
    let shards = max(1, min(threads, sorted.count / 256 + 1))
    let bounds = (0...shards).map { sorted.count * $0 / shards }
    let partials = Parallel.map(count: shards, threads: shards) { shard, _ in
      let partial = PartialIndex(fieldCount: layout.fields.count, firstDocument: bounds[shard])
      for number in bounds[shard]..<bounds[shard + 1] { partial.add(sorted[number], number: number) }
      return partial
    }
    return IndexSerializer(layout: layout, documents: sorted, partials: partials, metadata: metadata).bytes()
  }

  /// Builds and writes the index to `path` atomically (a temporary file renamed into place),
  /// so readers, and another process indexing at the same time, always see a whole index.
  public static func write(
    _ documents: [IndexDocument], layout: IndexLayout, metadata: Metadata, to path: String,
    threads: Int = Parallel.processorCount
  ) throws(IndexError) {
    let bytes = build(documents, layout: layout, metadata: metadata, threads: threads)
    let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    if !folder.isEmpty && FileTree.kind(of: folder) == .missing { mkdir(folder, 0o755) }
    do {
      try AtomicFile.write(bytes, to: path)
    } catch {
      throw IndexError.io("cannot write the search index: \(error)")
    }
  }
}
