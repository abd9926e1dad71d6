/// English words whose other forms the Porter2 stemmer cannot reach (`children` and `child`
/// stem differently), mapped to the form they are indexed and searched as. Applied to folded
/// words before stemming, when indexing and when searching alike. Forms that are also other
/// words are left out (`met` is the Met, `left` a side, `found` a verb of its own, `data` stays).
enum IrregularForms {
  static let base: [String: String] = [
    "children": "child", "childrens": "child", "women": "woman", "womens": "woman", "men": "man", "mens": "man",
    "people": "person", "peoples": "person", "persons": "person", "mice": "mouse", "feet": "foot", "teeth": "tooth",
    "geese": "goose", "wives": "wife", "knives": "knife", "halves": "half", "analyses": "analysis",
    "crises": "crisis", "criteria": "criterion", "phenomena": "phenomenon", "indices": "index", "matrices": "matrix",
    "theses": "thesis", "hypotheses": "hypothesis", "diagnoses": "diagnosis", "curricula": "curriculum",
    "bought": "buy", "brought": "bring", "taught": "teach", "thought": "think", "caught": "catch", "sought": "seek",
    "fought": "fight", "held": "hold", "told": "tell", "sold": "sell", "made": "make", "paid": "pay", "said": "say",
    "went": "go", "gone": "go", "kept": "keep", "began": "begin", "begun": "begin", "chose": "choose",
    "chosen": "choose", "wrote": "write", "written": "write", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "spent": "spend", "built": "build", "sent": "send", "lost": "lose", "felt": "feel",
    "knew": "know", "known": "know", "seen": "see", "drove": "drive", "driven": "drive", "fallen": "fall",
    "broke": "break", "broken": "break", "spoke": "speak", "spoken": "speak", "stole": "steal", "stolen": "steal",
    "hidden": "hide", "forbade": "forbid", "forbidden": "forbid", "struck": "strike",
  ]
}
