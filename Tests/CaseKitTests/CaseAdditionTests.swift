import CaseJSON
import CaseTestSupport
import Testing

@testable import CaseKit

@Suite("Adding cases: ids, answers, drafts")
struct CaseAdditionTests {
  @Test(arguments: [
    ("Ofqual's A-level grading algorithm, 2020", "ofquals-a-level-grading-algorithm-2020"),
    ("Försäkringskassan’s fraud model (Sweden)", "forsakringskassans-fraud-model-sweden"),
    ("  Co-design -- with   residents!  ", "co-design-with-residents"),
    ("数据 共享", ""),
    ("", ""),
  ])
  func slugsOfTitles(title: String, slug: String) {
    #expect(CaseID.slug(title) == slug)
  }

  @Test func longTitlesAreCutAtAWordBoundary() {
    let title = String(repeating: "public data ", count: 20)
    let slug = CaseID.slug(title)
    #expect(slug.count <= CaseID.maximumLength)
    #expect(slug.hasSuffix("data") || slug.hasSuffix("public"))
    #expect(CaseID.problem(with: slug) == nil)
    // A single word longer than the limit is cut.
    #expect(CaseID.slug(String(repeating: "a", count: 100)).count == CaseID.maximumLength)
  }

  @Test func takenIDsGetTheFirstFreeNumber() {
    let taken: Set = ["robodebt", "robodebt-2"]
    #expect(CaseID.unused("robodebt", isTaken: taken.contains) == "robodebt-3")
    #expect(CaseID.unused("other", isTaken: taken.contains) == "other")
    let long = String(repeating: "a", count: 80)
    let numbered = CaseID.unused(long) { $0 == long }
    #expect(numbered == String(repeating: "a", count: 78) + "-2")
  }

  @Test(arguments: [
    "../etc/passwd", "a/b", "..", ".hidden", "Upper", "with space", "x--y", "-x", "x-", "ü", "a\u{0}b", "",
  ])
  func idsTypedByHandAreRefused(id: String) {
    #expect(CaseID.problem(with: id) != nil)
  }

  @Test func goodIDsPass() {
    #expect(CaseID.problem(with: "australia-robodebt") == nil)
    #expect(CaseID.problem(with: String(repeating: "a", count: 80)) == nil)
    #expect(CaseID.problem(with: String(repeating: "a", count: 81)) != nil)
  }

  // MARK: - Answers

  private func question(_ path: String) throws -> Question {
    let pointer = JSONPointer(path.split(separator: "/").map(String.init))
    return try #require(CaseStudySchema.builtIn.question(at: pointer, within: .root))
  }

