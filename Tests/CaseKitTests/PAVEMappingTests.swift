import Testing

@testable import CaseKit

/// The pieces of the PAVE import that have rules of their own.
@Suite("PAVE import rules")
struct PAVEMappingTests {
  /// PAVE's export names fields as its `generate_field_slug` does.
  @Test(arguments: [
    ("\u{FEFF}Project Title", "project-title"),
    ("Why is this project important to include in the case book?", "why-is-this-project-important-to-include-in-the"),
    ("On average, how many hours did each participant spend?", "on-average-how-many-hours-did-each-participant"),
    ("Do any of the following apply?", "do-any-of-the-following-apply"),
    ("Workflow: Status", "workflow-status"),
    ("snake_case  and -- dashes", "snake-case-and-dashes"),
  ])
  func fieldSlugs(name: String, slug: String) {
    #expect(PAVESite.fieldSlug(name) == slug)
  }

  @Test func aLongDescriptionIsSplitWithoutLoss() throws {
    let first = String(repeating: "A sentence of the first paragraph. ", count: 10).trimmingWhitespace()
    let second = String(repeating: "More words follow here. ", count: 40).trimmingWhitespace()
    let text = first + "\n\n" + second
    let (opening, rest) = try #require(PAVEMapping.opening(of: text, within: 50...1000))
    #expect(opening == first)
    #expect(rest == second)
    // One long paragraph: cut after the last whole sentence that fits.
    let long = String(repeating: "Twenty-two characters. ", count: 60)
    let (head, tail) = try #require(PAVEMapping.opening(of: long, within: 50...1000))
    #expect(head.count <= 1000 && head.count > 950 && head.hasSuffix("."))
    #expect(head + " " + tail == long.trimmingWhitespace())
    // No sentence end within the limit: no opening.
    #expect(PAVEMapping.opening(of: String(repeating: "word ", count: 400), within: 50...1000) == nil)
  }

  @Test func webAddressesAreWhole() {
    #expect(PAVEMapping.isWebAddress("https://example.org/a"))
    #expect(!PAVEMapping.isWebAddress("incoming"))
    #expect(!PAVEMapping.isWebAddress("datoscontrafeminicidio.net/publications"))
    #expect(!PAVEMapping.isWebAddress("https://example.org/a b"))
  }
}
