/// A Unicode property usable in `\p{...}`, tested on one scalar with the standard library's data.
enum UnicodeProperty: Sendable {
  /// General_Category values, as a mask of `categoryBit` values.
  case categories(UInt32)
  /// A binary property.
  case binary(BinaryProperty)

  func matches(_ scalar: Unicode.Scalar) -> Bool {
    switch self {
    case .categories(let mask):
      mask & categoryBit(scalar.properties.generalCategory) != 0
    case .binary(let property):
      property.matches(scalar.properties)
    }
  }
}

/// What the name inside `\p{...}` resolves to.
enum PropertyLookup {
  case property(UnicodeProperty)
  case ranges([ClosedRange<UInt32>])
  /// A valid ECMA-262 property the standard library has no data for (Script, Script_Extensions, ...).
  case unsupported
  case unknown
}

/// Resolves `\p{name}` (value nil) or `\p{name=value}` following ECMA-262's property tables.
func lookupProperty(name: String, value: String?) -> PropertyLookup {
  if let value {
    switch name {
    case "General_Category", "gc":
      return categoryMasks[value].map { .property(.categories($0)) } ?? .unknown
    case "Script", "sc", "Script_Extensions", "scx":
      return .unsupported
    default:
      return .unknown
    }
  }
  if let mask = categoryMasks[name] { return .property(.categories(mask)) }
  switch name {
  case "Any":
    return .ranges([0...0x10FFFF])
  case "ASCII":
    return .ranges([0...0x7F])
  case "Assigned":
    return .property(.categories(~categoryBit(.unassigned)))
  case "Regional_Indicator", "RI":
    return .ranges([0x1F1E6...0x1F1FF])
  case "Emoji_Component", "EComp":
    return .ranges([
      0x23...0x23, 0x2A...0x2A, 0x30...0x39, 0x200D...0x200D, 0x20E3...0x20E3, 0xFE0F...0xFE0F,
      0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0x1F9B0...0x1F9B3, 0xE0020...0xE007F,
    ])
  case "Extended_Pictographic", "ExtPict":
    return .unsupported
  default:
    return binaryProperties[name].map { .property(.binary($0)) } ?? .unknown
  }
}

/// The bit of one General_Category value in a `UnicodeProperty.categories` mask.
func categoryBit(_ category: Unicode.GeneralCategory) -> UInt32 {
  let index: UInt32 =
    switch category {
    case .uppercaseLetter: 0
    case .lowercaseLetter: 1
    case .titlecaseLetter: 2
    case .modifierLetter: 3
    case .otherLetter: 4
    case .nonspacingMark: 5
    case .spacingMark: 6
    case .enclosingMark: 7
    case .decimalNumber: 8
    case .letterNumber: 9
    case .otherNumber: 10
    case .connectorPunctuation: 11
    case .dashPunctuation: 12
    case .openPunctuation: 13
    case .closePunctuation: 14
    case .initialPunctuation: 15
    case .finalPunctuation: 16
    case .otherPunctuation: 17
    case .mathSymbol: 18
    case .currencySymbol: 19
    case .modifierSymbol: 20
    case .otherSymbol: 21
    case .spaceSeparator: 22
    case .lineSeparator: 23
    case .paragraphSeparator: 24
    case .control: 25
    case .format: 26
    case .surrogate: 27
    case .privateUse: 28
    case .unassigned: 29
    @unknown default: 29
    }
  return 1 << index
}

/// General_Category names and aliases (ECMA-262 table "Value aliases and canonical values for General_Category").
private let categoryMasks: [String: UInt32] = {
  let table: [([String], [Unicode.GeneralCategory])] = [
    (["C", "Other"], [.control, .format, .unassigned, .privateUse, .surrogate]),
    (["Cc", "Control", "cntrl"], [.control]),
    (["Cf", "Format"], [.format]),
    (["Cn", "Unassigned"], [.unassigned]),
    (["Co", "Private_Use"], [.privateUse]),
    (["Cs", "Surrogate"], [.surrogate]),
    (["L", "Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]),
    (["LC", "Cased_Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]),
    (["Ll", "Lowercase_Letter"], [.lowercaseLetter]),
    (["Lm", "Modifier_Letter"], [.modifierLetter]),
    (["Lo", "Other_Letter"], [.otherLetter]),
    (["Lt", "Titlecase_Letter"], [.titlecaseLetter]),
    (["Lu", "Uppercase_Letter"], [.uppercaseLetter]),
    (["M", "Mark", "Combining_Mark"], [.spacingMark, .enclosingMark, .nonspacingMark]),
    (["Mc", "Spacing_Mark"], [.spacingMark]),
    (["Me", "Enclosing_Mark"], [.enclosingMark]),
    (["Mn", "Nonspacing_Mark"], [.nonspacingMark]),
    (["N", "Number"], [.decimalNumber, .letterNumber, .otherNumber]),
    (["Nd", "Decimal_Number", "digit"], [.decimalNumber]),
    (["Nl", "Letter_Number"], [.letterNumber]),
    (["No", "Other_Number"], [.otherNumber]),
    (
      ["P", "Punctuation", "punct"],
      [
        .connectorPunctuation, .dashPunctuation, .closePunctuation, .finalPunctuation,
        .initialPunctuation, .otherPunctuation, .openPunctuation,
      ]
    ),
    (["Pc", "Connector_Punctuation"], [.connectorPunctuation]),
    (["Pd", "Dash_Punctuation"], [.dashPunctuation]),
    (["Pe", "Close_Punctuation"], [.closePunctuation]),
    (["Pf", "Final_Punctuation"], [.finalPunctuation]),
    (["Pi", "Initial_Punctuation"], [.initialPunctuation]),
    (["Po", "Other_Punctuation"], [.otherPunctuation]),
    (["Ps", "Open_Punctuation"], [.openPunctuation]),
    (["S", "Symbol"], [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol]),
    (["Sc", "Currency_Symbol"], [.currencySymbol]),
    (["Sk", "Modifier_Symbol"], [.modifierSymbol]),
    (["Sm", "Math_Symbol"], [.mathSymbol]),
    (["So", "Other_Symbol"], [.otherSymbol]),
    (["Z", "Separator"], [.spaceSeparator, .lineSeparator, .paragraphSeparator]),
    (["Zl", "Line_Separator"], [.lineSeparator]),
    (["Zp", "Paragraph_Separator"], [.paragraphSeparator]),
    (["Zs", "Space_Separator"], [.spaceSeparator]),
  ]
  var masks: [String: UInt32] = [:]
  for (names, categories) in table {
    let mask = categories.reduce(0) { $0 | categoryBit($1) }
    for name in names { masks[name] = mask }
  }
  return masks
}()
