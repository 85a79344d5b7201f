/// Finds links, bare and spelled-out domains and email addresses (plain or obfuscated) in text.
struct LinkScanner {
    enum Kind: Sendable {
        /// A URL or domain; `host` is lower case; `insecure` for `http://`.
        case link(host: String, insecure: Bool)
        case email
    }

    struct Hit: Sendable {
        var kind: Kind
        var range: Range<Int>
        var text: String
    }

    private struct Word {
        var text: String
        var lowered: String
        var range: Range<Int>
    }

    /// Brackets around a word are trimmed before the lookup: `[arobase]` is `arobase`.
    static let atWords: Set<String> = ["at", "[at]", "(at)", "{at}", "<at>", "ät", "[ät]", "(ät)", "arroba", "chiocciola", "arobase"]
    /// Words for `/` in a spelled-out address: `linge-doux point fr slash guide`.
    static let slashWords: Set<String> = ["slash", "barra", "barre", "schrägstrich"]
    static let dotWords: Set<String> = ["dot", "[dot]", "(dot)", "{dot}", "<dot>", "[.]", "(.)", "punkt", "[punkt]", "(punkt)",
                                        "point", "[point]", "(point)", "punto", "[punto]", "(punto)"]
    static let mailboxNames: Set<String> = [
        "info", "support", "service", "help", "contact", "hello", "kontakt", "sales", "care", "customerservice",
        "kundenservice", "mail", "office", "admin", "servicio", "assistenza", "contatto", "contacto",
    ]
    /// Words after which a bare English "at" names a place, not a mailbox: "the guide lives at example dot co dot uk",
    /// "visit us at example dot com" are links, not spelled-out email addresses.
    static let placeLeadWords: Set<String> = [
        "lives", "live", "is", "are", "was", "available", "online", "here", "there", "found", "find", "visit", "look",
        "see", "guide", "page", "website", "site", "blog", "video", "videos", "hosted", "posted", "published", "listed",
        "watch", "read", "tutorial", "tutorials", "faq", "faqs",
    ]
    /// Verbs before "us at" that make it a place ("visit us at"), unlike "email us at".
    static let placeVerbsBeforeUs: Set<String> = ["visit", "find", "see", "join", "follow"]
    private static let leadingTrim = ByteSet("(\"'<[{*_")
    private static let trailingTrim = ByteSet(".,;:!?)\"'>]}*_")
    /// The same word lists as bytes, so tokens are compared without building strings.
    private static let atWordBytes = WordList(atWords)
    private static let dotWordBytes = WordList(dotWords)
    private static let topLevelBytes = WordList(DomainNames.topLevel)
    /// By the lower-cased last byte of a token: 1 when an at-word ends with it, 2 when a dot-word does.
    /// Every such word ends with an ASCII character that no other text is canonically equivalent to,
    /// so a token that is not byte-equal to a word but equivalent to one ends with that byte too.
    private static let shortWordEnds: [UInt8] = (0..<256).map { value in
        (atWords.contains { $0.utf8.last == UInt8(value) } ? 1 : 0) | (dotWords.contains { $0.utf8.last == UInt8(value) } ? 2 : 0)
    }

    /// A whitespace-separated token; `interesting` when it holds `.`, `@`, `:` or brackets.
    private struct Token {
        var range: Range<Int>
        var interesting: Bool
    }

