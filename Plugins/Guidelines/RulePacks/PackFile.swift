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
///
/// A built-in file without language-wide lists (`stopwords`, `phone-words`) waits unparsed in
/// `deferred` until a message of its language is checked: a check of one English file then never
/// parses the German packs. Workspace packs are parsed at once, so a mistake in one is reported
/// whatever language is checked.
struct LanguagePackSource: Sendable {
    var language: String
    var files: [String: PackFile] = [:]
    var deferred: [String: DeferredPackFile] = [:]
}

/// A pack file read but not parsed yet.
struct DeferredPackFile: Sendable {
    var path: String
    var text: String

    /// Whether `text` may be left unparsed: no top-level `stopwords:` or `phone-words:` key, which
    /// language detection and phone rules of every language need at once.
    static func canDefer(_ text: String) -> Bool {
        let keys: [[UInt8]] = [Array("stopwords:".utf8), Array("phone-words:".utf8), [0xEF, 0xBB, 0xBF]]
        var text = text
        return text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                let rest = UnsafeBufferPointer(rebasing: bytes[lineStart...])
                if keys.contains(where: { rest.starts(with: $0) }) { return false }
                guard let newline = rest.firstIndex(of: 0x0A) else { break }
                lineStart += newline + 1
            }
            return true
        }
    }

    func parse(knownRules: Set<String>) throws -> PackFile {
        try PackParser.parse(text, path: path, knownRules: knownRules)
    }
}
