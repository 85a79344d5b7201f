/// `samePrimaryLanguage` with the last few answers remembered: the audit compares each message's
/// language with its buyer's locale, and a ledger repeats a handful of pairs. One per `OrderRules`,
/// used from one thread at a time (the auditor's), so its state skips exclusivity checks.
final class LanguageMatches {
    private struct Answer {
        var language: String
        var locale: String
        var same: Bool
    }

    @exclusivity(unchecked) private var answers: [Answer] = []
    @exclusivity(unchecked) private var next = 0
    private static let capacity = 8

    /// Whether `language` and `locale` share their primary subtag.
    func same(_ language: String, _ locale: String) -> Bool {
        for answer in answers where answer.language == language && answer.locale == locale { return answer.same }
        let same = samePrimaryLanguage(language, locale)
        let answer = Answer(language: language, locale: locale, same: same)
        if answers.count < Self.capacity {
            answers.append(answer)
        } else {
            answers[next] = answer
            next = (next + 1) % Self.capacity
        }
        return same
    }
}
