import AgencyCore
import AgencyKit
import AgencyStore
import ArgumentParser

struct MessagesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List logged messages, oldest first.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "One seller only.")
    var seller: String?

    @Option(help: "One order only.")
    var order: String?

    @Option(help: "One message type only.")
    var type: String?

    @Option(help: "One channel only.")
    var channel: String?

    @Option(help: "Sent at or after this date/time.")
    var since: String?

    @Option(help: "Sent before this date/time.")
    var until: String?

    @Option(help: "text, json or csv.")
    var format: LedgerListFormat = .text

    func run() throws {
        let session = try global.session()
        let seller = try global.seller(seller).map { try session.seller($0).id.rawValue }
        let filter = MessageFilter(seller: seller, order: order, type: type, channel: channel,
                                   since: try ledgerTime(since, option: "--since"), until: try ledgerTime(until, option: "--until"))
        var rows: [[String?]] = []
        try session.ledger().forEachMessage(filter) { rows.append($0.row) }
        try format.print(columns: MessageListing.columns, rows: rows,
                         textColumns: ["id", "seller", "order_id", "sent_at", "type", "channel", "template", "language"],
                         empty: "No messages.")
    }
}
