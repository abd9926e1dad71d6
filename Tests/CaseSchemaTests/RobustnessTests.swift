import CaseSchema
import Testing

/// Every prefix, suffix and byte mutation of many values must be checked without a crash.
struct RobustnessTests {
  static let samples = [
    "1963-06-19T08:30:06.283185+01:00", "23:59:60-08:00", "P1Y2M3DT4H5M6S",
    "\"joe@bloggs\"@[IPv6:1:2::192.168.0.1]", "실례@실례.테스트", "xn--ihqwcrb4cv8a8dqg056pqjye",
    "xn--4gbwdl.xn--wgbh1c", "a\u{3002}b", "\u{5d0}\u{5f3}\u{5d1}.\u{628}\u{64a}\u{200c}\u{628}",
    "l\u{b7}l.\u{30fb}\u{3041}", "1000:1000::255.255.255.255", "http://u:p@[v1.x]:80/p?q#f",
    "ldap://[2001:db8::7]/c=GB?objectClass?one", "http://ƒøø.ßår/?∂éœ=πîx#πîüx",
    "{+a,b:12,c*}x%41\u{1F600}", "2eb8aa08-aa98-11ea-b4aa-73b441d16380", "0/a~0b~1",
  ]

  @Test func prefixesAndSuffixesDoNotCrash() {
    for sample in Self.samples {
      let scalars = Array(sample.unicodeScalars)
      for cut in 0...scalars.count {
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[..<cut])
        var suffix = String.UnicodeScalarView()
        suffix.append(contentsOf: scalars[cut...])
        for format in FormatChecker.knownFormats {
          _ = FormatChecker.check(format, String(prefix))
          _ = FormatChecker.check(format, String(suffix))
        }
      }
    }
  }

  @Test func mutationsDoNotCrash() {
    var generator = SplitMix64(seed: 0x5EED)
    let alphabet = Array(
      "0aZx-.:/@[]{}%~#?+*,\"\\ \u{e9}\u{3002}\u{5d0}\u{200c}\u{1F600}".unicodeScalars)
    for sample in Self.samples {
      for _ in 0..<300 {
        var scalars = Array(sample.unicodeScalars)
        let position = Int(generator.next() % UInt64(scalars.count))
        let replacement = alphabet[Int(generator.next() % UInt64(alphabet.count))]
        switch generator.next() % 3 {
        case 0: scalars[position] = replacement
        case 1: scalars.insert(replacement, at: position)
        default: scalars.remove(at: position)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        for format in FormatChecker.knownFormats {
          _ = FormatChecker.check(format, String(view))
        }
      }
    }
  }
}

/// A small deterministic random number generator.
struct SplitMix64 {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
