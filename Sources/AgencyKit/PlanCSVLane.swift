import AgencyPluginAPI
import AgencyStore

/// Plans and renders one run of orders as CSV rows on a ledger reading thread, handing the rows
/// over in blocks of about 64 KiB.
final class PlanCSVLane: OrderLane {
    let planners: [any LedgerOrderPlanner]
    let types: [MessageType]
    private var formatter = PlanCSVFormatter()
    private var plan = LedgerOrderPlan()
    private var rows: [UInt8] = []
    private static let blockSize = 1 << 16

    init(planners: [any LedgerOrderPlanner], types: [MessageType]) {
        self.planners = planners
        self.types = types
        rows.reserveCapacity(Self.blockSize + 8192)
    }

    func add(_ order: LedgerOrder, history: [LedgerMessage]) throws -> [UInt8]? {
        try verdicts(order, history: history)
        formatter.append(order: order, plan: plan, types: types, to: &rows)
        return rows.count >= Self.blockSize ? takeRows() : nil
    }

    func finishRun() -> [UInt8]? { rows.isEmpty ? nil : takeRows() }

    private func takeRows() -> [UInt8] {
        defer { rows = []; rows.reserveCapacity(Self.blockSize + 8192) }
        return rows
    }

    /// The order's answers as distinct verdicts, every checker's merged (see `PlanRunner.merge`).
    private func verdicts(_ order: LedgerOrder, history: [LedgerMessage]) throws {
        guard planners.count == 1, let planner = planners.first else {
            plan.set(entries: PlanRunner.merge(try planners.map { try $0.plan(order, history: history) }, types: types))
            return
        }
        // A planner that fills `plan` without `removeAll()` must not inherit the last order's key.
        plan.reuseKey = 0
        try planner.plan(order, history: history, into: &plan)
        guard plan.verdictOfType.count == types.count, plan.verdictOfType.allSatisfy({ $0 >= 0 && $0 < plan.verdicts.count }) else {
            plan.set(entries: PlanRunner.merge([try planner.plan(order, history: history)], types: types))
            return
        }
        // One checker: its verdicts as they are (an allowed entry carries no date).
        for index in plan.verdicts.indices where plan.verdicts[index].allowed && plan.verdicts[index].allowedFrom != nil {
            plan.verdicts[index].allowedFrom = nil
        }
    }
}
