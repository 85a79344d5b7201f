import AgencyPluginAPI
import Foundation

/// The `ledger` checker's rules for one order after another: retention, then every counted message
/// against the messages before it (`OrderRules`), findings sorted by rule within the order.
final class OrderAuditor: LedgerOrderAuditor {
    let levels: RuleLevels
    private let rules: OrderRules
    // Used from one thread at a time (the host's contract): no runtime exclusivity checks per order.
    @exclusivity(unchecked) private var calendars: LedgerRuleChecker.Calendars
    private let now: Date

    init(ledger: any LedgerSource, settings: RuleSettings) {
        levels = RuleLevels(settings)
        rules = OrderRules(levels: levels, seller: ledger.seller)
        calendars = LedgerRuleChecker.Calendars(ledger)
        now = ledger.now
    }

    func audit(_ order: LedgerOrder, messages: [LedgerMessage], into findings: inout [Finding]) {
        let start = findings.endIndex
        rules.checkRetention(order, now: now, into: &findings)
        if !messages.isEmpty {
            let days = calendars.days(for: order.marketplace)
            let orderDays = OrderRules.Days(order, days)
            var earlier = EarlierMessages()
            for message in messages where message.counts {
                rules.check(message, earlier: earlier, order: order, days: days, orderDays: orderDays, into: &findings)
                if !earlier.isComplete { earlier.add(message) }
            }
        }
        // Report order within the order (by rule, stable), so the host's sort finds one sorted run.
        if findings.endIndex - start > 1 { findings[start...].sort { $0.rule < $1.rule } }
    }
}
