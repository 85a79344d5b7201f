import AgencyPluginAPI
import Foundation
import Testing

/// review-request-once, one-message-per-order, opted-out, buyer-language, daily-volume and pii-retention.
@Suite struct LedgerCountRuleTests {
    @Test func aSecondReviewRequestOnAnyChannelIsFlaggedOnTheLaterMessage() throws {
        let findings = try LedgerPlugin.audit([(shippedOrder(), [
            message(1, "review-request", "request-a-review", at: "2026-10-08T10:00:00-07:00"),
            message(2, "review-request", "message", at: "2026-10-16T10:00:00-07:00"),
        ])], levels: ["one-message-per-order": .off])
        #expect(LedgerPlugin.rules(findings) == ["review-request-once"])
        #expect(findings.first?.messageID == 2)
    }

    @Test func oneMessagePerOrderFlagsASecondProactiveMessageUnlessSwitchedOff() throws {
        let entries = [(shippedOrder(), [
            message(1, "warranty-info", at: "2026-10-03T10:00:00-07:00"),
            message(2, "review-request", at: "2026-10-08T10:00:00-07:00"),
        ])]
        #expect(LedgerPlugin.rules(try LedgerPlugin.audit(entries)) == ["one-message-per-order"])
        #expect(try LedgerPlugin.audit(entries, levels: ["one-message-per-order": .off]).isEmpty)
    }

    @Test func criticalMessagesDoNotCountTowardsOneMessagePerOrder() throws {
        let findings = try LedgerPlugin.audit([(shippedOrder(), [
            message(1, "delivery-scheduling", at: "2026-09-28T10:00:00-07:00"),
            message(2, "review-request", at: "2026-10-08T10:00:00-07:00"),
        ])])
        #expect(findings.isEmpty)
    }

    @Test func optedOutBuyersGetNoNonCriticalMessagesButStillGetCriticalOnes() throws {
        let optedOut = shippedOrder(optedOut: true)
        let review = try LedgerPlugin.audit([(optedOut, [message(1, "review-request", at: "2026-10-08T10:00:00-07:00")])])
        #expect(LedgerPlugin.rules(review) == ["opted-out"])
        for critical in ["order-problem", "delivery-scheduling", "address-issue", "legal-disclosure"] {
            let findings = try LedgerPlugin.audit([(optedOut, [message(1, critical, at: "2026-10-03T10:00:00-07:00")])])
            #expect(findings.isEmpty, "\(critical) must reach an opted-out buyer")
        }
        #expect(try LedgerPlugin.audit([(optedOut, [message(1, "buyer-reply", at: "2026-10-03T10:00:00-07:00")])]).isEmpty)
    }

    @Test func planSaysBuyerOptedOut() throws {
        let types = MessageType.all.filter { ["review-request", "order-problem"].contains($0.id) }
        let entries = try LedgerPlugin.checker().plan(shippedOrder(optedOut: true), history: [], types: types,
                                                      on: time("2026-10-10T12:00:00-07:00"),
                                                      ledger: FakeLedger(now: Date(), entries: []), settings: RuleSettings())
        #expect(entries.map(\.allowed) == [false, true])
        #expect(entries[0].reasons == ["buyer opted out"])
    }

    @Test func buyerLanguageComparesLanguagesAndIgnoresAmazonWrittenRequests() throws {
        let spanish = shippedOrder(locale: "es-US")
        #expect(LedgerPlugin.rules(try LedgerPlugin.audit([(spanish, [message(1, "review-request", at: "2026-10-08T10:00:00-07:00", language: "en")])]))
                == ["buyer-language"])
        #expect(try LedgerPlugin.audit([(spanish, [message(1, "review-request", at: "2026-10-08T10:00:00-07:00", language: "es")])]).isEmpty)
        #expect(try LedgerPlugin.audit([(spanish, [message(1, "review-request", "request-a-review", at: "2026-10-08T10:00:00-07:00")])]).isEmpty)
        #expect(try LedgerPlugin.audit([(shippedOrder(locale: "en-GB"), [message(1, "review-request", at: "2026-10-08T10:00:00-07:00", language: "en")])]).isEmpty)
    }

    @Test func dailyVolumeWarnsAboveFiveTimesAverageOrdersPlus600() throws {
        // No orders in the last 7 days: the limit is 600 a day.
        let orders = (0..<601).map { index in
            (shippedOrder(String(format: "113-0000000-%07d", index)),
             [message(Int64(index + 1), "product-instructions", at: "2026-10-03T10:00:00-07:00", order: String(format: "113-0000000-%07d", index))])
        }
        let findings = try LedgerPlugin.audit(orders, levels: ["one-message-per-order": .off])
        #expect(findings.filter { $0.rule == "daily-volume" }.count == 1)
        #expect(findings.first { $0.rule == "daily-volume" }?.severity == .warning)
        let fewer = try LedgerPlugin.audit(Array(orders.prefix(600)))
        // 600 messages are within the limit of 600.
        #expect(fewer.filter { $0.rule == "daily-volume" }.isEmpty)
    }

    @Test func personalDataPastRetentionIsAWarning() throws {
        var order = shippedOrder()
        order.personalDataExpiresAt = time("2026-11-01T12:00:00-07:00")
        let before = try LedgerPlugin.audit([(order, [])], now: time("2026-10-31T12:00:00-07:00"))
        #expect(before.isEmpty)
        let after = try LedgerPlugin.audit([(order, [])], now: time("2026-11-02T12:00:00-08:00"))
        #expect(after.map(\.rule) == ["pii-retention"])
        #expect(after.first?.severity == .warning)
    }

    @Test func offLevelsReportNothing() throws {
        let levels = Dictionary(uniqueKeysWithValues: try LedgerPlugin.checker().rules.map { ($0.id, RuleLevel.off) })
        let findings = try LedgerPlugin.audit([(shippedOrder(optedOut: true, locale: "de-DE"), [
            message(1, "review-request", "request-a-review", at: "2026-10-02T10:00:00-07:00"),
            message(2, "review-request", at: "2026-12-20T10:00:00-08:00"),
        ])], levels: levels)
        #expect(findings.isEmpty)
    }

    @Test func everyGuidelinesRuleIdIsRegisteredWithItsDocumentation() throws {
        let rules = try LedgerPlugin.checker().rules
        #expect(rules.map(\.id) == ["review-request-once", "review-window", "proactive-window", "opted-out", "buyer-language",
                                    "one-message-per-order", "daily-volume", "pii-retention"])
        for rule in rules {
            #expect(!rule.rationale.isEmpty && rule.policyURL.hasPrefix("https://") && !rule.triggering.isEmpty && !rule.nonTriggering.isEmpty)
        }
        #expect(rules.first { $0.id == "daily-volume" }?.defaultLevel == .warning)
        #expect(rules.first { $0.id == "pii-retention" }?.defaultLevel == .warning)
    }
}
