import CaseIO

/// Builds an index file: documents are produced and analysed on every processor, each
/// thread building a partial index of a run of consecutive documents; the partials are then
/// merged and written in the format of ``IndexFormat``.
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

  /// What one source item gives the index.
  public enum Source: Sendable {
    case document(IndexDocument)
    /// A file that is not indexed (for example, not a valid document): remembered in the
    /// metadata's `otherFiles`, so that it is not taken for a new file later.
    case notIndexed(FileStamp)
  }

  /// A built index.
  public struct Built: Sendable {
    /// The index file's bytes, in pieces to write one after another (see ``save(to:)``).
    public var chunks: [[UInt8]]
    public var documentCount: Int
    /// The files given as ``Source/notIndexed(_:)``, in order.
    public var notIndexed: [FileStamp]

    /// The size of the index file.
    public var byteCount: Int { chunks.reduce(0) { $0 + $1.count } }

    /// The index file's bytes in one piece.
    public var bytes: [UInt8] { Array(chunks.joined()) }

    /// Writes the index to `path` atomically (a temporary file renamed into place), so
    /// readers, and another process indexing at the same time, always see a whole index. It
    /// is not flushed to disk: an index cut short by a crash fails the check of its footer on
    /// opening and is rebuilt.
    public func save(to path: String) throws(IndexError) {
      let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
      do {
        if !folder.isEmpty { try FileTree.createDirectories(folder) }
      } catch {
        throw IndexError.io("cannot create \(folder): \(error.message)")
      }
      do {
        try AtomicFile.write(chunks: chunks, to: path, durable: false)
      } catch {
        throw IndexError.io("cannot write the search index: \(error)")
      }
    }
  }

  /// Builds an index of `count` items, calling `source` for each on the thread that indexes
  /// it (`worker` numbers the threads, for per-thread resources). Documents keep the items'
  /// order. `blockSize` is how many occurrences a thread gathers before inverting them (the
  /// index is the same whatever it is; tests make it small).
  public static func build(
    count: Int, layout: IndexLayout, metadata: Metadata, threads: Int = Parallel.processorCount,
    blockSize: Int? = nil, source: @escaping @Sendable (_ index: Int, _ worker: Int) -> Source
  ) -> Built {
    precondition(layout.fields.count <= 16, "an index has at most 16 fields")
    let shards = max(1, min(threads, count / 256 + 1))
    let bounds = (0...shards).map { count * $0 / shards }
    let partials = Parallel.map(count: shards, threads: shards) { shard, _ in
      let partial = PartialIndex(layout: layout, blockSize: blockSize ?? PartialIndex.blockSize)
      for index in bounds[shard]..<bounds[shard + 1] {
        switch source(index, shard) {
        case .document(let document): partial.add(document)
        case .notIndexed(let stamp): partial.notIndexed.append(stamp)
        }
      }
      partial.finish()
      return partial
    }
    var complete = metadata
    complete.otherFiles += partials.flatMap(\.notIndexed)
    let chunks = IndexSerializer(layout: layout, partials: partials, metadata: complete).chunks()
    return Built(
      chunks: chunks, documentCount: partials.reduce(0) { $0 + $1.documentCount },
      notIndexed: partials.flatMap(\.notIndexed))
  }

  /// An index of `documents`, which are put in key order.
  public static func build(
    _ documents: [IndexDocument], layout: IndexLayout, metadata: Metadata, threads: Int = Parallel.processorCount,
    blockSize: Int? = nil
  ) -> Built {
    let sorted = documents.sorted { $0.key < $1.key }
    return build(count: sorted.count, layout: layout, metadata: metadata, threads: threads, blockSize: blockSize) {
      index, _ in
      .document(sorted[index])
    }
  }
}
