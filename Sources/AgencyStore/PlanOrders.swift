import AgencyPluginAPI
import Foundation
import GRDB

extension Ledger {
    /// Streams the orders `plan` considers on `date`, with their messages (oldest first).
    ///
    /// Unless `all`, only orders a message could still reach: bought by `date`, and not delivered
    /// (or due) more than 31 days before it. The SQL narrows by purchase date through an index; the
    /// exact test is in Swift.
    public func forEachPlanOrder(seller: String, on date: Date, all: Bool,
                                 _ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        let day: Int64 = 86_400
        let at = Int64(date.timeIntervalSince1970)
        try read { db in
            let sql: String
            var arguments: StatementArguments = [seller]
            if all {
                sql = "SELECT \(LedgerRows.orderColumns) FROM orders WHERE seller = ? ORDER BY order_id"
            } else {
                // Delivery comes well within 120 days of purchase; anything older is past every window.
                sql = """
                    SELECT \(LedgerRows.orderColumns) FROM orders
                    WHERE seller = ? AND purchase_date BETWEEN ? AND ?
                      AND coalesce(delivered_at, latest_delivery, purchase_date) >= ?
                    ORDER BY order_id
                    """
                arguments += [at - 120 * day, at + day, at - 32 * day]
            }
            let orders = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            let messages = try db.makeStatement(sql: "SELECT \(LedgerRows.messageColumns) FROM messages WHERE seller = ? AND order_id = ? ORDER BY sent_at, id")
            let expiry = try db.makeStatement(sql: "SELECT min(expires_at) FROM buyer_pii WHERE seller = ? AND order_id = ?")
            while let row = try orders.next() {
                let orderID: String = row[0]
                let history = try Row.fetchAll(messages, arguments: [seller, orderID]).map(LedgerRows.message)
                let expires = try Int64.fetchOne(expiry, arguments: [seller, orderID])
                try body(LedgerRows.order(row, personalDataExpiresAt: LedgerRows.date(expires)), history)
            }
        }
    }
}
