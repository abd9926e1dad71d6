import CaseIO
import CaseJSON
import CaseKit
import CaseTestSupport
import Testing

/// Rewriting version-1 case studies as version 2.
@Suite("Migration to version 2")
struct CaseMigrationTests {
  /// `value` (version 2) as version 1 wrote it: organisations back to public bodies.
  func versionOne(_ value: JSONValue) throws -> JSONValue {
    guard case .object(let object) = value else { throw Unexpected() }
    var result = JSONObject()
    for (key, member) in object {
      switch key {
      case "schema_version": result[key] = "1.0.0"
      case "organisations":
        result["public_bodies"] = .array(
          (member.arrayValue ?? []).map { organisation in
            guard case .object(var body) = organisation, body["kind"] == "public-body" else { return organisation }
            body["kind"] = nil
            return .object(body)
          })
      default: result[key] = member
      }
    }
    return .object(result)
  }

  struct Unexpected: Error {}

  /// Every bundled case, written back as version 1 and migrated, is byte for byte the file.
  @Test func everyBundledCaseMigratesWithoutLoss() throws {
    let folder = SharedData.packageRoot + "/casestudies"
    let paths = try FileTree.files(under: folder).filter { $0.hasSuffix(".json") }
    #expect(paths.count >= 57)
    let format = CaseStudySchema.builtIn.caseFormat
    for path in paths {
      let bytes = try FileReader.read(path)
      let value = try JSONDocument(parsing: bytes).root.value
      // Only public bodies: a file with another kind of organisation has no version-1 form.
      guard value["organisations"]?.arrayValue?.allSatisfy({ $0["kind"] == "public-body" }) ?? true else { continue }
      let old = try versionOne(value)
      #expect(CaseMigration.needsMigration(old), "\(path)")
      #expect(!CaseMigration.needsMigration(value), "\(path)")
      let migrated = JSONWriter().bytes(format.reordered(CaseMigration.migrated(old)))
      #expect(migrated == bytes, "\(path) changes when migrated from version 1")
    }
  }

  @Test func versionsAreReadFromTheFile() {
    #expect(CaseMigration.majorVersion(of: ["schema_version": "1.2.0"]) == 1)
    #expect(CaseMigration.majorVersion(of: ["schema_version": "2.0.0"]) == 2)
    // Without a version, version 1's public bodies say which it is.
    #expect(CaseMigration.majorVersion(of: ["public_bodies": []]) == 1)
    #expect(CaseMigration.majorVersion(of: ["title": "x"]) == nil)
  }

  @Test func whatASchemaWouldRejectIsCopiedAsItIs() {
    let odd: JSONValue = [
      "public_bodies": ["not a list of bodies", ["name": "A", "kind": "university"]], "colour": "red",
    ]
    #expect(
      CaseMigration.migrated(odd)
        == [
          "schema_version": "2.0.0",
          "organisations": ["not a list of bodies", ["name": "A", "kind": "university"]], "colour": "red",
        ])
    // A version-2 file, or anything that is not a case, is left alone.
    #expect(
      CaseMigration.migrated(["schema_version": "2.0.0", "public_bodies": []]) == [
        "schema_version": "2.0.0", "public_bodies": [],
      ])
    #expect(CaseMigration.migrated(.array([])) == .array([]))
  }
}
