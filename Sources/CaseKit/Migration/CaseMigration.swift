import CaseJSON

/// Rewriting a case study of format version 1 as version 2, losing nothing.
///
/// Version 2 keeps every field of version 1 but one: `public_bodies` becomes `organisations`,
/// where each body is an organisation of kind `public-body` with the same name, country,
/// subdivision, locality, level, type, roles and web page (every version-1 role is a version-2
/// role). `schema_version` becomes 2.0.0. Everything else is copied as it is, including what a
/// schema would reject, so that validation still reports it after migrating.
public enum CaseMigration {
  /// The version a migrated file declares.
  public static let currentVersion = "2.0.0"

  /// The format version `value` declares: its `schema_version`'s major number, or 1 for a file
  /// without one that has version 1's `public_bodies`; nil when it says nothing either way.
  public static func majorVersion(of value: JSONValue) -> Int? {
    if let version = value["schema_version"]?.stringValue {
      return Int(version.prefix { $0 != "." })
    }
    return value["public_bodies"] != nil ? 1 : nil
  }

  /// Whether `value` is a version-1 case study that ``migrated(_:)`` would change.
  public static func needsMigration(_ value: JSONValue) -> Bool {
    majorVersion(of: value) == 1
  }

  /// `value` as version 2; unchanged when it is not a version-1 case study. Members keep their
  /// places, with `organisations` where `public_bodies` was; `cases fmt` order applies on writing.
  public static func migrated(_ value: JSONValue) -> JSONValue {
    guard needsMigration(value), case .object(let object) = value else { return value }
    var result = JSONObject()
    if object["schema_version"] == nil { result["schema_version"] = .string(currentVersion) }
    for (key, member) in object {
      switch key {
      case "schema_version":
        result[key] = .string(currentVersion)
      case "public_bodies":
        result["organisations"] = organisations(from: member)
      default:
        result[key] = member
      }
    }
    return .object(result)
  }

  /// Version 1's public bodies as version 2's organisations: each object gains `kind` after its
  /// name; anything else is copied as it is.
  static func organisations(from bodies: JSONValue) -> JSONValue {
    guard case .array(let items) = bodies else { return bodies }
    return .array(
      items.map { item in
        guard case .object(let body) = item, body["kind"] == nil else { return item }
        var organisation = JSONObject()
        if let name = body["name"] { organisation["name"] = name }
        organisation["kind"] = .string("public-body")
        for (key, member) in body where key != "name" { organisation[key] = member }
        return .object(organisation)
      })
  }
}
