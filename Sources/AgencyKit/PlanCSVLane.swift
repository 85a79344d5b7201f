import AgencyPluginAPI
import AgencyStore

/// Plans and renders one run of orders as CSV rows on a ledger reading thread, handing the rows
/// over in blocks of about 64 KiB.
final class PlanCSVLane: OrderLane {
    let planners: [any LedgerOrderPlanner]
    let types: [MessageType]
    private var formatter: PlanCSVFormatter
    private var plan = LedgerOrderPlan()
    private var rows: [UInt8] = []
    private static let blockSize = 1 << 16

    init(planners: [any LedgerOrderPlanner], types: [MessageType]) {
        self.planners = planners
        self.types = types
        formatter = PlanCSVFormatter(types: types)
        rows.reserveCapacity(Self.blockSize + 8192)
    }

    func add(_ order: LedgerOrder, history: [LedgerMessage]) throws -> Bool {
        try verdicts(order, history: history)
        formatter.append(order: order, plan: plan, to: &rows)
        return rows.count >= Self.blockSize
    }

    func finishRun() -> Bool { !rows.isEmpty }

    func takeOutput() -> [UInt8] {
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
        // Read once: each access to a property of this class is checked for exclusivity.
        let verdicts = plan.verdicts, verdictOfType = plan.verdictOfType
        guard verdictOfType.count == types.count, verdictOfType.allSatisfy({ $0 >= 0 && $0 < verdicts.count }) else {
            plan.set(entries: PlanRunner.merge([try planner.plan(order, history: history)], types: types))
            return
        }
        // One checker: its verdicts as they are (an allowed entry carries no date).
        if verdicts.contains(where: { $0.allowed && $0.allowedFrom != nil }) {
            for index in verdicts.indices where verdicts[index].allowed && verdicts[index].allowedFrom != nil {
                plan.verdicts[index].allowedFrom = nil
            }
        }
    }
}
