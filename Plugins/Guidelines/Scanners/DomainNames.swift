/// What counts as a domain name, an Amazon host, or a seller's allowed domain.
enum DomainNames {
    /// Top-level domains recognised in bare domains (`example.org/care`). File extensions such as
    /// `pdf` or `md` are left out on purpose.
    static let topLevel: Set<String> = [
        "com", "net", "org", "info", "biz", "io", "co", "uk", "de", "fr", "es", "it", "eu", "us", "ca", "mx",
        "jp", "au", "nl", "be", "at", "ch", "se", "pl", "pt", "ie", "dk", "no", "fi", "cz", "at", "shop", "store",
        "online", "site", "app", "dev", "ly", "gl", "me", "tv", "xyz", "club", "link", "page", "ai", "cc", "to",
        "gg", "in", "nz", "br", "ru", "cn", "tech", "blog", "website", "email", "help", "support", "global",
        "world", "life", "live", "news", "media", "shopping", "company", "team", "gmbh", "ltd", "inc", "asia",
    ]

    /// Top-level domains that are also short words; a capital right after the dot reads as a missing space.
    static let ambiguous: Set<String> = [
        "it", "be", "at", "no", "me", "to", "in", "us", "es", "de", "fr", "co", "io", "se", "help", "team",
        "life", "live", "news", "support", "email", "page", "link", "store", "shop", "site", "online", "world",
    ]

    /// Suffixes that are spelled out as `example dot com` in text.
    static let spelledTopLevel: Set<String> = ["com", "net", "org", "info", "shop", "store", "io", "co", "uk"]

    /// Each language's own country domains after its own dot word: `schlafgut punkt de`, `maison-douce point fr`.
    static let spelledCountryTopLevel: [String: Set<String>] = [
        "punkt": ["de", "at", "ch"], "punto": ["es", "it"], "point": ["fr", "be"],
    ]

    /// Dot word and domain pairs that are also ordinary phrases ("point de vue", "el punto es que",
    /// "the point be"): only a brand-like name (hyphen or digit) or a content word at the end of a
    /// phrase makes them a domain.
    static let spelledAmbiguous: Set<String> = ["point de", "punto es", "point be"]

    /// Short function words that come before "point"/"punto" in ordinary prose.
    static let spelledProseWords: Set<String> = [
        "le", "au", "un", "du", "ce", "mon", "ton", "son", "bon", "mise", "premier", "dernier", "petit", "grand",
        "chaque", "quel", "the", "a", "one", "this", "that", "my", "el", "este", "ese", "aquel", "otro", "primer",
        "segundo", "tercer", "último", "ultimo", "mismo", "nuestro", "su", "mi", "tu", "buen", "mal", "gran", "cada",
        "del", "al", "ningún", "algún", "cuyo", "whose",
    ]

    /// Whether `name dotWord tld` (lower case, non-English dot word) spells a domain.
    static func isSpelledDomain(name: String, dotWord: String, tld: String, followedByWord: Bool) -> Bool {
        if spelledTopLevel.contains(tld) { return true }
        guard let own = spelledCountryTopLevel[dotWord], own.contains(tld) else { return false }
        guard spelledAmbiguous.contains("\(dotWord) \(tld)") else { return true }
        if name.utf8.contains(where: { $0 == 0x2D || (0x30...0x39).contains($0) }) { return true }
        return !followedByWord && name.count >= 4 && !spelledProseWords.contains(name)
    }

    /// Second-level public suffixes (`co.uk`, `com.mx`).
    static let secondLevelSuffixes: Set<String> = [
        "co.uk", "com.mx", "co.jp", "com.au", "com.br", "com.tr", "com.be", "co.za", "com.sg", "org.uk", "co.nz",
    ]

    /// Whether `host` (lower case) is Amazon's: `amazon.<suffix>` and its subdomains, `amzn.to`, `a.co`, ...
    static func isAmazon(_ host: String) -> Bool {
        // An ASCII host is split as bytes (splitting a string walks its characters, which costs
        // more than the rest of the rule); ASCII bytes are characters, so the answer is the same.
        if let answer = host.utf8.withContiguousStorageIfAvailable({ isAmazonASCII(host, $0) }), let answer {
            return answer
        }
        // Labels as slices of `host` and suffixes compared as bytes: this runs for every link and
        // image of every message, and building strings for each label cost more than the rule.
        let labels = host.split(separator: ".")
        guard labels.count >= 2 else { return false }
        if amazonShortLinkHosts.contains(where: { host == $0 || endsWithSubdomain(host, of: $0) }) {
            return true
        }
        let lastTwo = String(labels[labels.count - 2]) + "." + labels[labels.count - 1]
        let registrable = secondLevelSuffixes.contains(lastTwo) && labels.count >= 3
            ? labels[labels.count - 3] : labels[labels.count - 2]
        return registrable == "amazon"
    }