  @Test func vocabularyAnswersTakeNumbersIDsAliasesAndPrefixes() throws {
    let topics = try question("topics")
    #expect(!topics.isRequired)
    #expect(topics.takesSeveral)
    let vocabulary = try #require(topics.vocabulary)
    let fourth = vocabulary.terms[3].id
    #expect(
      topics.interpret(" 4, police , hous, police")
        == .value(.array([.string(fourth), "policing", "housing"].uniquedValues)))
    guard case .problem(let ambiguous) = topics.interpret("e") else {
      Issue.record("an ambiguous prefix is refused")
      return
    }
    #expect(ambiguous.contains("could be"))
    #expect(topics.interpret("polce") == .problem(#""polce" is not a known topic; did you mean "policing"?"#))
    #expect(topics.interpret("99") == .problem("there is no number 99; choose from 1 to \(vocabulary.terms.count)"))
    #expect(topics.interpret("  ") == .skipped)
    #expect(try question("title").interpret("  ") == .problem("an answer is required here"))
    let country = try question("organisations/0/country")
    #expect(country.interpret("UK") == .value("GB"))
    #expect(country.interpret("netherlands") == .value("NL"))
    #expect(country.interpret("GB, NL") == .problem("give one value here, not 2"))
    #expect(country.title == "Organisation: country")
    #expect(try question("organisations/0/kind").interpret("non-profit") == .value("charity"))
  }

  @Test func datesAreNormalisedAndChecked() throws {
    let start = try question("period/start")
    #expect(!start.isRequired)
    #expect(start.interpret("") == .skipped)
    #expect(start.interpret("2020") == .value("2020"))
    #expect(start.interpret("2020-8") == .value("2020-08"))
    #expect(start.interpret("2020-8-3") == .value("2020-08-03"))
    for bad in ["2020-13", "2021-02-30", "20", "2020/08", "next year", "2020-08-"] {
      guard case .problem = start.interpret(bad) else {
        Issue.record("\(bad) is accepted as a date")
        continue
      }
    }
    let end = try question("period/end")
    #expect(GuidedForm.linked([start, end], schema: .builtIn)[1].prerequisites == [start.pointer])
  }

  @Test func webAddressesMustBeWhole() throws {
    let url = try question("sources/0/url")
    #expect(url.isRequired)
    #expect(url.interpret("https://example.org/a") == .value("https://example.org/a"))
    #expect(
      url.interpret("example.org/a")
        == .problem(#""example.org/a" is not a whole web address; write it with https:// at the start"#))
  }

  @Test func theFormAsksEveryRequiredField() {
    let form = GuidedForm(schema: .builtIn, defaultLicence: "CC-BY-4.0")
    let asked = Set((form.core + form.sources.questions() + form.closing).map(\.pointer.description))
    for required in [
      "/title", "/summary", "/topics", "/organisations/0/name", "/organisations/0/kind", "/organisations/0/country",
      "/sources/0/url", "/sources/0/title",
    ] {
      #expect(asked.contains(required), "\(required) is not asked")
    }
    // The built-in schema's repository default licence applies: a case need not name one.
    #expect(!asked.contains("/licence"))
    #expect(
      form.blocks.map(\.noun) == ["narrative", "system", "impact", "engagement", "timeline event", "related case"])
    #expect(form.sources.isRequired && form.sources.isList)
  }

  // MARK: - Drafts

  @Test func settingValuesCreatesWhatIsOnTheWay() {
    var value: JSONValue = .object(JSONObject())
    value = value.setting("A", at: JSONPointer(["public_bodies", "0", "name"]))
    value = value.setting("GB", at: JSONPointer(["public_bodies", "0", "country"]))
    value = value.setting("B", at: JSONPointer(["public_bodies", "1", "name"]))
    value = value.setting("ignored", at: JSONPointer(["public_bodies", "5", "name"]))
    #expect(value == ["public_bodies": [["name": "A", "country": "GB"], ["name": "B"]]])
    value = value.setting(nil, at: JSONPointer(["public_bodies", "0"]))
    #expect(value == ["public_bodies": [["name": "B"]]])
    value = value.setting(nil, at: JSONPointer(["public_bodies"]))
    #expect(value == .object(JSONObject()))
  }

  @Test func notesAboveADraftAreBlankedInPlace() throws {
    let text = Array("// one\n  // two\n\n{\"a\": // not a note\n 1}\n".utf8)
    let blanked = DraftText.blankingNotes(text)
    #expect(blanked.count == text.count)
    #expect(String(decoding: blanked, as: UTF8.self).hasPrefix("      \n        \n\n{\"a\": // not a note"))
    let body = DraftText.body(text)
    #expect(body.firstLine == 4)
    #expect(String(decoding: body.bytes, as: UTF8.self) == "{\"a\": // not a note\n 1}")
    let composed = DraftText.compose(notes: ["x", ""], json: Array("{}".utf8))
    #expect(String(decoding: composed, as: UTF8.self) == "// x\n//\n\n{}\n")
    #expect(DraftText.lineCount(ofNotes: ["x", ""]) == 3)
    #expect(DraftText.body(Array("// only notes\n".utf8)).bytes.isEmpty)
  }
}

extension Array where Element == JSONValue {
  /// The values in order without repeats, as an array value.
  fileprivate var uniquedValues: [JSONValue] {
    var seen: Set<JSONValue> = []
    return filter { seen.insert($0).inserted }
  }
}
