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
            for match in field.hits.triggers(rule) {
                findings.append(field.finding(rule, "\(label): \"\(field.quote(match))\"", at: match.start))
            }
        }
        return findings
    }
}
