import AgencyCore
import AgencyKit
import AgencyStore
import ArgumentParser
import Foundation

struct OrdersShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one order: dates, status, items and messages sent.",
        discussion: "Buyer name and email, when an import carried them, are shown only with --show-pii.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Seller (needed only when two sellers hold the same order id).")
    var seller: String?

    @Flag(help: "Also print stored buyer personal data (name, email).")
    var showPii = false

    @Argument(help: "Amazon order id.")
    var id: String

    func run() throws {
        let session = try global.session()
        let ledger = try session.ledger()
        let sellerID: String
        if let raw = global.seller(seller) {
            sellerID = try session.seller(raw).id.rawValue
        } else {
            let holders = try ledger.sellers(holding: id)
            guard let first = holders.first else { throw UsageError("order \(id) is not in the ledger") }
            guard holders.count == 1 else { throw UsageError("order \(id) is held by several sellers (\(holders.joined(separator: ", "))); add --seller") }
            sellerID = first
        }
        guard let details = try ledger.orderDetails(seller: sellerID, orderID: id, includePersonalData: showPii) else {
            throw UsageError("order \(id) is not in the ledger for seller \(sellerID)")
        }
        let order = details.order
        func date(_ value: Date?) -> String { value.map(LedgerFormat.timestamp) ?? "-" }
        Output.line("Order \(order.orderID) (\(details.seller), \(order.marketplace))")
        Output.line("  status:            \(order.status)\(order.fulfillmentChannel.map { " (\($0))" } ?? "")")
        Output.line("  purchased:         \(date(order.purchaseDate))")
        Output.line("  delivery window:   \(date(order.earliestDeliveryDate)) to \(date(order.latestDeliveryDate))")
        Output.line("  delivered:         \(date(order.deliveredAt))")
        Output.line("  buyer locale:      \(order.buyerLocale ?? "-")")
        Output.line("  buyer opted out:   \(order.buyerOptedOut ? "yes" : "no")")
        if details.personalDataCount > 0 {
            if showPii {
                for entry in details.personalData {
                    Output.line("  \(entry.field):\(String(repeating: " ", count: max(1, 18 - entry.field.count)))\(entry.value) (kept until \(date(entry.expiresAt)))")
                }
            } else {
                Output.line("  buyer data:        \(details.personalDataCount) value(s) stored until \(date(order.personalDataExpiresAt)) (--show-pii to print)")
            }
        }
        Output.line("")
        Output.line("Items:")
        for item in details.items {
            Output.line("  \(item.quantity) × \(item.sku)\(item.asin.map { " (\($0))" } ?? "")  \(item.productName ?? "")")
        }
        Output.line("")
        if details.messages.isEmpty {
            Output.line("No messages sent.")
        } else {
            Output.line("Messages:")
            Output.line(Output.table(["ID", "SENT", "TYPE", "CHANNEL", "TEMPLATE", "LANGUAGE", "STATUS"], details.messages.map {
                [String($0.id), LedgerFormat.timestamp($0.sentAt), $0.type, $0.channel, $0.template ?? "-", $0.language ?? "-", $0.status]
            }))
        }
    }
}
