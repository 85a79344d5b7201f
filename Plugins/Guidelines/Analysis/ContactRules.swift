/// Links, email addresses, phone numbers and emoji in text.
enum ContactRules {
    static func links(_ field: FieldContext, allowedDomains: [String]) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        for hit in LinkScanner.scan(field.text) {
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

    static func phones(_ field: FieldContext, words: PhoneWords) -> [PendingFinding] {
        // Digits inside a link or an email address ("...?id=0123456789") are part of it, not a phone number.
        let links = LinkScanner.scan(field.text).map(\.range)
        return PhoneScanner.scan(field.text, words: words)
            .filter { hit in !links.contains { $0.contains(hit.range.lowerBound) } }
            .map { field.finding("phone-number", "Phone number: \($0.text)", at: $0.range.lowerBound) }
    }

    static func emoji(_ field: FieldContext) -> [PendingFinding] {
        EmojiScanner.scan(field.text).map { hit in
            let code = String(hit.scalar.value, radix: 16, uppercase: true)
            return field.finding("emoji", "Emoji \(String(Character(hit.scalar))) (U+\(code))", at: hit.offset)
        }
    }
}
