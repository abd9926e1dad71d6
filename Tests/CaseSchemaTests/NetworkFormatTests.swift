import CaseSchema
import Testing

struct NetworkFormatTests {
  @Test func ipv4() {
    expectCases([
      FormatCase("ipv4", "0.0.0.0", true),
      FormatCase("ipv4", "255.255.255.255", true),
      FormatCase("ipv4", "01.2.3.4", false),
      FormatCase("ipv4", "1.2.3.04", false),
      FormatCase("ipv4", "1.2.3.2555", false),
      FormatCase("ipv4", "1.2.3.", false),
      FormatCase("ipv4", "1.2.3.4.", false),
      FormatCase("ipv4", "99999999999999999999.1.1.1", false),
    ])
  }

  @Test func ipv6() {
    expectCases([
      FormatCase("ipv6", "1:2:3:4:5:6:7::", true),
      FormatCase("ipv6", "::2:3:4:5:6:7:8", true),
      FormatCase("ipv6", "1:2:3:4:5:6:1.2.3.4", true),
      FormatCase("ipv6", "::1.2.3.4", true),
      FormatCase("ipv6", "FFFF::abcd", true),
      FormatCase("ipv6", "1:2:3:4:5:6:7:8::", false),
      FormatCase("ipv6", "::1:2:3:4:5:6:7:8", false),
      FormatCase("ipv6", "1:2:3:4:5:6:7:1.2.3.4", false),
      FormatCase("ipv6", "::1.2.3.4:1", false),
      FormatCase("ipv6", ":::", false),
      FormatCase("ipv6", ":", false),
      FormatCase("ipv6", "1::2::3", false),
      FormatCase("ipv6", "::1.2.3", false),
      FormatCase("ipv6", "fe80::1%eth0", false),
      FormatCase("ipv6", "０::1", false),
    ])
  }

  @Test func hostnameLengths() {
    let label63 = String(repeating: "a", count: 63)
    let name253 = [label63, label63, label63, String(repeating: "b", count: 61)].joined(
      separator: ".")
    expectCases([
      FormatCase("hostname", name253, true),
      FormatCase("hostname", name253 + "c", false),
      FormatCase("hostname", label63, true),
      FormatCase("hostname", label63 + "a", false),
      FormatCase("idn-hostname", name253, true),
      FormatCase("idn-hostname", name253 + "c", false),
    ])
  }

  @Test func aLabels() {
    expectCases([
      FormatCase("hostname", "XN--9N2BP8Q.xn--9t4b11yi5a", true),
      FormatCase("hostname", "xn--", false),
      FormatCase("hostname", "xn--ls8h", false),  // U+1F4A9 is DISALLOWED
      FormatCase("hostname", "xn--4gbwdl.xn--wgbh1c", true),
      FormatCase("hostname", "xn--4gbwdl.1a", false),  // Bidi rule in a name with an RTL label
      FormatCase("hostname", "ab--cd.example", true),
      FormatCase("hostname", "ex\u{e4}mple.com", false),
      FormatCase("hostname", "xn--mnchen-3ya.de", true),
      FormatCase("hostname", "xn--mnchen-3yA.de", true),
      FormatCase("hostname", "xn--Mnchen-3ya.de", false),  // decodes to an uppercase letter
    ])
  }

  @Test func uLabels() {
    expectCases([
      FormatCase("idn-hostname", "münchen.de", true),
      FormatCase("idn-hostname", "München.de", false),
      FormatCase("idn-hostname", "Munchen.de", true),
      FormatCase("idn-hostname", "ﬀ.com", false),
      FormatCase("idn-hostname", "a\u{200c}b", false),
      FormatCase("idn-hostname", "a_b.com", false),
      FormatCase("idn-hostname", "\u{5d0}.a", true),
      FormatCase("idn-hostname", "\u{5d0}1", true),
      FormatCase("idn-hostname", "\u{5d0}.1a", false),
      FormatCase("idn-hostname", "\u{5d0}\u{5b0}", true),
      FormatCase("idn-hostname", "\u{5d0}a", false),
      FormatCase("idn-hostname", String(repeating: "ü", count: 57), true),
      FormatCase("idn-hostname", String(repeating: "ü", count: 58), false),
      FormatCase("idn-hostname", String(repeating: "a", count: 55) + "ü", true),
      FormatCase("idn-hostname", String(repeating: "a", count: 57) + "ü", false),
      FormatCase("idn-hostname", "a\u{3002}b\u{ff0e}c\u{ff61}d", true),
      FormatCase("idn-hostname", "a\u{3002}", false),
      FormatCase("idn-hostname", "ab--ü", false),
      FormatCase("idn-hostname", "e\u{301}", true),  // NFC is not required
    ])
  }
}
