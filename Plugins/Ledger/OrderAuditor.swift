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

    /// Stable insertion sort of `findings[start...]` by rule, swapping in place: an order has a few
    /// findings, and sorting the slice copied every one of them into a new array and back.
    static func sortByRule(_ findings: inout [Finding], from start: Int) {
        for index in (start + 1)..<findings.endIndex {
            var position = index
            while position > start, findings[position].rule < findings[position - 1].rule {
                findings.swapAt(position, position - 1)
                position -= 1
            }
        }
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
        if findings.endIndex - start > 1 { Self.sortByRule(&findings, from: start) }
    }
}
