import AgencyPluginAPI
import Foundation

/// The `ledger` checker: timing, counts, opt-out and language rules over the orders and messages of a seller.
struct LedgerRuleChecker: LedgerChecker {
    let id = LedgerRuleCatalogue.checker
    var rules: [RuleDescriptor] { LedgerRuleCatalogue.all }

    func audit(_ ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding] {
        let auditor = OrderAuditor(ledger: ledger, settings: settings)
        var findings: [Finding] = []
        try ledger.forEachOrder { order, messages in auditor.audit(order, messages: messages, into: &findings) }
        // Volume findings (counted on the pass above) last: they belong to no order, so report order
        // puts them after every order's findings and the host then finds the whole list sorted already.
        findings += try auditWholeLedger(ledger, settings: settings, levels: auditor.levels)
        return findings
    }

    func makeOrderAuditor(ledger: any LedgerSource, settings: RuleSettings) throws -> (any LedgerOrderAuditor)? {
        OrderAuditor(ledger: ledger, settings: settings)
    }

    func auditWholeLedger(_ ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding] {
        try auditWholeLedger(ledger, settings: settings, levels: RuleLevels(settings))
    }

    private func auditWholeLedger(_ ledger: any LedgerSource, settings: RuleSettings, levels: RuleLevels) throws -> [Finding] {
        guard levels.dailyVolume != .off else { return [] }
        let counts = try ledger.dailyCounts()
        return DailyVolume(messages: counts.messages, orders: counts.orders).findings(seller: ledger.seller, level: levels.dailyVolume)
    }

    func guardSend(_ candidate: LedgerMessage, order: LedgerOrder, history: [LedgerMessage],
                   ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding] {
        let levels = RuleLevels(settings)
        let rules = OrderRules(levels: levels, seller: ledger.seller)
        let days = LocalDays(timeZone: ledger.timeZone(for: order.marketplace))
        let earlier = EarlierMessages(history.filter(\.counts).sorted { $0.sentAt < $1.sentAt })
        var findings: [Finding] = []
        rules.check(candidate, earlier: earlier, order: order, days: days, orderDays: OrderRules.Days(order, days),
                    into: &findings)
        if levels.dailyVolume != .off {
            let counts = try ledger.dailyCounts()
            let day = LocalDays.string(day: days.day(of: candidate.sentAt))
            findings += DailyVolume(messages: counts.messages, orders: counts.orders)
                .findings(seller: ledger.seller, level: levels.dailyVolume, extraDay: day, extra: 1)
        }
        return findings
    }

    func plan(_ order: LedgerOrder, history: [LedgerMessage], types: [MessageType], on date: Date,
              ledger: any LedgerSource, settings: RuleSettings) throws -> [LedgerPlanEntry] {
        let planner = OrderPlanner(levels: RuleLevels(settings), order: order,
                                   days: LocalDays(timeZone: ledger.timeZone(for: order.marketplace)),
                                   history: LedgerBulkPlanner.counted(history, by: date))
        return planner.entries(for: types, on: date)
    }

    func makePlanner(types: [MessageType], on date: Date, ledger: any LedgerSource,
                     settings: RuleSettings) throws -> any LedgerOrderPlanner {
        LedgerBulkPlanner(levels: RuleLevels(settings), types: types, date: date, ledger: ledger)
    }

    /// One `LocalDays` per marketplace, so offsets are cached across orders.
    struct Calendars {
        let ledger: any LedgerSource
        var byMarketplace: [String: LocalDays] = [:]

        init(_ ledger: any LedgerSource) { self.ledger = ledger }

        /// The marketplace asked for last, and its days: most ledgers have one or two marketplaces.
        private var last: (marketplace: String, days: LocalDays)?

        mutating func days(for marketplace: String) -> LocalDays {
            if let last, last.marketplace == marketplace { return last.days }
            let days = byMarketplace[marketplace] ?? LocalDays(timeZone: ledger.timeZone(for: marketplace))
            byMarketplace[marketplace] = days
            last = (marketplace, days)
            return days
        }
    }
}
