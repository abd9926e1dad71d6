import CaseSchema
import Testing

struct TextFormatTests {
  @Test func emptyStrings() {
    let valid: Set = ["uri-reference", "iri-reference", "uri-template", "json-pointer"]
    for format in FormatChecker.knownFormats {
      #expect(FormatChecker.check(format, "") == valid.contains(format), "\(format)")
    }
  }

  @Test func unknownFormats() {
    #expect(FormatChecker.check("regex", "(") == nil)
    #expect(FormatChecker.check("color", "red") == nil)
    #expect(!FormatChecker.knownFormats.contains("regex"))
  }

  @Test func emails() {
    let local64 = String(repeating: "a", count: 64)
    expectCases([
      FormatCase("email", "\(local64)@example.com", true),
      FormatCase("email", "\(local64)a@example.com", false),
      FormatCase("email", "\"\"@example.com", true),
      FormatCase("email", "\"a\\\"b\"@example.com", true),
      FormatCase("email", "\"a\tb\"@example.com", false),
      FormatCase("email", "\"a\"b@example.com", false),
      FormatCase("email", "a@[IPv6:::1]", true),
      FormatCase("email", "a@[ipv6:::1]", true),
      FormatCase("email", "a@[IPv6:1.2.3.4]", false),
      // RFC 5321 address literals: Snum may have leading zeros, "::" is two groups or more.
      FormatCase("email", "a@[127.0.0.01]", true),
      FormatCase("email", "a@[127.0.0.256]", false),
      FormatCase("email", "a@[IPv6:1:2:3:4:5:6::]", true),
      FormatCase("email", "a@[IPv6:1:2:3:4:5:6:7::]", false),
      FormatCase("email", "a@[IPv6:1:2:3:4::1.2.3.04]", true),
      FormatCase("email", "a@[IPv6:1:2:3:4:5::1.2.3.4]", false),
      FormatCase("email", "a@[tag:content]", false),
      FormatCase("email", "a@-b.com", false),
      FormatCase("email", "a@b-.com", false),
      FormatCase("email", "a@xn--X.com", false),
      FormatCase("email", "a@b", true),
      FormatCase("email", "ü@example.com", false),
      FormatCase("email", "a@münchen.de", false),
      FormatCase("idn-email", "ü@münchen.de", true),
      FormatCase("idn-email", "\"ü\"@example.com", true),
      FormatCase("idn-email", "a@münchen\u{3002}de", false),
      FormatCase("idn-email", "a@\u{5d0}.1a", false),
    ])
  }

  @Test func uris() {
    expectCases([
      FormatCase("uri", "http://[v1.x]", true),
      FormatCase("uri", "http://[v.x]", false),
      FormatCase("uri", "http://[vz.x]", false),
      FormatCase("uri", "http://[v1.]", false),
      FormatCase("uri", "http://[::1]:8080/", true),
      FormatCase("uri", "http://[::1", false),
      FormatCase("uri", "http://a:b@c:80/", true),
      FormatCase("uri", "http://a:", true),
      FormatCase("uri", "a:", true),
      FormatCase("uri", "http://x/%C3%A9?a=%20#f/?", true),
      FormatCase("uri", "http://x/#a#b", false),
      FormatCase("uri", "http://é.com", false),
      FormatCase("iri", "http://é.com", true),
      FormatCase("iri", "http://x/?\u{E000}", true),
      FormatCase("iri", "http://x/\u{E000}", false),
      FormatCase("iri", "http://x/#\u{E000}", false),
      FormatCase("iri", "http://x/\u{FFFE}", false),
      FormatCase("iri", "http://x/\u{1FFFD}", true),
      FormatCase("iri", "http://x/\u{1FFFE}", false),
      FormatCase("uri-reference", "?", true),
      FormatCase("uri-reference", "#", true),
      FormatCase("uri-reference", "//[::1]", true),
      FormatCase("uri-reference", ":", false),
      FormatCase("uri-reference", "a/b:c", true),
      FormatCase("iri-reference", "é:x", false),
    ])
  }

  @Test func uriTemplates() {
    expectCases([
      FormatCase("uri-template", "{var:9999}", true),
      FormatCase("uri-template", "{var:3*}", false),
      FormatCase("uri-template", "{+a,b.c,d%41*}", true),
      FormatCase("uri-template", "{a.}", false),
      FormatCase("uri-template", "{.a}", true),
      FormatCase("uri-template", "{=a}", true),
      FormatCase("uri-template", "{", false),
      FormatCase("uri-template", "{a}{b}", true),
      FormatCase("uri-template", "a{b}c%", false),
      FormatCase("uri-template", "\u{E000}", true),
      FormatCase("uri-template", "\u{FFFE}", false),
      FormatCase("uri-template", "{a b}", false),
    ])
  }

  @Test func pointersAndUUIDs() {
    expectCases([
      FormatCase("json-pointer", "/~01", true),
      FormatCase("json-pointer", "~0", false),
      FormatCase("relative-json-pointer", "0", true),
      FormatCase("relative-json-pointer", "10/a", true),
      FormatCase("relative-json-pointer", "0+1/a", true),
      FormatCase("relative-json-pointer", "0-1", true),
      FormatCase("relative-json-pointer", "0+01/a", false),
      FormatCase("relative-json-pointer", "0+/a", false),
      FormatCase("relative-json-pointer", "0+1#", false),
      FormatCase("relative-json-pointer", "1a", false),
      FormatCase("uuid", "00000000-0000-0000-0000-00000000000g", false),
      FormatCase("uuid", "00000000-0000-0000-0000-0000000000000", false),
      FormatCase("uuid", "ＡBCDEF00-0000-0000-0000-000000000000", false),
    ])
  }
}
