import CaseIO
import CaseJSON

/// The canonical text of a JSON file, as `cases fmt` writes it.
public struct CanonicalFormat: Sendable {
  /// The key order to use for the object at a location, or nil to keep the file's order.
  public typealias KeyOrder = @Sendable (JSONPointer) -> [String]?

  let keyOrder: KeyOrder?

  public init(keyOrder: KeyOrder? = nil) {
    self.keyOrder = keyOrder
  }

  /// The canonical bytes of the JSON text `bytes`.
  ///
  /// - Throws: ``JSONParseError`` when `bytes` is not JSON.
  public func format(_ bytes: [UInt8]) throws(JSONParseError) -> [UInt8] {
    let value = try JSONDocument(parsing: bytes).root.value
    return JSONWriter().bytes(keyOrder == nil ? value : reordered(value))
  }

  /// `value` with every object's members in the canonical order (unchanged without a key order).
  public func reordered(_ value: JSONValue, at pointer: JSONPointer = .root) -> JSONValue {
    switch value {
    case .object(let object):
      let order = keyOrder?(pointer) ?? []
      var result = JSONObject()
      for (key, member) in object.reordered(by: order) {
        result[key] = reordered(member, at: pointer.appending(key))
      }
      return .object(result)
    case .array(let elements):
      return .array(elements.enumerated().map { reordered($1, at: pointer.appending($0)) })
    default:
      return value
    }
  }
}

extension CanonicalFormat {
  /// Why a file could not be formatted.
  public enum Failure: Error, Sendable {
    case notJSON(JSONParseError)
    case file(FileError)
  }

  /// Reads the file at `path` and returns its bytes and their canonical form; writes the
  /// canonical form (atomically) when `write` and it differs.
  ///
  /// - Throws: ``Failure``.
  public func reformat(_ path: String, write: Bool) throws(Failure) -> (original: [UInt8], formatted: [UInt8]) {
    let original: [UInt8]
    do {
      original = try FileReader.read(path)
    } catch {
      throw .file(error)
    }
    let formatted: [UInt8]
    do {
      formatted = try format(original)
    } catch {
      throw .notJSON(error)
    }
    if write && formatted != original {
      do {
        try AtomicFile.write(formatted, to: path)
      } catch {
        throw .file(error)
      }
    }
    return (original, formatted)
  }

  /// The format for `path`: the repository's case-file format inside its `casestudies/`, else
  /// the plain one.
  public static func forFile(_ path: String, in repository: CaseRepository?) -> CanonicalFormat {
    guard let repository,
      FileTree.isWithin(path, FileTree.lexicallyNormalized(repository.location.caseStudiesFolder))
    else { return CanonicalFormat() }
    return repository.schema.caseFormat
  }
}

extension CaseStudySchema {
  /// The canonical format of case files: objects' members in the order the schema declares them.
  public var caseFormat: CanonicalFormat {
    CanonicalFormat(keyOrder: { [self] pointer in keyOrder(at: pointer) })
  }
}
