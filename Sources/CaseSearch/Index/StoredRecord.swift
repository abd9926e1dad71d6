/// A document's stored record: its key, file stamp, years and display values.
struct StoredRecord: Sendable, Equatable {
  var key: String
  var stamp: FileStamp
  var values: [String]

  static func encode(_ document: IndexDocument) -> [UInt8] {
    var writer = ByteWriter()
    writer.string(document.key)
    writer.string(document.stamp.path)
    writer.u64(UInt64(bitPattern: document.stamp.size))
    writer.u64(UInt64(bitPattern: document.stamp.modified))
    writer.varint(document.stored.count)
    for value in document.stored { writer.string(value) }
    return writer.bytes
  }

  static func decode(_ bytes: UnsafeRawBufferPointer) throws(IndexError) -> StoredRecord {
    var cursor = ByteCursor(bytes)
    let key = try cursor.string()
    let path = try cursor.string()
    let size = Int64(bitPattern: try cursor.u64())
    let modified = Int64(bitPattern: try cursor.u64())
    let count = try cursor.int(atMost: 1_000)
    var values: [String] = []
    for _ in 0..<count { values.append(try cursor.string()) }
    return StoredRecord(key: key, stamp: FileStamp(path: path, size: size, modified: modified), values: values)
  }
}
