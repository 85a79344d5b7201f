import AgencyPluginAPI
import Foundation
import GRDB

/// Column lists and row decoding shared by the ledger's queries.
enum LedgerRows {
    static let orderColumns = """
        order_id, marketplace, purchase_date, status, fulfillment_channel, earliest_delivery, latest_delivery,
        delivered_at, buyer_locale, buyer_opted_out
        """
    static let messageColumns = "id, order_id, type, channel, template, language, sent_at, status"

    static func date(_ value: Int64?) -> Date? { value.map { Date(timeIntervalSince1970: TimeInterval($0)) } }

    /// An order from a row selected with `orderColumns` (from column `offset`).
    static func order(_ row: Row, offset: Int = 0, personalDataExpiresAt: Date? = nil) -> LedgerOrder {
        LedgerOrder(
            orderID: row[offset], marketplace: row[offset + 1],
            purchaseDate: Date(timeIntervalSince1970: TimeInterval(row[offset + 2] as Int64)),
            status: row[offset + 3], fulfillmentChannel: row[offset + 4],
            earliestDeliveryDate: date(row[offset + 5]), latestDeliveryDate: date(row[offset + 6]),
            deliveredAt: date(row[offset + 7]), buyerLocale: row[offset + 8],
            buyerOptedOut: (row[offset + 9] as Int64) != 0, personalDataExpiresAt: personalDataExpiresAt)
    }

    /// A message from a row selected with `messageColumns`.
    static func message(_ row: Row) -> LedgerMessage {
        LedgerMessage(id: row[0], orderID: row[1], type: row[2], channel: row[3], template: row[4], language: row[5],
                      sentAt: Date(timeIntervalSince1970: TimeInterval(row[6] as Int64)), status: row[7])
    }

    /// One order of `seller`, with the expiry of its buyer data; nil when unknown.
    static func fetchOrder(_ db: Database, seller: String, orderID: String) throws -> LedgerOrder? {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(orderColumns) FROM orders WHERE seller = ? AND order_id = ?",
                                         arguments: [seller, orderID]) else { return nil }
        let expiry = try Int64.fetchOne(db, sql: "SELECT min(expires_at) FROM buyer_pii WHERE seller = ? AND order_id = ?",
                                        arguments: [seller, orderID])
        return order(row, personalDataExpiresAt: date(expiry))
    }

    /// The messages of one order, oldest first.
    static func fetchMessages(_ db: Database, seller: String, orderID: String) throws -> [LedgerMessage] {
        try Row.fetchAll(db, sql: "SELECT \(messageColumns) FROM messages WHERE seller = ? AND order_id = ? ORDER BY sent_at, id",
                         arguments: [seller, orderID]).map(message)
    }
}
