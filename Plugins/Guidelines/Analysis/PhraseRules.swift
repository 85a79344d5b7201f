/// Rules that are phrase lists and nothing more: any trigger not cancelled by an exception is a finding.
enum PhraseRules {
    static let messages: [String: String] = [
        "marketing": "Promotion beyond this order",
        "coupon": "Coupon, discount or promotional offer",
        "opt-out-link": "Unsubscribe or opt-out wording",
        "sensitive-content": "Profane, offensive or violent language",
    ]

    static func check(_ field: FieldContext, rules: [String]) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        for rule in rules {
            let label = messages[rule] ?? rule
            for match in nonOverlapping(field.hits.triggers(rule)) {
                findings.append(field.finding(rule, "\(label): \"\(field.quote(match))\"", at: match.start))
            }
        }
        return findings
    }

    /// One finding per stretch of text: of overlapping matches, the first (and at one start, the longest) is kept.
    static func nonOverlapping(_ matches: [PhraseMatch]) -> [PhraseMatch] {
        guard matches.count > 1 else { return matches }
        let ordered = matches.sorted { ($0.start, $1.end) < ($1.start, $0.end) }
        var kept: [PhraseMatch] = []
        var keptEnd = Int.min
        for match in ordered where match.start >= keptEnd {
            kept.append(match)
            keptEnd = match.end
        }
        return kept
    }
}
