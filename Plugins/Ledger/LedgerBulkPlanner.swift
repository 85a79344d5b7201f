import AgencyPluginAPI
import Foundation

/// The `ledger` checker's planner for many orders: rule levels worked out once, one `LocalDays`
/// (with its cache of time-zone offsets) per marketplace, and each distinct set of `PlanFacts`
/// planned once: orders with the same facts share one plan and its `reuseKey`.
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
    /// Plans already worked out, by the facts they depend on, each with its `reuseKey`.
    private var known: [PlanFacts: LedgerOrderPlan] = [:]
    private var lastKey = 0
    /// Distinct plans kept (a few MB at most); past this the memory starts afresh.
    private static let knownCapacity = 4_096

    func plan(_ order: LedgerOrder, history: [LedgerMessage], into plan: inout LedgerOrderPlan) throws {
        let days = calendars.days(for: order.marketplace)
        let counted = Self.counted(history, by: date)
        let facts = PlanFacts(order: order, history: counted, day: days.day(of: date), days: days)
        if let knownPlan = known[facts] {
            plan = knownPlan
            return
        }
        OrderPlanner(levels: levels, order: order, days: days, history: counted)
            .verdicts(for: types, kinds: kinds, on: date, slots: &slots, into: &plan)
        if known.count >= Self.knownCapacity { known.removeAll(keepingCapacity: true) }
        lastKey += 1
        plan.reuseKey = lastKey
        known[facts] = plan
    }

    /// The messages that count, sent by `date`, oldest first (kept in place when already in order).
    static func counted(_ history: [LedgerMessage], by date: Date) -> [LedgerMessage] {
        if isCountedAndInOrder(history, by: date) { return history }
        var counted = history.filter { $0.counts && $0.sentAt <= date }
        if !zip(counted, counted.dropFirst()).allSatisfy({ $0.sentAt <= $1.sentAt }) { counted.sort { $0.sentAt < $1.sentAt } }
        return counted
    }

    /// Whether every message counts, went out by `date`, and none is earlier than the one before it.
    private static func isCountedAndInOrder(_ history: [LedgerMessage], by date: Date) -> Bool {
        var previous: Date?
        for index in history.indices {
            let sentAt = history[index].sentAt
            guard sentAt <= date, history[index].counts else { return false }
            if let previous, sentAt < previous { return false }
            previous = sentAt
        }
        return true
    }
}
