/// Links, email addresses, phone numbers and emoji in text.
enum ContactRules {
    /// `hits`: the field's links and email addresses (`LinkScanner.scan`).
    static func links(_ field: FieldContext, hits: [LinkScanner.Hit], allowedDomains: [String]) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        for hit in hits {
            switch hit.kind {
            case .email:
                findings.append(field.finding("email-address", "Email address: \(hit.text)", at: hit.range.lowerBound))
            case .link(let host, let insecure):
                if insecure {
                    findings.append(field.finding("insecure-link", "Insecure http:// link: \(hit.text)", at: hit.range.lowerBound))
                }
                if !DomainNames.isAmazon(host) && !DomainNames.isAllowed(host, allowed: allowedDomains) {
                    findings.append(field.finding("external-link", "Link to a site outside Amazon: \(hit.text)", at: hit.range.lowerBound))
                }
            }
        }
        return findings
    }

    /// `links`: the field's links and email addresses, asked for only when a phone number is found.
    static func phones(_ field: FieldContext, words: PhoneWords, links linkHits: () -> [LinkScanner.Hit]) -> [PendingFinding] {
        let hits = PhoneScanner.scan(field.text, words: words)
        guard !hits.isEmpty else { return [] }
        // Digits inside a link or an email address ("...?id=0123456789") are part of it, not a phone
        // number. Both lists in text order, walked together: a 10 MB body has 100,000s of each.
        let links = linkHits().map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var next = 0, reach = 0
        var findings: [PendingFinding] = []
        for hit in hits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            let start = hit.range.lowerBound
            // `reach`: the furthest end of the links that start at or before this hit.
            while next < links.count, links[next].lowerBound <= start {
                reach = max(reach, links[next].upperBound)
                next += 1
            }
            guard start >= reach else { continue }
            findings.append(field.finding("phone-number", "Phone number: \(hit.text)", at: start))
        }
        return findings
    }

    static func emoji(_ field: FieldContext) -> [PendingFinding] {
        EmojiScanner.scan(field.text).map { hit in
            let code = String(hit.scalar.value, radix: 16, uppercase: true)
            return field.finding("emoji", "Emoji \(String(Character(hit.scalar))) (U+\(code))", at: hit.offset)
        }
    }
}
