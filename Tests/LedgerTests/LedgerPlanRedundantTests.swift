import AgencyPluginAPI
import Foundation
import Testing

/// `plan` never offers the types Amazon already covers (GUIDELINES.md §3).
@Suite struct LedgerPlanRedundantTests {
    @Test func redundantTypesAreNeverAllowed() throws {
        let ids = ["order-confirmation", "shipping-confirmation", "thank-you", "product-instructions"]
        let types = MessageType.all.filter { ids.contains($0.id) }
        let planner = try LedgerPlugin.checker().makePlanner(types: types, on: time("2026-10-10T12:00:00-07:00"),
                                                             ledger: FakeLedger(now: Date(), entries: []), settings: RuleSettings())
        let entries = try planner.plan(shippedOrder(), history: [])
        #expect(entries.map(\.type) == types.map(\.id))
        for entry in entries where entry.type != "product-instructions" {
            #expect(!entry.allowed)
            #expect(entry.rules == ["redundant-message"])
            #expect(entry.reasons == ["redundant: Amazon sends these itself"])
            #expect(entry.allowedFrom == nil)
        }
        #expect(entries.first { $0.type == "product-instructions" }?.allowed == true)
    }
}
