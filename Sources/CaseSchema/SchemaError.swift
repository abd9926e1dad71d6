import CaseIO
import CaseJSON

/// A schema that cannot be used, and where the problem is.
public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// A `$ref` (or `$dynamicRef`, `$schema`) names a URI that no registered schema has.
    case unresolvableReference(String)
    /// `$schema` names a metaschema that is neither built in nor registered.
    case unknownMetaSchema(String)
    /// The dialect exists but is not supported (draft 3).
    case unsupportedDraft(String)
    /// A metaschema requires a vocabulary this checker does not implement.
    case unsupportedVocabulary(String)
    /// A keyword has a value it cannot have (`"minLength": -1`).
    case invalidKeyword(keyword: String, reason: String)
    /// A `pattern` that is not a valid ECMA-262 regular expression.
    case invalidPattern(pattern: String, reason: String)
    /// A schema that is neither an object nor a boolean.
    case notASchema(found: String)
    /// References that apply to the same value forever (`{"$ref": "#"}`).
    case endlessRecursion
    /// The schema file is not valid JSON.
    case invalidJSON(JSONParseError)
    /// The schema file cannot be read.
    case unreadable(FileError)
    /// Two different schemas claim the same URI.
    case duplicateIdentifier(String)
    /// A `file:` reference leads outside the folder the registry may read (a repository).
    case outsideFolder(path: String, folder: String)
  }

  public var kind: Kind
  /// The URI of the schema document the problem is in.
  public var documentURI: String?
  /// Where in that document (JSON Pointer).
  public var pointer: JSONPointer?
  /// The line and column in that document, when known.
  public var location: SourceLocation?

  public init(_ kind: Kind, documentURI: String? = nil, pointer: JSONPointer? = nil, location: SourceLocation? = nil) {
    self.kind = kind
    self.documentURI = documentURI
    self.pointer = pointer
    self.location = location
  }

  public var message: String {
    switch kind {
    case .unresolvableReference(let uri):
      return "cannot resolve the reference \"\(uri)\": no schema with that URI is registered"
    case .unknownMetaSchema(let uri):
      return "unknown $schema \"\(uri)\": it is not a metaschema this checker knows"
    case .unsupportedDraft(let name):
      return "\(name) is not supported; the supported dialects are draft-04, draft-06, draft-07, 2019-09 and 2020-12"
    case .unsupportedVocabulary(let uri):
      return "the metaschema requires the vocabulary \"\(uri)\", which this checker does not implement"
    case .invalidKeyword(let keyword, let reason):
      return "invalid \"\(keyword)\": \(reason)"
    case .invalidPattern(let pattern, let reason):
      return "invalid regular expression \"\(pattern)\": \(reason)"
    case .notASchema(let found):
      return "a schema must be an object or a boolean, not \(found)"
    case .endlessRecursion:
      return "the schema's references apply to the same value without end (a $ref cycle that never reaches a keyword)"
    case .invalidJSON(let error):
      return error.message
    case .unreadable(let error):
      return error.message
    case .duplicateIdentifier(let uri):
      return "two different schemas have the identifier \"\(uri)\""
    case .outsideFolder(let path, let folder):
      return "the reference leads to \(path), outside \(folder); it is not read"
    }
  }

  /// What the user can do about it, when there is something specific to say.
  public var hint: String? {
    switch kind {
    case .unresolvableReference:
      return "register the schema that has this URI with --ref FILE, or map its URL prefix to a folder with "
        + "--ref-map PREFIX=DIR; cases never fetches schemas from the network"
    case .unknownMetaSchema:
      return
        "use one of the standard $schema URIs, register the metaschema with --ref FILE, or choose a dialect with --draft"
    case .outsideFolder:
      return "a repository's schemas may refer only to files inside the repository"
    default:
      return nil
    }
  }

  public var description: String {
    var text = ""
    if let documentURI { text += documentURI }
    if let location { text += ":\(location.line):\(location.column)" }
    if !text.isEmpty { text += ": " }
    return text + "error: " + message
  }
}
