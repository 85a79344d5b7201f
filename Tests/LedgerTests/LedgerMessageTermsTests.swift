import AgencyPluginAPI
import Foundation
import Testing

/// Messages keep their type, channel, template, language and status in a shared `LedgerMessageTerms`
/// with facts worked out once; they must read as the plain fields would.
@Suite struct LedgerMessageTermsTests {
    @Test(arguments: MessageType.all)
    func factsFollowTheCatalogue(_ type: MessageType) {
        let terms = LedgerMessageTerms(type: type.id, channel: "message")
        #expect(terms.isCritical == type.isCritical)
        #expect(terms.isProactive == type.isProactive)
        #expect(terms.isReviewRequestType == (type.id == "review-request"))
        #expect(terms.isSent)
        #expect(!terms.isAmazonWritten)
    }

    @Test func anUnknownTypeIsProactiveAndNotCritical() {
        let terms = LedgerMessageTerms(type: "loyalty-survey", channel: "imported", status: "failed")
        #expect(terms.isProactive)
        #expect(!terms.isCritical)
        #expect(!terms.isReviewRequestType)
        #expect(!terms.isSent)
    }

    @Test(arguments: [("request-a-review", true), ("solicitations-api", true), ("message", false), ("imported", false)])
    func amazonWritesTheTextOfItsOwnChannels(_ channel: String, _ amazonWritten: Bool) {
        #expect(LedgerMessageTerms(type: "review-request", channel: channel).isAmazonWritten == amazonWritten)
    }

    @Test func settingAFieldReplacesOnlyThatField() {
        let sentAt = Date(timeIntervalSince1970: 1_790_000_000)
        var message = LedgerMessage(id: 7, orderID: "113-1", type: "review-request", channel: "message", template: "ask",
                                    language: "de-DE", sentAt: sentAt)
        let shared = message.terms
        message.status = "blocked"
        #expect(message.status == "blocked" && !message.terms.isSent)
        #expect(message.type == "review-request" && message.channel == "message")
        #expect(message.template == "ask" && message.language == "de-DE")
        #expect(shared.isSent, "other messages sharing the old terms keep them")
        message.template = nil
        message.type = "order-problem"
        #expect(message.template == nil && message.terms.isCritical)
    }

    @Test func messagesCompareByValueNotBySharedInstance() {
        let sentAt = Date(timeIntervalSince1970: 1_790_000_000)
        let a = LedgerMessage(id: 1, orderID: "113-1", type: "invoice", channel: "message", sentAt: sentAt)
        let b = LedgerMessage(id: 1, orderID: "113-1", sentAt: sentAt, terms: LedgerMessageTerms(type: "invoice", channel: "message"))
        #expect(a == b && a.terms !== b.terms)
        #expect(Set([a, b]).count == 1)
        var c = b
        c.language = "en"
        #expect(c != b)
    }
}