    /// `isAmazon(host)` for `bytes`, the UTF-8 of `host`, when it is ASCII; nil otherwise.
    private static func isAmazonASCII(_ host: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        // The last three non-empty labels (as byte ranges, the last one first) and how many there are.
        var last: Range<Int> = 0..<0, second: Range<Int> = 0..<0, third: Range<Int> = 0..<0
        var labelCount = 0
        var labelStart = 0
        for position in 0...bytes.count {
            if position < bytes.count {
                let byte = bytes[position]
                if byte >= 0x80 { return nil }
                if byte != 0x2E { continue }
            }
            if position > labelStart {
                third = second
                second = last
                last = labelStart..<position
                labelCount += 1
            }
            labelStart = position + 1
        }
        guard labelCount >= 2 else { return false }
        if amazonShortLinkHosts.contains(where: { host == $0 || endsWithSubdomain(host, of: $0) }) {
            return true
        }
        // The last two labels joined by one dot: in place when one dot parts them in `host`.
        let secondLevel: Bool
        if labelCount < 3 {
            secondLevel = false
        } else if last.lowerBound == second.upperBound + 1 {
            let lastTwo = bytes[second.lowerBound..<last.upperBound]
            secondLevel = secondLevelSuffixBytes.contains { lastTwo.elementsEqual($0) }
        } else {
            secondLevel = secondLevelSuffixBytes.contains(Array(bytes[second]) + [0x2E] + Array(bytes[last]))
        }
        let registrable = secondLevel ? third : second
        return bytes[registrable].elementsEqual(amazonLabel)
    }

    private static let secondLevelSuffixBytes: [[UInt8]] = secondLevelSuffixes.map { Array($0.utf8) }
    private static let amazonLabel: [UInt8] = Array("amazon".utf8)

    /// Amazon's short-link hosts, which carry no `amazon` label.
    static let amazonShortLinkHosts = ["amzn.to", "amzn.eu", "amzn.com", "amzn.asia", "a.co"]

    /// Whether `host` ends with `.domain` (compared as UTF-8 bytes).
    private static func endsWithSubdomain(_ host: String, of domain: String) -> Bool {
        let hostBytes = host.utf8, domainBytes = domain.utf8
        guard hostBytes.count > domainBytes.count else { return false }
        let start = hostBytes.index(hostBytes.endIndex, offsetBy: -domainBytes.count)
        return hostBytes[hostBytes.index(before: start)] == UInt8(ascii: ".") && hostBytes[start...].elementsEqual(domainBytes)
    }

    /// Whether `host` is `domain` or one of its subdomains, for any of `allowed`.
    static func isAllowed(_ host: String, allowed: [String]) -> Bool {
        allowed.contains { domain in host == domain || host.hasSuffix("." + domain) }
    }

    /// Whether `host` (original case) looks like a real domain name: two or more labels of letters,
    /// digits and hyphens ending in a known top-level domain.
    static func isDomain(_ host: Substring, requireStrict: Bool = true) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last else { return false }
        let tld = last.lowercased()
        guard topLevel.contains(tld) else { return false }
        var sawLetter = false
        for label in labels {
            guard !label.isEmpty, label.first != "-", label.last != "-" else { return false }
            for scalar in label.unicodeScalars {
                let value = scalar.value
                let ok = (value >= 0x30 && value <= 0x39) || (value >= 0x61 && value <= 0x7A)
                    || (value >= 0x41 && value <= 0x5A) || value == 0x2D || value == UInt32(ScanText.placeholder)
                guard ok else { return false }
                if value > 0x39 { sawLetter = true }
            }
        }
        guard sawLetter else { return false }
        if requireStrict && ambiguous.contains(tld) && labels.count == 2 {
            // "fertig.Es" or "done.It" is a missing space, not a domain.
            if let first = last.unicodeScalars.first, first.properties.isUppercase,
               labels[0].unicodeScalars.contains(where: { $0.properties.isLowercase }) {
                return false
            }
        }
        return true
    }
}
