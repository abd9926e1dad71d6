/// ECMA-262 binary Unicode properties that the standard library's `Unicode.Scalar.Properties` can answer.
enum BinaryProperty: Sendable, CaseIterable {
  case alphabetic, asciiHexDigit, bidiControl, bidiMirrored, caseIgnorable, cased
  case changesWhenCasefolded, changesWhenCasemapped, changesWhenLowercased
  case changesWhenNFKCCasefolded, changesWhenTitlecased, changesWhenUppercased
  case dash, defaultIgnorableCodePoint, deprecated, diacritic
  case emoji, emojiModifier, emojiModifierBase, emojiPresentation
  case extender, graphemeBase, graphemeExtend, hexDigit
  case idsBinaryOperator, idsTrinaryOperator, idContinue, idStart, ideographic
  case joinControl, logicalOrderException, lowercase, math, noncharacterCodePoint
  case patternSyntax, patternWhiteSpace, quotationMark, radical, sentenceTerminal
  case softDotted, terminalPunctuation, unifiedIdeograph, uppercase, variationSelector
  case whiteSpace, xidContinue, xidStart

  /// The long name and short alias from ECMA-262's binary property table.
  var names: [String] {
    switch self {
    case .alphabetic: ["Alphabetic", "Alpha"]
    case .asciiHexDigit: ["ASCII_Hex_Digit", "AHex"]
    case .bidiControl: ["Bidi_Control", "Bidi_C"]
    case .bidiMirrored: ["Bidi_Mirrored", "Bidi_M"]
    case .caseIgnorable: ["Case_Ignorable", "CI"]
    case .cased: ["Cased"]
    case .changesWhenCasefolded: ["Changes_When_Casefolded", "CWCF"]
    case .changesWhenCasemapped: ["Changes_When_Casemapped", "CWCM"]
    case .changesWhenLowercased: ["Changes_When_Lowercased", "CWL"]
    case .changesWhenNFKCCasefolded: ["Changes_When_NFKC_Casefolded", "CWKCF"]
    case .changesWhenTitlecased: ["Changes_When_Titlecased", "CWT"]
    case .changesWhenUppercased: ["Changes_When_Uppercased", "CWU"]
    case .dash: ["Dash"]
    case .defaultIgnorableCodePoint: ["Default_Ignorable_Code_Point", "DI"]
    case .deprecated: ["Deprecated", "Dep"]
    case .diacritic: ["Diacritic", "Dia"]
    case .emoji: ["Emoji"]
    case .emojiModifier: ["Emoji_Modifier", "EMod"]
    case .emojiModifierBase: ["Emoji_Modifier_Base", "EBase"]
    case .emojiPresentation: ["Emoji_Presentation", "EPres"]
    case .extender: ["Extender", "Ext"]
    case .graphemeBase: ["Grapheme_Base", "Gr_Base"]
    case .graphemeExtend: ["Grapheme_Extend", "Gr_Ext"]
    case .hexDigit: ["Hex_Digit", "Hex"]
    case .idsBinaryOperator: ["IDS_Binary_Operator", "IDSB"]
    case .idsTrinaryOperator: ["IDS_Trinary_Operator", "IDST"]
    case .idContinue: ["ID_Continue", "IDC"]
    case .idStart: ["ID_Start", "IDS"]
    case .ideographic: ["Ideographic", "Ideo"]
    case .joinControl: ["Join_Control", "Join_C"]
    case .logicalOrderException: ["Logical_Order_Exception", "LOE"]
    case .lowercase: ["Lowercase", "Lower"]
    case .math: ["Math"]
    case .noncharacterCodePoint: ["Noncharacter_Code_Point", "NChar"]
    case .patternSyntax: ["Pattern_Syntax", "Pat_Syn"]
    case .patternWhiteSpace: ["Pattern_White_Space", "Pat_WS"]
    case .quotationMark: ["Quotation_Mark", "QMark"]
    case .radical: ["Radical"]
    case .sentenceTerminal: ["Sentence_Terminal", "STerm"]
    case .softDotted: ["Soft_Dotted", "SD"]
    case .terminalPunctuation: ["Terminal_Punctuation", "Term"]
    case .unifiedIdeograph: ["Unified_Ideograph", "UIdeo"]
    case .uppercase: ["Uppercase", "Upper"]
    case .variationSelector: ["Variation_Selector", "VS"]
    case .whiteSpace: ["White_Space", "space"]
    case .xidContinue: ["XID_Continue", "XIDC"]
    case .xidStart: ["XID_Start", "XIDS"]
    }
  }

  func matches(_ p: Unicode.Scalar.Properties) -> Bool {
    switch self {
    case .alphabetic: p.isAlphabetic
    case .asciiHexDigit: p.isASCIIHexDigit
    case .bidiControl: p.isBidiControl
    case .bidiMirrored: p.isBidiMirrored
    case .caseIgnorable: p.isCaseIgnorable
    case .cased: p.isCased
    case .changesWhenCasefolded: p.changesWhenCaseFolded
    case .changesWhenCasemapped: p.changesWhenCaseMapped
    case .changesWhenLowercased: p.changesWhenLowercased
    case .changesWhenNFKCCasefolded: p.changesWhenNFKCCaseFolded
    case .changesWhenTitlecased: p.changesWhenTitlecased
    case .changesWhenUppercased: p.changesWhenUppercased
    case .dash: p.isDash
    case .defaultIgnorableCodePoint: p.isDefaultIgnorableCodePoint
    case .deprecated: p.isDeprecated
    case .diacritic: p.isDiacritic
    case .emoji: p.isEmoji
    case .emojiModifier: p.isEmojiModifier
    case .emojiModifierBase: p.isEmojiModifierBase
    case .emojiPresentation: p.isEmojiPresentation
    case .extender: p.isExtender
    case .graphemeBase: p.isGraphemeBase
    case .graphemeExtend: p.isGraphemeExtend
    case .hexDigit: p.isHexDigit
    case .idsBinaryOperator: p.isIDSBinaryOperator
    case .idsTrinaryOperator: p.isIDSTrinaryOperator
    case .idContinue: p.isIDContinue
    case .idStart: p.isIDStart
    case .ideographic: p.isIdeographic
    case .joinControl: p.isJoinControl
    case .logicalOrderException: p.isLogicalOrderException
    case .lowercase: p.isLowercase
    case .math: p.isMath
    case .noncharacterCodePoint: p.isNoncharacterCodePoint
    case .patternSyntax: p.isPatternSyntax
    case .patternWhiteSpace: p.isPatternWhitespace
    case .quotationMark: p.isQuotationMark
    case .radical: p.isRadical
    case .sentenceTerminal: p.isSentenceTerminal
    case .softDotted: p.isSoftDotted
    case .terminalPunctuation: p.isTerminalPunctuation
    case .unifiedIdeograph: p.isUnifiedIdeograph
    case .uppercase: p.isUppercase
    case .variationSelector: p.isVariationSelector
    case .whiteSpace: p.isWhitespace
    case .xidContinue: p.isXIDContinue
    case .xidStart: p.isXIDStart
    }
  }
}

/// Every binary property name and alias.
let binaryProperties: [String: BinaryProperty] = {
  var table: [String: BinaryProperty] = [:]
  for property in BinaryProperty.allCases {
    for name in property.names { table[name] = property }
  }
  return table
}()