    static func scan(_ text: ScanText) -> [Hit] {
        let bytes = text.bytes
        let tokens = tokenize(bytes)
        var hits: [Hit] = []
        var consumed = TokenMarks(count: tokens.count)
        // Local copies: a static read in the loop costs a `swift_once` check every time.
        let atWordBytes = Self.atWordBytes
        let dotWordBytes = Self.dotWordBytes
        let shortWordEnds = Self.shortWordEnds
        func word(_ index: Int) -> Word {
            let range = tokens[index].range
            let slice = bytes[range]
            return Word(text: String(decoding: slice, as: UTF8.self),
                        lowered: String(decoding: slice.map(ByteClass.lower), as: UTF8.self), range: range)
        }
        func isShortWord(_ index: Int, in list: WordList) -> Bool {
            guard index >= 0, index < tokens.count else { return false }
            let range = tokens[index].range
            guard range.count >= 2, range.count <= 10 else { return false }
            // Cheap filter before comparing: every at/dot word starts with one of these.
            let first = ByteClass.lower(bytes[range.lowerBound])
            guard first == 0x61 || first == 0x64 || first == 0x70 || first == 0x63 || first == 0x5B || first == 0x28
                || first == 0x7B || first == 0x3C || first == 0xC3 else { return false }
            return list.containsLowered(bytes, range)
        }
        func startsWithLetter(_ index: Int) -> Bool { ByteClass.isASCIILetter(bytes[tokens[index].range.lowerBound]) || bytes[tokens[index].range.lowerBound] >= 0x80 }
        /// Whether sentence punctuation directly follows token `index` (trimmed from the token).
        func endsSentence(_ index: Int) -> Bool {
            let end = tokens[index].range.upperBound
            guard end < bytes.count else { return true }
            let next = bytes[end]
            return next == 0x2E || next == 0x21 || next == 0x3F || next == 0x3B || next == 0x2C || next == 0x3A || next == 0x29
        }
        /// Whether token `index` is a bare "at" that reads as a place ("lives at", "visit us at").
        func isPlaceAt(_ index: Int) -> Bool {
            guard index >= 1, index < tokens.count, tokens[index].range.count == 2 else { return false }
            guard word(index).lowered == "at" else { return false }
            let lead = word(index - 1).lowered
            if lead == "us" { return index >= 2 && placeVerbsBeforeUs.contains(word(index - 2).lowered) }
            return placeLeadWords.contains(lead)
        }
        for index in tokens.indices where !consumed.contains(index) {
            if tokens[index].interesting, isCandidate(bytes, tokens[index].range), let hit = classify(word(index)) {
                hits.append(hit)
                continue
            }
            guard tokens[index].range.count <= 10, tokens[index].range.count >= 2 else { continue }
            let lists = shortWordEnds[Int(ByteClass.lower(bytes[tokens[index].range.upperBound - 1]))]
            guard lists != 0 else { continue }
            // name at example dot com / name [at] example [dot] com / support at example.com
            if lists & 1 != 0, isShortWord(index, in: atWordBytes), index > 0, index + 1 < tokens.count, !consumed.contains(index - 1),
               !isPlaceAt(index) {
                let name = word(index - 1)
                let next = word(index + 1)
                let at = word(index)
                if index + 3 < tokens.count, isShortWord(index + 2, in: dotWordBytes),
                   isLabel(name.lowered.replacingDots()), isLabel(next.lowered), DomainNames.topLevel.contains(word(index + 3).lowered) {
                    let last = word(index + 3)
                    hits.append(Hit(kind: .email, range: name.range.lowerBound..<last.range.upperBound,
                                    text: [name.text, at.text, next.text, word(index + 2).text, last.text].joined(separator: " ")))
                    consumed.insert([index - 1, index + 1, index + 2, index + 3])
                    continue
                }
                let mailboxLike = mailboxNames.contains(name.lowered) || name.lowered.contains(".") || name.lowered.contains("_")
                if mailboxLike, isLabel(name.lowered.replacingDots()), DomainNames.isDomain(Substring(next.text), requireStrict: false) {
                    hits.append(Hit(kind: .email, range: name.range.lowerBound..<next.range.upperBound,
                                    text: "\(name.text) \(at.text) \(next.text)"))
                    consumed.insert([index - 1, index + 1])
                    continue
                }
            }
            // example dot com, example [dot] co [dot] uk
            if lists & 2 != 0, isShortWord(index, in: dotWordBytes), index > 0, index + 1 < tokens.count, !consumed.contains(index - 1) {
                let dot = word(index)
                let name = word(index - 1)
                let tldWord = word(index + 1)
                let tld = tldWord.lowered
                let english = dot.lowered.contains("dot") || dot.lowered.hasPrefix("[") || dot.lowered.hasPrefix("(")
                // A word after the domain reads as prose ("el punto es que"), unless it spells a slash.
                let followedByWord = index + 2 < tokens.count && startsWithLetter(index + 2) && !endsSentence(index + 1)
                    && !slashWords.contains(word(index + 2).lowered)
                let tldOK = english ? DomainNames.topLevel.contains(tld)
                    : DomainNames.isSpelledDomain(name: name.lowered, dotWord: dot.lowered, tld: tld, followedByWord: followedByWord)
                if tldOK, isLabel(name.lowered), !atWords.contains(name.lowered), name.lowered.count >= 2,
                   !isShortWord(index - 2, in: atWordBytes) || isPlaceAt(index - 2) {
                    hits.append(Hit(kind: .link(host: "\(name.lowered).\(tld)", insecure: false),
                                    range: name.range.lowerBound..<tldWord.range.upperBound,
                                    text: "\(name.text) \(dot.text) \(tldWord.text)"))
                    consumed.insert([index - 1, index + 1])
                }
            }
        }
        return hits
    }

