import AgencyPluginAPI
import Foundation
import Testing

/// review-window and proactive-window at their boundaries, counted in the marketplace's local date.
@Suite struct LedgerWindowRuleTests {
    // Earliest delivery 2026-10-01, latest 2026-10-03, delivered 2026-10-02 (Los Angeles dates).

    @Test func aReviewRequestOnDay4AfterTheEarliestDeliveryIsTooEarly() throws {
        let findings = try LedgerPlugin.audit([(shippedOrder(), [message(1, "review-request", "request-a-review", at: "2026-10-05T09:00:00-07:00")])])
        #expect(LedgerPlugin.rules(findings) == ["review-window"])
        #expect(findings.first?.messageID == 1)
        #expect(findings.first?.order == "113-0000000-0000001")
    }

    @Test func aReviewRequestOnDay5IsInside() throws {
        let findings = try LedgerPlugin.audit([(shippedOrder(), [message(1, "review-request", "request-a-review", at: "2026-10-06T00:30:00-07:00")])])
        #expect(findings.isEmpty)
    }

    @Test func day30AfterTheLatestDeliveryIsInsideAndDay31IsOutside() throws {
        let day30 = try LedgerPlugin.audit([(shippedOrder(), [message(1, "review-request", "solicitations-api", at: "2026-11-02T23:00:00-08:00")])],
                                           levels: ["proactive-window": .off])
        #expect(day30.isEmpty)
        let day31 = try LedgerPlugin.audit([(shippedOrder(), [message(1, "review-request", "solicitations-api", at: "2026-11-03T00:30:00-08:00")])],
                                           levels: ["proactive-window": .off])
        #expect(LedgerPlugin.rules(day31) == ["review-window"])
    }

    @Test func windowsCountLocalDatesNotUTCDates() throws {
        // 2026-10-06T03:00Z is still 2026-10-05 (day 4) in Los Angeles: too early there.
        let findings = try LedgerPlugin.audit([(shippedOrder(), [message(1, "review-request", "request-a-review", at: "2026-10-06T03:00:00Z")])])
        #expect(LedgerPlugin.rules(findings) == ["review-window"])
        // 2026-10-06T08:00Z is 2026-10-06 01:00 in Los Angeles: day 5, allowed.
        let inside = try LedgerPlugin.audit([(shippedOrder(), [message(1, "review-request", "request-a-review", at: "2026-10-06T08:00:00Z")])])
        #expect(inside.isEmpty)
    }

    @Test func aReviewRequestForAnOrderNotShippedBreaksTheWindow() throws {
        let findings = try LedgerPlugin.audit([(shippedOrder(status: "Canceled"), [message(1, "review-request", "solicitations-api", at: "2026-10-08T10:00:00-07:00")])])
        #expect(LedgerPlugin.rules(findings) == ["review-window"])
    }

    @Test func proactiveMessagesEnd30DaysAfterDelivery() throws {
        // Delivered 2026-10-02: day 30 is 2026-11-01, day 31 is 2026-11-02.
        let day30 = try LedgerPlugin.audit([(shippedOrder(), [message(1, "product-instructions", at: "2026-11-01T22:00:00-07:00")])])
        #expect(day30.isEmpty)
        let day31 = try LedgerPlugin.audit([(shippedOrder(), [message(1, "product-instructions", at: "2026-11-02T09:00:00-08:00")])])
        #expect(LedgerPlugin.rules(day31) == ["proactive-window"])
    }

    @Test func repliesToTheBuyerAreNotLimitedByTheWindow() throws {
        let findings = try LedgerPlugin.audit([(shippedOrder(), [message(1, "buyer-reply", at: "2026-12-20T09:00:00-08:00")])])
        #expect(findings.isEmpty)
    }

    @Test func planSaysWhenTheReviewWindowOpens() throws {
        let order = shippedOrder()
        let types = try #require(MessageType.named("review-request"))
        let entries = try LedgerPlugin.checker().plan(order, history: [], types: [types], on: time("2026-10-04T12:00:00-07:00"),
                                                      ledger: FakeLedger(now: Date(), entries: []), settings: RuleSettings())
        #expect(entries.first?.allowed == false)
        #expect(entries.first?.rules == ["review-window"])
        #expect(entries.first?.allowedFrom == "2026-10-06")
        #expect(entries.first?.reasons.first == "review window opens 2026-10-06")
    }
}
