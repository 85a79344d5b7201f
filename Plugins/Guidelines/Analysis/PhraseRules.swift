/// Rules that are phrase lists and nothing more: any trigger not cancelled by an exception is a finding.
///
/// A rule may also have weak triggers (`cue:<rule>-weak`): phrases that are a finding except next to
/// a `cue:<rule>-weak-exception` (in their sentence or a neighbouring one). "Enter the code" is a
/// coupon, but not in "open the app and enter the code to activate your licence".
enum PhraseRules {
    static let messages: [String: String] = [
        "marketing": "Promotion beyond this order",
        "coupon": "Coupon, discount or promotional offer",
        "opt-out-link": "Unsubscribe or opt-out wording",
        "sensitive-content": "Profane, offensive or violent language",
    ]

    /// The cue names of a rule (`<rule>-refunded`, ...), made once for the rules above.
    struct CueNames: Sendable {
        let refunded: String
        let thisOrder: String
        let weak: String
        /// The tag name `cue:<rule>-weak-exception`.
        let weakExceptionTag: String

        init(rule: String) {
            refunded = "\(rule)-refunded"
            thisOrder = "\(rule)-this-order"
            weak = "\(rule)-weak"
            weakExceptionTag = "cue:\(rule)-weak-exception"
        }
    }

    static let cueNames: [String: CueNames] = Dictionary(uniqueKeysWithValues: messages.keys.map { ($0, CueNames(rule: $0)) })

    static func names(_ rule: String) -> CueNames { cueNames[rule] ?? CueNames(rule: rule) }

    static func check(_ field: FieldContext, rules: [String]) -> [PendingFinding] {
        var findings: [PendingFinding] = []
        for rule in rules {
            let label = messages[rule] ?? rule
            let settled = settledSentences(field, rule: rule)
            for match in nonOverlapping(field.hits.triggers(rule) + weakTriggers(field, rule: rule))
            where !settled.contains(field.sentence(of: match)) {
                findings.append(field.finding(rule, "\(label): \"\(field.quote(match))\"", at: match.start))
            }
        }
        return findings
    }

    /// Sentences where a price reduction is compensation already paid back for this order
    /// (`cue:<rule>-refunded` and `cue:<rule>-this-order` in the same sentence): "we have refunded
    /// you a discount of 5 euros on this order" is not a promotional offer.
    static func settledSentences(_ field: FieldContext, rule: String) -> Set<Int> {
        let cues = Self.names(rule)
        let refunded = field.hits.cue(cues.refunded)
        guard !refunded.isEmpty else { return [] }
        let thisOrder = Set(field.hits.cue(cues.thisOrder).map { field.sentence(of: $0) })
        return Set(refunded.map { field.sentence(of: $0) }).intersection(thisOrder)
    }

    /// Matches of `cue:<rule>-weak` that no exception of `rule` overlaps and no
    /// `cue:<rule>-weak-exception` stands next to (same sentence, or the one before or after).
    static func weakTriggers(_ field: FieldContext, rule: String) -> [PhraseMatch] {
        let cues = Self.names(rule)
        let weak = field.hits.cue(cues.weak)
        guard !weak.isEmpty else { return [] }
        let context = field.sentencesWith([cues.weakExceptionTag])
        let exceptions = field.hits.exceptions(rule)
        return weak.filter { match in
            let sentence = field.sentence(of: match)
            if (sentence - 1...sentence + 1).contains(where: context.contains) { return false }
            return !exceptions.contains { $0.start < match.end && match.start < $0.end }
        }
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
