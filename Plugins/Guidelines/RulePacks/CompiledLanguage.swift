/// Every phrase of one language's packs, compiled into one automaton.
///
/// Phrases are tagged `phrase:<rule>` (a trigger), `exception:<rule>` (cancels an overlapping
/// trigger) or `cue:<name>` (a building block for structural rules such as gating).
struct CompiledLanguage: Sendable {
    let language: String
    /// Compiled on first use: a check touches only the languages of its messages.
    let automaton: LazyAutomaton
    let tagIndex: [String: Int32]
    /// `tagIndex` split by kind, keyed by the name after the prefix: looking up a cue or a rule does
    /// not build its tag name first.
    let tagsByKind: TagsByKind
    /// Options by rule id (or file name for cue-only files).
    let options: [String: [String: String]]
    let stopwords: Set<String>
    /// Phone-context words of this language's packs (`phone-words`).
    let phoneWords: [String]

    init(language: String, files: [PackFile]) {
        var tagIndex: [String: Int32] = [:]
        var patternIndex: [String: Int] = [:]
        var patterns: [PhrasePattern] = []
        var options: [String: [String: String]] = [:]
        var stopwords = Set<String>()
        var phoneWords: [String] = []

        func add(_ phrase: PackPhrase, tag name: String) {
            let tag: Int32
            if let existing = tagIndex[name] {
                tag = existing
            } else {
                tag = Int32(tagIndex.count)
                tagIndex[name] = tag
            }
            guard let normalized = Self.normalize(phrase.text) else { return }
            let key = normalized.key
            if let index = patternIndex[key] {
                if !patterns[index].tags.contains(tag) { patterns[index].tags.append(tag) }
            } else {
                patternIndex[key] = patterns.count
                patterns.append(PhrasePattern(bytes: normalized.bytes, openStart: normalized.openStart,
                                              openEnd: normalized.openEnd, tags: [tag]))
            }
        }

        for file in files {
            if let rule = file.rule {
                for phrase in file.phrases { add(phrase, tag: "phrase:\(rule)") }
                for phrase in file.exceptions { add(phrase, tag: "exception:\(rule)") }
            }
            for (name, list) in file.cues {
                for phrase in list { add(phrase, tag: "cue:\(name)") }
            }
            if !file.options.isEmpty {
                let key = file.rule ?? file.path.fileStem
                options[key, default: [:]].merge(file.options) { _, new in new }
            }
            stopwords.formUnion(file.stopwords)
            phoneWords += file.phoneWords
        }
        self.language = language
        self.automaton = LazyAutomaton(patterns: patterns)
        self.tagIndex = tagIndex
        self.tagsByKind = TagsByKind(tagIndex)
        self.options = options
        self.stopwords = stopwords
        self.phoneWords = phoneWords
    }

    /// Lower-cases, folds typographic quotes, collapses spaces and reads the `~` markers.
    static func normalize(_ text: String) -> (bytes: [UInt8], openStart: Bool, openEnd: Bool, key: String)? {
        var body = Substring(text)
        let openStart = body.hasPrefix("~")
        if openStart { body = body.dropFirst() }
        let openEnd = body.hasSuffix("~")
        if openEnd { body = body.dropLast() }
        let scan = ScanText.plain(String(body).lowercased(), maskPlaceholders: false)
        let bytes = scan.bytes.map { $0 == 0x0A ? 0x20 : $0 }
        guard !bytes.isEmpty else { return nil }
        let key = (openStart ? "~" : "") + String(decoding: bytes.map { ByteClass.fold[Int($0)] }, as: UTF8.self)
            + (openEnd ? "~" : "")
        return (bytes, openStart, openEnd, key)
    }

    func tag(_ name: String) -> Int32? { tagIndex[name] }

    func option(_ name: String, of rule: String) -> String? { options[rule]?[name] }

    /// All phrase matches in `text`, grouped by tag.
    func scan(_ text: ScanText) -> PhraseHits {
        let matches = automaton.compiled.matches(in: text.bytes)
        // Counted first, so every tag's list is allocated once at its size.
        var counts = [Int](repeating: 0, count: tagIndex.count)
        for match in matches { counts[Int(match.tag)] += 1 }
        var byTag = [[PhraseMatch]](repeating: [], count: tagIndex.count)
        for tag in counts.indices where counts[tag] > 0 { byTag[tag].reserveCapacity(counts[tag]) }
        for match in matches { byTag[Int(match.tag)].append(match) }
        return PhraseHits(pack: self, byTag: byTag)
    }
}

/// The phrase matches of one text, by tag name.
struct PhraseHits: Sendable {
    let pack: CompiledLanguage
    let byTag: [[PhraseMatch]]

    func matches(_ tagName: String) -> [PhraseMatch] {
        guard let tag = pack.tag(tagName) else { return [] }
        return byTag[Int(tag)]
    }

    func cue(_ name: String) -> [PhraseMatch] { matches(pack.tagsByKind.cues[name]) }

    /// Matches of `exception:<rule>`.
    func exceptions(_ rule: String) -> [PhraseMatch] { matches(pack.tagsByKind.exceptions[rule]) }

    private func matches(_ tag: Int32?) -> [PhraseMatch] {
        guard let tag else { return [] }
        return byTag[Int(tag)]
    }

    /// Trigger matches of `rule` that no exception of `rule` overlaps.
    func triggers(_ rule: String) -> [PhraseMatch] {
        let hits = matches(pack.tagsByKind.phrases[rule])
        guard !hits.isEmpty else { return [] }
        let exceptions = exceptions(rule)
        guard !exceptions.isEmpty else { return hits }
        return hits.filter { hit in !exceptions.contains { $0.start < hit.end && hit.start < $0.end } }
    }
}

/// A language's tags by kind (`phrase:`, `exception:`, `cue:`), keyed by the name after the prefix.
final class TagsByKind: Sendable {
    let phrases: [String: Int32]
    let exceptions: [String: Int32]
    let cues: [String: Int32]

    init(_ tagIndex: [String: Int32]) {
        var phrases: [String: Int32] = [:]
        var exceptions: [String: Int32] = [:]
        var cues: [String: Int32] = [:]
        // Prefixes compared and cut as bytes, so a name that begins with a combining mark keeps it.
        func rest(_ name: String, after prefix: String) -> String? {
            guard name.utf8.starts(with: prefix.utf8) else { return nil }
            return String(decoding: name.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
        }
        for (name, tag) in tagIndex {
            if let rule = rest(name, after: "phrase:") {
                phrases[rule] = tag
            } else if let rule = rest(name, after: "exception:") {
                exceptions[rule] = tag
            } else if let cue = rest(name, after: "cue:") {
                cues[cue] = tag
            }
        }
        self.phrases = phrases
        self.exceptions = exceptions
        self.cues = cues
    }
}

private extension String {
    /// `/a/b/coupon.yaml` → `coupon`.
    var fileStem: String {
        let name = split(separator: "/").last.map(String.init) ?? self
        if let dot = name.lastIndex(of: ".") { return String(name[..<dot]) }
        return name
    }
}
