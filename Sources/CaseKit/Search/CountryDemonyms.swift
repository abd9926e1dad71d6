/// What people call a country's people and things (`Dutch` for the Netherlands), which the
/// country vocabulary's names and aliases do not hold, so that a search for "Dutch welfare"
/// finds cases in NL. Indexed with a case's countries.
enum CountryDemonyms {
  static let words: [String: [String]] = [
    "AR": ["Argentine", "Argentinian"], "AT": ["Austrian"], "AU": ["Australian"], "BD": ["Bangladeshi"],
    "BE": ["Belgian"], "BR": ["Brazilian"], "CA": ["Canadian"], "CH": ["Swiss"], "CL": ["Chilean"],
    "CN": ["Chinese"], "DE": ["German"], "DK": ["Danish", "Dane"], "EE": ["Estonian"], "ES": ["Spanish"],
    "EU": ["European"], "FI": ["Finnish"], "FR": ["French"], "GB": ["British", "English", "Scottish", "Welsh"],
    "GR": ["Greek"], "IE": ["Irish"], "IN": ["Indian"], "IT": ["Italian"], "JP": ["Japanese"], "KE": ["Kenyan"],
    "KR": ["Korean", "South Korean"], "LK": ["Sri Lankan"], "MA": ["Moroccan"], "MX": ["Mexican"],
    "NA": ["Namibian"], "NG": ["Nigerian"], "NL": ["Dutch"], "NO": ["Norwegian"], "NP": ["Nepali", "Nepalese"],
    "NZ": ["New Zealander", "Aotearoa"], "PH": ["Filipino", "Philippine"], "PL": ["Polish"], "PT": ["Portuguese"],
    "PY": ["Paraguayan"], "RS": ["Serbian"], "SE": ["Swedish"], "SG": ["Singaporean"], "TW": ["Taiwanese"],
    "US": ["American"], "ZA": ["South African"],
  ]
}
