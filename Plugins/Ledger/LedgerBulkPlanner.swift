import AgencyPluginAPI
import Foundation

/// The `ledger` checker's planner for many orders: rule levels worked out once, one `LocalDays`
/// (with its cache of time-zone offsets) per marketplace.
final class LedgerBulkPlanner: LedgerOrderPlanner {
    let levels: RuleLevels
    let types: [MessageType]
    let date: Date
    /// `OrderPlanner.kind` of each type.
    let kinds: [Int]
    private var calendars: LedgerRuleChecker.Calendars

    init(levels: RuleLevels, types: [MessageType], date: Date, ledger: any LedgerSource) {
        self.levels = levels
        self.types = types
        self.date = date
        kinds = types.map(OrderPlanner.kind)
        calendars = LedgerRuleChecker.Calendars(ledger)
    }

    func plan(_ order: LedgerOrder, history: [LedgerMessage]) throws -> [LedgerPlanEntry] {
        OrderPlanner(levels: levels, order: order, days: calendars.days(for: order.marketplace),
                     history: Self.counted(history, by: date))
            .entries(for: types, kinds: kinds, on: date)
    }

    private var slots: [Int] = []

    func plan(_ order: LedgerOrder, history: [LedgerMessage], into plan: inout LedgerOrderPlan) throws {
        OrderPlanner(levels: levels, order: order, days: calendars.days(for: order.marketplace),
                     history: Self.counted(history, by: date))
            .verdicts(for: types, kinds: kinds, on: date, slots: &slots, into: &plan)
    }

    /// The messages that count, sent by `date`, oldest first (kept in place when already in order).
    static func counted(_ history: [LedgerMessage], by date: Date) -> [LedgerMessage] {
        if history.allSatisfy({ $0.counts && $0.sentAt <= date }),
           zip(history, history.dropFirst()).allSatisfy({ $0.sentAt <= $1.sentAt }) {
            return history
        }
        var counted = history.filter { $0.counts && $0.sentAt <= date }
        if !zip(counted, counted.dropFirst()).allSatisfy({ $0.sentAt <= $1.sentAt }) { counted.sort { $0.sentAt < $1.sentAt } }
        return counted
    }
}
