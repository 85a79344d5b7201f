import AgencyCore
import AgencyKit
import AgencyPluginAPI
import AgencyStore
import ArgumentParser
import Foundation

struct MessagesRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Log a message sent outside the console (e.g. Request a Review clicked in Seller Central).",
        discussion: "The message is recorded even when a ledger rule flags it (it was sent already); the findings are printed as a warning on stderr.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Seller.")
    var seller: String?

    @Option(help: "Amazon order id.")
    var order: String

    @Option(help: "Message type (see GUIDELINES §3), e.g. review-request.")
    var type: String

    @Option(help: "message, request-a-review or solicitations-api.")
    var channel: String

    @Option(help: "When it was sent (ISO 8601; default now).")
    var at: String?

    @Option(help: "Template used, if any.")
    var template: String?

    @Option(help: "Language of the text, e.g. en (none for Request a Review / Solicitations).")
    var language: String?

    func run() throws {
        guard let raw = global.seller(seller) else { throw UsageError("--seller is required (or '.use SELLER' in the REPL)") }
        let session = try global.session()
        let seller = try session.seller(raw)
        guard MessageType.named(type) != nil else {
            throw UsageError("unknown message type '\(type)' (one of: \(MessageType.all.map(\.id).joined(separator: ", ")))")
        }
        guard ["message", "request-a-review", "solicitations-api"].contains(channel) else {
            throw UsageError("unknown channel '\(channel)' (use message, request-a-review or solicitations-api)")
        }
        let sentAt = try ledgerTime(at, option: "--at") ?? Date()
        let message = LedgerMessage(orderID: order, type: type, channel: channel, template: template, language: language, sentAt: sentAt)
        let settings = try session.ruleSettings(for: seller)
        let checkers = session.plugins.ledgerCheckers
        let outcome = try session.ledger().record(
            message, seller: seller.id.rawValue, primaryMarketplace: seller.marketplaces.first, source: "record",
            command: "messages record", refuseOnError: false
        ) { candidate, order, history, source in
            try checkers.flatMap { try $0.guardSend(candidate, order: order, history: history, ledger: source, settings: settings) }
                .filter { $0.severity != .off }
        }
        Output.line("Recorded message \(outcome.messageID.map(String.init) ?? "-"): \(type) via \(channel) for order \(order) on \(LedgerFormat.timestamp(sentAt))")
        for finding in outcome.findings {
            Output.error("agency: warning: \(finding.severity.rawValue) \(finding.rule): \(finding.message)")
        }
    }
}
