import AgencyTestSupport
import Foundation
import Testing

/// `agency send`: guard, record and outbox; racing sends.
@Suite(.serialized) struct LedgerSendTests {
    static let order = "113-1778704-3414178"  // acme-kitchen, earliest delivery 2026-11-08, no messages yet
    static let at = "2026-11-16T12:00:00-08:00"

    @Test func aSendWritesTheSolicitationsRequestAndASecondOneIsRefused() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let first = try demo.run(["send", "--seller", "acme-kitchen", "--template", "review-request", "--order", Self.order, "--at", Self.at])
        #expect(first.status == 0, "\(first)")
        let outbox = demo.path("outbox/acme-kitchen")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox)
        #expect(files.count == 1)
        let entry = try String(contentsOfFile: (outbox as NSString).appendingPathComponent(try #require(files.first)), encoding: .utf8)
        #expect(entry.contains("\"path\" : \"/solicitations/v1/orders/\(Self.order)/solicitations/productReviewAndSellerFeedback?marketplaceIds=ATVPDKIKX0DER\""))
        #expect(entry.contains("\"method\" : \"POST\""))
        let second = try demo.run(["send", "--seller", "acme-kitchen", "--template", "review-request", "--order", Self.order,
                                   "--at", "2026-11-17T12:00:00-08:00", "--channel", "message"])
        #expect(second.status == 1)
        #expect(second.stdout.contains("[review-request-once]"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).count == 1)
    }

    @Test func aSendBeforeTheWindowIsRefusedAndADryRunRecordsNothing() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let early = try demo.run(["send", "--seller", "acme-kitchen", "--template", "review-request", "--order", Self.order,
                                  "--at", "2026-11-10T12:00:00-08:00"])
        #expect(early.status == 1)
        #expect(early.stdout.contains("[review-window]"))
        let dry = try demo.run(["send", "--seller", "acme-kitchen", "--template", "review-request", "--order", Self.order, "--at", Self.at, "--dry-run"])
        #expect(dry.status == 0, "\(dry)")
        #expect(try demo.run(["messages", "list", "--order", Self.order, "--format", "csv"]).stdout.split(separator: "\n").count == 1)
    }

    @Test func anUnknownOrderIsRefusedAsAUsageError() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let result = try demo.run(["send", "--seller", "acme-kitchen", "--template", "review-request", "--order", "113-0000000-0000000"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not in the ledger"))
    }

    @Test func criticalMessagesReachAnOptedOutBuyerThroughSend() throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        // 113-1481331-5017311 opted out (and already had a review request).
        let result = try demo.run(["send", "--seller", "acme-kitchen", "--template", "backorder-delay", "--order", "113-1481331-5017311",
                                   "--at", "2026-10-20T12:00:00-07:00"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("/messaging/v1/orders/113-1481331-5017311/messages/unexpectedProblem?marketplaceIds=ATVPDKIKX0DER"))
    }

    @Test func twoConcurrentSendsForOneOrderNeverBothPass() async throws {
        let demo = try DemoWorkspace()
        try demo.importAll()
        let arguments = ["send", "--seller", "acme-kitchen", "--template", "review-request", "--order", Self.order, "--at", Self.at]
        let root = demo.root
        async let first = Task.detached { try Agency.run(["-w", root] + arguments) }.value
        async let second = Task.detached { try Agency.run(["-w", root] + arguments) }.value
        let statuses = try await [first.status, second.status].sorted()
        #expect(statuses == [0, 1])
        let logged = try demo.run(["messages", "list", "--order", Self.order, "--format", "csv"])
        #expect(logged.stdout.split(separator: "\n").count == 2)
    }
}
