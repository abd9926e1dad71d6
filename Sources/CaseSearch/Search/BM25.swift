import CaseIO

/// BM25F scoring: a term's frequencies in each field, weighted and length-normalised per
/// field, are combined into one pseudo-frequency and saturated once (Robertson and Zaragoza).
struct BM25 {
  /// Term-frequency saturation. Single-field BM25 commonly uses 1.2; BM25F adds weighted field
  /// frequencies (a title word counts 2.5 times), so it needs a larger k1 to saturate at the
  /// same point. 1.8 is inside Robertson's recommended 1.2–2.0 range (on Cranfield, 1.4 to 2.4
  /// all score within 0.005 nDCG@10 of each other).
  static let k1 = 1.8

  let documentCount: Int
  let fields: [IndexLayout.Field]
  let averageLengths: [Double]

  /// ln(1 + (N − n + 0.5) / (n + 0.5)): rarer terms count for more.
  func inverseDocumentFrequency(_ documentFrequency: Int) -> Double {
    let n = Double(documentFrequency)
    return Math.log(1 + (Double(documentCount) - n + 0.5) / (n + 0.5))
  }

  /// A field's contribution to the pseudo-frequency.
  @inline(__always)
  func weightedFrequency(_ frequency: Int, field: Int, length: Int) -> Double {
    guard frequency > 0 else { return 0 }
    let definition = fields[field]
    let normalization =
      1 - definition.lengthNormalization
      + definition.lengthNormalization * Double(length) / averageLengths[field]
    return definition.weight * Double(frequency) / normalization
  }

  /// The score of a pseudo-frequency for a term of the given idf.
  @inline(__always)
  func score(pseudoFrequency: Double, idf: Double) -> Double {
    idf * pseudoFrequency * (BM25.k1 + 1) / (pseudoFrequency + BM25.k1)
  }
}