    private static func isLabel(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ByteClass.isASCIIAlnum($0) || $0 == 0x2D || $0 == ScanText.placeholder }
    }

    /// Byte kinds for `tokenize`: 1 separates tokens (space, line break), 2 makes a token interesting,
    /// 4 may be trimmed from a token's start, 8 from its end.
    private static let tokenByteKind: [UInt8] = (0..<256).map { value in
        var kind: UInt8
        switch value {
        case 0x20, 0x0A: kind = 1
        case 0x2E, 0x40, 0x3A, 0x5B, 0x28: kind = 2
        default: kind = 0
        }
        if leadingTrim.contains(UInt8(value)) { kind |= 4 }
        if trailingTrim.contains(UInt8(value)) { kind |= 8 }
        return kind
    }

    /// Whitespace-separated tokens, with surrounding punctuation trimmed ("[at]" and "(dot)" stay whole).
    private static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        // Room for a token every four bytes: growing the list copied it more often than not.
        tokens.reserveCapacity(bytes.count / 4 + 8)
        bytes.withUnsafeBufferPointer { buffer in
            tokenByteKind.withUnsafeBufferPointer { kind in
                var index = 0
                let count = buffer.count
                while index < count {
                    while index < count && kind[Int(buffer[index])] == 1 { index += 1 }
                    let start = index
                    var mask: UInt8 = 0
                    while index < count {
                        let byteKind = kind[Int(buffer[index])]
                        if byteKind == 1 { break }
                        mask |= byteKind
                        index += 1
                    }
                    guard index > start else { continue }
                    // Most tokens are plain words: nothing to trim, nothing to look up.
                    if kind[Int(buffer[start])] & 4 == 0 && kind[Int(buffer[index - 1])] & 8 == 0 && index - start < 2048 {
                        tokens.append(Token(range: start..<index, interesting: mask & 2 != 0))
                    } else if let token = token(bytes, start..<index, interesting: mask & 2 != 0, kind: kind) {
                        tokens.append(token)
                    }
                }
            }
        }
        return tokens
    }

    /// The token for the whitespace-delimited run `range`, trimmed, or nil when nothing is left.
    /// `kind` is `tokenByteKind`, whose bits 4 and 8 are `leadingTrim` and `trailingTrim`.
    private static func token(_ bytes: [UInt8], _ range: Range<Int>, interesting: Bool,
                              kind: UnsafeBufferPointer<UInt8>) -> Token? {
        var start = range.lowerBound
        var end = range.upperBound
        let first = bytes[start]
        if end - start <= 8, first == 0x5B || first == 0x28 || first == 0x7B || first == 0x3C {
            var trimmedEnd = end
            while trimmedEnd > start && (bytes[trimmedEnd - 1] == 0x2C || bytes[trimmedEnd - 1] == 0x2E || bytes[trimmedEnd - 1] == 0x3A) {
                trimmedEnd -= 1
            }
            if atWordBytes.containsLowered(bytes, start..<trimmedEnd) || dotWordBytes.containsLowered(bytes, start..<trimmedEnd) {
                return Token(range: start..<trimmedEnd, interesting: false)
            }
        }
        while start < end && kind[Int(bytes[start])] & 4 != 0 { start += 1 }
        while end > start && kind[Int(bytes[end - 1])] & 8 != 0 { end -= 1 }
        guard end > start, end - start < 2048 else { return nil }
        var stillInteresting = false
        if interesting {
            for position in start..<end {
                let byte = bytes[position]
                if byte == 0x2E || byte == 0x40 || byte == 0x3A || byte == 0x5B || byte == 0x28 {
                    stillInteresting = true
                    break
                }
            }
        }
        return Token(range: start..<end, interesting: stillInteresting)
    }

    /// A cheap byte-level test before any string is built: a scheme, `www.`, an `@`, an obfuscated
    /// `[at]`/`(dot)`, or a last label that is a known top-level domain.
    private static func isCandidate(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var lastDot = -1
        var end = range.upperBound
        for position in range {
            let byte = bytes[position]
            if byte == 0x40 || byte == 0x5B || byte == 0x28 || byte == 0x3A { return true }
            if byte == 0x2F || byte == 0x3F || byte == 0x23 {
                end = position
                break
            }
            if byte == 0x2E { lastDot = position }
        }
        guard lastDot >= range.lowerBound, end - lastDot - 1 >= 2, end - lastDot - 1 <= 12 else { return false }
        if range.count >= 4, ByteClass.lower(bytes[range.lowerBound]) == 0x77, ByteClass.lower(bytes[range.lowerBound + 1]) == 0x77,
           ByteClass.lower(bytes[range.lowerBound + 2]) == 0x77, bytes[range.lowerBound + 3] == 0x2E { return true }
        return topLevelBytes.containsLowered(bytes, (lastDot + 1)..<end)
    }


    /// A word that is on its own a URL, a domain or an email address.
    private static func classify(_ word: Word) -> Hit? {
        let lowered = word.lowered
        let bytes = Array(lowered.utf8)
        if let schemeEnd = bytes.firstIndex(of: [0x3A, 0x2F, 0x2F]) {
            var schemeStart = schemeEnd
            while schemeStart > 0 && ByteClass.isASCIILetter(bytes[schemeStart - 1]) { schemeStart -= 1 }
            let name = String(decoding: bytes[schemeStart..<schemeEnd], as: UTF8.self)
            guard name == "http" || name == "https" || name == "ftp" else { return nil }
            let host = hostPart(Substring(String(decoding: bytes[(schemeEnd + 3)...], as: UTF8.self)))
            guard !host.isEmpty else { return nil }
            return Hit(kind: .link(host: host, insecure: name != "https"), range: word.range, text: word.text)
        }
        if bytes.starts(with: Array("mailto:".utf8)) {
            return Hit(kind: .email, range: word.range, text: word.text)
        }
        let obfuscatedAt = bytes.firstIndex(of: Array("[at]".utf8)) != nil || bytes.firstIndex(of: Array("(at)".utf8)) != nil
        // An `@` inside a URL path ("youtube.com/@channel") is not an email address.
        let atInPath = bytes.firstIndex(of: 0x2F).map { slash in bytes.firstIndex(of: 0x40).map { slash < $0 } ?? false } ?? false
        if (bytes.contains(0x40) && !atInPath) || obfuscatedAt {
            let normalized = replacingBracketedDots(lowered.replacingOccurrences("[at]", "@").replacingOccurrences("(at)", "@"))
            let parts = normalized.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
                  local.utf8.allSatisfy({ ByteClass.isASCIIAlnum($0) || "._%+-".utf8.contains($0) || $0 == ScanText.placeholder }),
                  DomainNames.isDomain(hostPart(domain)[...], requireStrict: false) else { return nil }
            return Hit(kind: .email, range: word.range, text: word.text)
        }
        if bytes.starts(with: Array("www.".utf8)) {
            let host = hostPart(lowered[...])
            guard host.count > 4 else { return nil }
            return Hit(kind: .link(host: host, insecure: false), range: word.range, text: word.text)
        }
        let obfuscatedDot = bracketedDotWords.contains { bytes.firstIndex(of: Array($0.utf8)) != nil }
        let originalHost: Substring
        if !obfuscatedDot {
            let end = word.text.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? word.text.endIndex
            originalHost = word.text[..<end]
        } else {
            originalHost = Substring(hostPart(replacingBracketedDots(lowered)[...]))
        }
        guard originalHost.utf8.contains(0x2E), DomainNames.isDomain(originalHost) else { return nil }
        return Hit(kind: .link(host: originalHost.lowercased(), insecure: false), range: word.range, text: word.text)
    }

    /// Bracketed dot words that may be glued to the name around them, in every pack language:
    /// `service(at)beispiel(punkt)de`, `info[at]casa[punto]it`.
    static let bracketedDotWords = ["[dot]", "(dot)", "[punkt]", "(punkt)", "[punto]", "(punto)", "[point]", "(point)"]

    /// `text` (lower case) with each bracketed dot word replaced by `.`.
    static func replacingBracketedDots(_ text: String) -> String {
        bracketedDotWords.reduce(text) { $0.replacingOccurrences($1, ".") }
    }

    /// The host of a URL remainder: up to `/`, `?`, `#` or `:`, without user info.
    static func hostPart(_ rest: Substring) -> String {
        // Every delimiter is ASCII, so the UTF-8 bytes are searched directly (walking characters
        // costs hundreds of instructions each); the cuts fall on character boundaries.
        let utf8 = rest.utf8
        var end = utf8.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? utf8.endIndex
        var start = utf8.startIndex
        if let at = utf8[start..<end].lastIndex(of: UInt8(ascii: "@")) { start = utf8.index(after: at) }
        if let colon = utf8[start..<end].firstIndex(of: UInt8(ascii: ":")) { end = colon }
        while end > start, utf8[utf8.index(before: end)] == UInt8(ascii: ".") { end = utf8.index(before: end) }
        return String(rest[start..<end])
    }
}

extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var result = Substring(self)
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return String(result)
    }

    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard Array(utf8).firstIndex(of: Array(target.utf8)) != nil else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    fileprivate func replacingDots() -> String { replacingOccurrences(".", "").replacingOccurrences("_", "") }
}

extension Array where Element == UInt8 {
    /// Index of the first occurrence of `needle`, by plain byte comparison.
    func firstIndex(of needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var index = 0
        while index + needle.count <= count {
            if self[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where self[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}

/// Token indexes already used by a hit, one flag per token.
private struct TokenMarks {
    private var marks: [Bool]

    init(count: Int) { marks = [Bool](repeating: false, count: count) }

    func contains(_ index: Int) -> Bool { index >= 0 && index < marks.count && marks[index] }

    mutating func insert(_ indexes: [Int]) {
        for index in indexes where index >= 0 && index < marks.count { marks[index] = true }
    }
}

/// A set of bytes as a 256-entry table.
struct ByteSet: Sendable {
    private let members: [Bool]

    init(_ characters: String) {
        var members = [Bool](repeating: false, count: 256)
        for byte in characters.utf8 { members[Int(byte)] = true }
        self.members = members
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }
}

/// A word list for comparing byte ranges without building strings.
struct WordList: Sendable {
    let words: Set<String>
    /// The ASCII words of up to 16 bytes, packed little-endian into two integers, by byte length.
    private let packedByLength: [[PackedWord]]
    /// Words that cannot be packed (longer than 16 bytes), by byte length.
    private let longByLength: [[[UInt8]]]
    /// Whether a word has a non-ASCII byte; text of the same length and non-ASCII bytes is then compared as a string.
    private let hasNonASCII: Bool
    /// When every non-ASCII word ends in an ASCII byte, those bytes: a text canonically equivalent to
    /// such a word ends with the same byte (nil: no such shortcut).
    private let nonASCIILastBytes: Set<UInt8>?

    struct PackedWord: Sendable, Equatable {
        var low: UInt64
        var high: UInt64
    }

    init(_ words: Set<String>) {
        self.words = words
        let encoded = words.map { Array($0.utf8) }
        let longest = (encoded.map(\.count).max() ?? 0) + 1
        var packed = [[PackedWord]](repeating: [], count: longest)
        var long = [[[UInt8]]](repeating: [], count: longest)
        for word in encoded.sorted(by: { $0.lexicographicallyPrecedes($1) }) where !word.contains(where: { $0 >= 0x80 }) {
            if word.count <= 16 {
                packed[word.count].append(Self.pack(word, 0..<word.count, lower: false))
            } else {
                long[word.count].append(word)
            }
        }
        packedByLength = packed
        longByLength = long
        let nonASCII = encoded.filter { $0.contains { $0 >= 0x80 } }
        hasNonASCII = !nonASCII.isEmpty
        let lastBytes = nonASCII.compactMap(\.last)
        nonASCIILastBytes = lastBytes.allSatisfy { $0 < 0x80 } ? Set(lastBytes) : nil
    }

    /// Bytes `range` of `bytes` (at most 16), ASCII letters lowered when `lower`, packed little-endian.
    @inline(__always)
    private static func pack<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>, lower: Bool) -> PackedWord
    where Bytes.Index == Int {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var shift: UInt64 = 0
        for position in range {
            let byte = UInt64(lower ? ByteClass.lower(bytes[position]) : bytes[position])
            if shift < 64 {
                low |= byte << shift
            } else {
                high |= byte << (shift - 64)
            }
            shift += 8
        }
        return PackedWord(low: low, high: high)
    }

    /// Whether `text[range]`, ASCII letters lowered, is one of the words (by string equality).
    func containsLowered(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let count = range.count
        for position in range where text[position] >= 0x80 {
            // Non-ASCII text may be canonically equivalent to a word without being byte-equal
            // (a decomposed "ä"); ASCII-only words cannot be. Canonical equivalence keeps the last
            // character of a word that ends in a letter or bracket, so check that byte first.
            guard hasNonASCII else { return false }
            if let lastBytes = nonASCIILastBytes, let last = range.last, !lastBytes.contains(ByteClass.lower(text[last])) { return false }
            return words.contains(String(decoding: text[range].map(ByteClass.lower), as: UTF8.self))
        }
        guard count < packedByLength.count else { return false }
        if count <= 16 {
            let candidates = packedByLength[count]
            guard !candidates.isEmpty else { return false }
            let packed = Self.pack(text, range, lower: true)
            return candidates.contains(packed)
        }
        for word in longByLength[count] {
            var equal = true
            var position = range.lowerBound
            for byte in word {
                if ByteClass.lower(text[position]) != byte {
                    equal = false
                    break
                }
                position += 1
            }
            if equal { return true }
        }
        return false
    }
}
