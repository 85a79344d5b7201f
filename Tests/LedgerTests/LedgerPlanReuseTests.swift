import AgencyPluginAPI
import Foundation
import Testing

/// The bulk planner works each distinct set of plan facts out once and hands the same plan (with its
/// `reuseKey`) to every order that shares them: a reused plan must equal a plan worked out afresh.
@Suite struct LedgerPlanReuseTests {
    /// Orders that differ from the first in one fact each (and one twin that differs only in its id).
    static func variants() -> [(LedgerOrder, [LedgerMessage])] {
        let id = "113-0000000-0000001"
        let review = message(1, "review-request", at: "2026-10-08T09:00:00-07:00")
        let otherDay = message(1, "review-request", at: "2026-10-09T09:00:00-07:00")
        let otherChannel = message(1, "review-request", "request-a-review", at: "2026-10-08T09:00:00-07:00")
        let details = message(2, "order-details", at: "2026-10-04T09:00:00-07:00")
        let critical = message(3, "order-problem", at: "2026-10-04T09:00:00-07:00")
        let blocked = LedgerMessage(id: 4, orderID: id, type: "review-request", channel: "message",
                                    sentAt: time("2026-10-08T09:00:00-07:00"), status: "blocked")
        var late = shippedOrder("113-0000000-0000009")
        late.deliveredAt = time("2026-10-07T12:00:00-07:00")
        var undated = shippedOrder("113-0000000-0000010")
        undated.earliestDeliveryDate = nil
        undated.latestDeliveryDate = nil
        undated.deliveredAt = nil
        return [
            (shippedOrder(id), [review]),
            (shippedOrder("113-0000000-0000002"), [review]),
            (shippedOrder("113-0000000-0000003"), [otherDay]),
            (shippedOrder("113-0000000-0000004"), [otherChannel]),
            (shippedOrder("113-0000000-0000005", optedOut: true), [review]),
            (shippedOrder("113-0000000-0000006", status: "Pending"), [review]),
            (shippedOrder("113-0000000-0000007"), [details]),
            (shippedOrder("113-0000000-0000008"), [critical]),
            (late, [review]),
            (undated, []),
            (shippedOrder("113-0000000-0000011"), [blocked]),
            (shippedOrder("113-0000000-0000012"), []),
        ]
    }

    @Test(arguments: ["2026-10-03T12:00:00-07:00", "2026-10-10T12:00:00-07:00", "2026-11-06T12:00:00-07:00"])
    func aReusedPlanEqualsAFreshOne(_ date: String) throws {
        let ledger = FakeLedger(now: time(date), entries: [])
        let types = MessageType.all
        let shared = try LedgerPlugin.checker().makePlanner(types: types, on: time(date), ledger: ledger, settings: RuleSettings())
        var plan = LedgerOrderPlan()
        var keys: [Int] = []
        for (order, history) in Self.variants() {
            try shared.plan(order, history: history, into: &plan)
            keys.append(plan.reuseKey)
            let fresh = try LedgerPlugin.checker().makePlanner(types: types, on: time(date), ledger: ledger, settings: RuleSettings())
            let expected = try fresh.plan(order, history: history)
            #expect(plan.entries(types: types) == expected, "order \(order.orderID) on \(date)")
        }
        // The twin (same facts, another id) gets the first order's plan; orders whose facts differ
        // (opted out, pending, delivered later, no dates) get plans of their own.
        #expect(keys[0] != 0 && keys[1] == keys[0])
        #expect(Set(keys).count >= 5, "expected distinct plans for distinct facts: \(keys)")
    }

    /// More distinct plans than the planner keeps in memory (a delivery on another day for each of
    /// 4,200 orders, then the first hundred days again): every plan stays right, and a key never
    /// stands for two different plans, so a host never reuses rows rendered for another plan.
    @Test func plansStayRightPastTheMemorysCapacity() throws {
        let date = time("2026-10-10T12:00:00-07:00")
        let types = MessageType.all
        let planner = try LedgerPlugin.checker().makePlanner(types: types, on: date, ledger: FakeLedger(now: date, entries: []),
                                                              settings: RuleSettings())
        var plan = LedgerOrderPlan()
        var planOfKey: [Int: [LedgerPlanEntry]] = [:]
        for index in 0..<4_300 {
            var order = shippedOrder(String(format: "113-%07d-0000001", index))
            order.deliveredAt = date.addingTimeInterval(TimeInterval(-(index % 4_200) * 86_400))
            try planner.plan(order, history: [], into: &plan)
            let entries = plan.entries(types: types)
            #expect(entries == (try planner.plan(order, history: [])), "order \(index)")
            #expect(plan.reuseKey != 0)
            if let known = planOfKey[plan.reuseKey] { #expect(known == entries, "key \(plan.reuseKey) stands for two plans") }
            planOfKey[plan.reuseKey] = entries
        }
    }
}
