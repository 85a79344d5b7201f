import AgencyPluginAPI
import AgencyTestSupport
import Foundation
import Testing

/// An in-memory ledger for driving the `ledger` plugin directly.
struct FakeLedger: LedgerSource {
    var seller = "acme"
    var now: Date
    var entries: [(LedgerOrder, [LedgerMessage])]
    var zone = "America/Los_Angeles"

    func timeZone(for marketplace: String) -> TimeZone { TimeZone(identifier: zone) ?? .current }

    func forEachOrder(_ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        for (order, messages) in entries { try body(order, messages) }
    }

    func dailyCounts() throws -> (messages: [String: Int], orders: [String: Int]) {
        let days = LocalDays(timeZone: timeZone(for: "US"))
        var messages: [String: Int] = [:], orders: [String: Int] = [:]
        for (order, sent) in entries {
            orders[LocalDays.string(day: days.day(of: order.purchaseDate)), default: 0] += 1
            for message in sent { messages[LocalDays.string(day: days.day(of: message.sentAt)), default: 0] += 1 }
        }
        return (messages, orders)
    }
}

/// `2026-10-01T12:00:00-07:00` style times.
func time(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    guard let date = formatter.date(from: text) else { fatalError("bad test time \(text)") }
    return date
}

/// A shipped US order delivered on 2026-10-01 (local), window 2026-10-01 to 2026-10-03.
func shippedOrder(_ id: String = "113-0000000-0000001", optedOut: Bool = false, locale: String? = "en-US",
                  status: String = "Shipped") -> LedgerOrder {
    LedgerOrder(orderID: id, marketplace: "US", purchaseDate: time("2026-09-25T10:00:00-07:00"), status: status,
                earliestDeliveryDate: time("2026-10-01T08:00:00-07:00"), latestDeliveryDate: time("2026-10-03T20:00:00-07:00"),
                deliveredAt: time("2026-10-02T12:00:00-07:00"), buyerLocale: locale, buyerOptedOut: optedOut)
}

func message(_ id: Int64, _ type: String, _ channel: String = "message", at: String, language: String? = "en",
             order: String = "113-0000000-0000001") -> LedgerMessage {
    LedgerMessage(id: id, orderID: order, type: type, channel: channel, language: channel == "message" ? language : nil, sentAt: time(at))
}

enum LedgerPlugin {
    static func checker() throws -> any LedgerChecker {
        try #require(BuiltProducts.ledgerChecker("ledger"), "the ledger plugin was not built (libAgencyPluginLedger.so)")
    }

    /// Audit findings of `entries` with rule levels `levels`; the host's order-by-order audit (an order
    /// auditor, then the whole-ledger findings) must give exactly the same.
    static func audit(_ entries: [(LedgerOrder, [LedgerMessage])], levels: [String: RuleLevel] = [:],
                      now: Date = time("2026-10-05T12:00:00-07:00")) throws -> [Finding] {
        let ledger = FakeLedger(now: now, entries: entries)
        let settings = RuleSettings(levels: levels)
        let whole = try checker().audit(ledger, settings: settings)
        let auditor = try #require(try checker().makeOrderAuditor(ledger: ledger, settings: settings))
        var byOrder: [Finding] = []
        try ledger.forEachOrder { order, messages in auditor.audit(order, messages: messages, into: &byOrder) }
        byOrder += try checker().auditWholeLedger(ledger, settings: settings)
        #expect(byOrder == whole, "the order-by-order audit differs from the whole-ledger audit")
        return whole
    }

    static func rules(_ findings: [Finding]) -> [String] { findings.map(\.rule).sorted() }
}
