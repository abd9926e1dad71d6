import CaseJSON
import Testing

@Suite("Exact numbers")
struct NumberTests {
  func number(_ text: String) throws -> JSONNumber {
    try #require(JSONNumber(text), "\(text) should be a valid number")
  }

  @Test(arguments: [
    ("1", "1.0"), ("1", "1e0"), ("100", "1e2"), ("0.5", "5e-1"), ("0", "-0"), ("0", "0.000e10"),
    ("123.4500", "1.2345e2"), ("-7", "-70e-1"), ("1e400", "10e399"),
    ("12345678901234567890123", "1.2345678901234567890123e22"),
  ])
  func equalValues(_ pair: (String, String)) throws {
    #expect(try number(pair.0) == number(pair.1))
    #expect(try number(pair.0).hashValue == number(pair.1).hashValue)
  }

  @Test(arguments: [
    ("1", "2"), ("-2", "-1"), ("-1", "0"), ("0", "1e-400"), ("1e400", "1e401"), ("0.1", "0.11"),
    ("9007199254740992", "9007199254740993"), ("99999999999999999999", "100000000000000000000"),
    ("-1e400", "-1e399"), ("1.9", "2"), ("12345678901234567890", "12345678901234567891"),
    ("1e-400", "1.0000000000000000000001e-400"),
  ])
  func ordering(_ pair: (String, String)) throws {
    let (smaller, larger) = (try number(pair.0), try number(pair.1))
    #expect(smaller < larger)
    #expect(!(larger < smaller))
    #expect(smaller != larger)
  }

  @Test func hugeExponentsStayNumbers() throws {
    let huge = try number("1e400")
    #expect(huge.lexeme == "1e400")
    #expect(huge.value.isInteger)
    #expect(huge.value.doubleValue == .infinity)
    #expect(huge.value.description == "1e400")
    let absurd = try number("1e999999999999999999999999")
    #expect(absurd > huge)
    #expect(try number("-1e999999999999999999999999") < number("-1e400"))
  }

  @Test func integersAndFractions() throws {
    #expect(try number("1.0").value.isInteger)
    #expect(try number("1.5e1").value.isInteger)
    #expect(try !number("1.5").value.isInteger)
    #expect(try !number("1e-1").value.isInteger)
    #expect(try number("-9223372036854775808").value.int64Value == Int64.min)
    #expect(try number("9223372036854775807").value.int64Value == Int64.max)
    #expect(try number("9223372036854775808").value.int64Value == nil)
    #expect(try number("2.5e1").value.int64Value == 25)
  }

  @Test func lexemeValidation() {
    for bad in ["", "-", "01", "1.", ".1", "+1", "1e", "1e+", "0x10", "NaN", "1 ", " 1", "--1"] {
      #expect(JSONNumber(bad) == nil, "\(bad) should be rejected")
    }
    for good in ["0", "-0", "0.0", "1e5", "1E+5", "1e-5", "-12.34e-56"] {
      #expect(JSONNumber(good) != nil, "\(good) should be accepted")
    }
  }

  @Test func parsedNumbersKeepLexemeAndValue() throws {
    let document = try JSONDocument(parsing: "[1.50, -0, 1E+2, 123456789012345678901234567890]")
    let numbers = document.root.elements.compactMap(\.numberValue)
    #expect(numbers.map(\.lexeme) == ["1.50", "-0", "1E+2", "123456789012345678901234567890"])
    #expect(numbers[0] == JSONNumber("1.5"))
    #expect(numbers[1] == JSONNumber(0))
    #expect(numbers[2] == JSONNumber(100))
    #expect(document.root[3]?.exactNumber == numbers[3].value)
  }

  @Test func integerInitializer() {
    #expect(JSONNumber(-42).lexeme == "-42")
    #expect(JSONNumber(-42) == JSONNumber("-4.2e1"))
    #expect(ExactDecimal(Int.min).int64Value == Int64.min)
  }
}
