import AgencyPluginAPI
import AgencyStore
import Foundation

/// Counts the orders a review request may go out for on a date, by every ledger checker's planner:
/// the summary's "eligible today".
final class EligibilityCount {
    let planners: [any LedgerOrderPlanner]
    let date: Date
    private(set) var count = 0
    private var plan = LedgerOrderPlan()

    init(planners: [any LedgerOrderPlanner], on date: Date) {
        self.planners = planners
        self.date = date
    }

    /// Counts `order` if every planner allows the request (the order is known to be within reach).
    func add(_ order: LedgerOrder, history: [LedgerMessage]) throws {
        guard !planners.isEmpty else { return }
        for planner in planners {
            try planner.plan(order, history: history, into: &plan)
            guard plan.verdicts.allSatisfy(\.allowed) else { return }
        }
        count += 1
    }

    /// Like `add`, for any order of the ledger: orders out of reach are skipped as `plan` skips them.
    func observe(_ order: LedgerOrder, history: [LedgerMessage]) throws {
        guard !planners.isEmpty, Ledger.isWithinPlanReach(order, on: date) else { return }
        try add(order, history: history)
    }
}
