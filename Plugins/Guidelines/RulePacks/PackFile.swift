/// One phrase as written in a pack, with the line it is on (for error messages).
struct PackPhrase: Sendable, Hashable {
    var text: String
    var line: Int
}

/// One YAML rule-pack file: a rule's trigger phrases, its exceptions and its named cue lists.
///
/// ```yaml
/// rule: coupon                 # optional: files with only cues feed several rules
/// mode: extend                 # override packs only: add to the built-in file instead of replacing it
/// phrases: [coupon, promo code, "% off"]
/// exceptions: [free of charge replacement]
/// cues:
///   review-noun: [review, feedback]
/// options:
///   noun-before-verb: true
/// stopwords: [the, and]        # language detection
/// phone-words: [hotline, call] # a number just after one of these is a phone number
/// ```
/// A phrase matches whole words, case-insensitively; `~` at either end lets it match inside a word
/// (`~gutschein` also finds `Geschenkgutschein`).
struct PackFile: Sendable {
    enum Mode: String, Sendable { case replace, extend }

    var path: String
    var rule: String?
    var mode: Mode = .replace
    var phrases: [PackPhrase] = []
    var exceptions: [PackPhrase] = []
    var cues: [String: [PackPhrase]] = [:]
    var options: [String: String] = [:]
    var stopwords: [String] = []
    /// Words shortly before a number that make it a phone number (`phone-words: [hotline, Kundendienst]`).
    var phoneWords: [String] = []

    /// Adds the lists of `other` to this file's lists.
    mutating func merge(_ other: PackFile) {
        phrases += other.phrases
        exceptions += other.exceptions
        for (name, list) in other.cues { cues[name, default: []] += list }
        for (key, value) in other.options { options[key] = value }
        stopwords += other.stopwords
        phoneWords += other.phoneWords
    }
}

/// The pack files of one language (`en`, `de`, ...), keyed by file name (`coupon.yaml`).
struct LanguagePackSource: Sendable {
    var language: String
    var files: [String: PackFile] = [:]
}
