import AgencyCore
import AgencyKit
import AgencyStore
import ArgumentParser

struct OrdersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List ledger orders (no buyer data).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "One seller only.")
    var seller: String?

    @Option(help: "Only orders with this status (Shipped, Pending, Canceled, ...).")
    var status: String?

    @Option(help: "text, json or csv.")
    var format: LedgerListFormat = .text

    func run() throws {
        let session = try global.session()
        let seller = try global.seller(seller).map { try session.seller($0).id.rawValue }
        var rows: [[String?]] = []
        try session.ledger().forEachOrder(seller: seller, status: status) { rows.append($0.row) }
        try format.print(columns: OrderListing.columns, rows: rows,
                         textColumns: ["seller", "order_id", "marketplace", "purchase_date", "status", "delivered_at",
                                       "buyer_locale", "buyer_opted_out", "messages"],
                         empty: "No orders; import some with 'agency orders import --seller ID FILE'.")
    }
}
