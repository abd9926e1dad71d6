import CaseIO
import CaseJSON
import CaseSchema

/// What validating one file found.
public enum DocumentOutcome: Sendable, Equatable {
  case valid
  /// The document parsed but breaks the schema.
  case invalid([Finding])
  /// The file is not JSON; it counts as invalid.
  case unparseable(JSONParseError)
  /// The file could not be read: an operational error.
  case unreadable(FileError)
  /// The schema could not be applied (a reference cycle, a runaway pattern).
  case schemaFailure(EvaluationFailure)

  public var isValid: Bool { self == .valid }
}

/// Validates many JSON files against one compiled schema, on every processor.
public enum DocumentValidation {
  /// The outcome for each path, in the order given. A path of `-` reads `standardInput`.
  public static func validate(
    paths: [String], schema: JSONSchema, standardInput: (@Sendable () -> [UInt8])? = nil,
    threads: Int = Parallel.processorCount
  ) -> [DocumentOutcome] {
    let copies = (0..<Parallel.threadCount(for: paths.count, threads: threads)).map {
      $0 == 0 ? schema : schema.copyForAnotherThread()
    }
    return Parallel.map(count: paths.count, threads: threads) { index, worker in
      let schema = copies[worker]
      let path = paths[index]
      let bytes: [UInt8]
      if path == "-", let standardInput {
        bytes = standardInput()
      } else {
        do throws(FileError) {
          bytes = try FileReader.read(path)
        } catch {
          return .unreadable(error)
        }
      }
      return validate(bytes, schema: schema)
    }
  }

  /// The outcome for one document's bytes.
  public static func validate(_ bytes: [UInt8], schema: JSONSchema) -> DocumentOutcome {
    let document: JSONDocument
    do {
      document = try JSONDocument(parsing: bytes)
    } catch {
      return .unparseable(error)
    }
    if schema.isValid(document) { return .valid }
    let result = schema.validate(document)
    if let failure = result.failure { return .schemaFailure(failure) }
    return result.isValid ? .valid : .invalid(result.errors)
  }
}
