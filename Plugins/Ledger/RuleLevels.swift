import AgencyPluginAPI

/// The effective level of every ledger rule for one seller.
struct RuleLevels: Sendable {
    let reviewOnce: RuleLevel
    let reviewWindow: RuleLevel
    let proactiveWindow: RuleLevel
    let optedOut: RuleLevel
    let buyerLanguage: RuleLevel
    let onePerOrder: RuleLevel
    let dailyVolume: RuleLevel
    let piiRetention: RuleLevel

    init(_ settings: RuleSettings) {
        func level(_ id: String) -> RuleLevel {
            let fallback = LedgerRuleCatalogue.all.first { $0.id == id }?.defaultLevel ?? .error
            return settings.level(for: id, default: fallback)
        }
        reviewOnce = level("review-request-once")
        reviewWindow = level("review-window")
        proactiveWindow = level("proactive-window")
        optedOut = level("opted-out")
        buyerLanguage = level("buyer-language")
        onePerOrder = level("one-message-per-order")
        dailyVolume = level("daily-volume")
        piiRetention = level("pii-retention")
    }
}
