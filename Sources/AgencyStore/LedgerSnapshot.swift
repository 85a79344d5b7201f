import AgencyCore
import AgencyPluginAPI
import Foundation
import GRDB

/// One seller's ledger as ledger checkers read it: orders streamed in order-id order with their messages.
///
/// Orders, messages and buyer-data expiries are three index scans merged by order id, so an audit
/// of a million orders never holds more than one order's messages in memory.
public final class LedgerSnapshot: LedgerSource, @unchecked Sendable {
    public let seller: String
    public let now: Date
    let defaultTimeZone: TimeZone
    private let access: Access

    enum Access {
        case ledger(Ledger)
        /// Inside a write transaction (the guard of `send`).
        case connection(Database)
    }

    /// A snapshot of `seller`'s ledger; `primaryMarketplace` gives the time zone for unknown marketplaces and daily counts.
    public init(ledger: Ledger, seller: String, primaryMarketplace: String?, now: Date = Date()) {
        self.seller = seller
        self.now = now
        access = .ledger(ledger)
        defaultTimeZone = Self.zone(primaryMarketplace) ?? TimeZone(identifier: "UTC") ?? .current
    }

    init(db: Database, seller: String, primaryMarketplace: String?, now: Date) {
        self.seller = seller
        self.now = now
        access = .connection(db)
        defaultTimeZone = Self.zone(primaryMarketplace) ?? TimeZone(identifier: "UTC") ?? .current
    }

    static func zone(_ marketplace: String?) -> TimeZone? {
        marketplace.flatMap(Marketplace.find).flatMap { TimeZone(identifier: $0.timeZone) }
    }

    public func timeZone(for marketplace: String) -> TimeZone { Self.zone(marketplace) ?? defaultTimeZone }

    func withDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        switch access {
        case .ledger(let ledger): try ledger.read(body)
        case .connection(let db): try body(db)
        }
    }

    public func forEachOrder(_ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        try withDatabase { db in
            let orders = try Row.fetchCursor(db, sql: "SELECT \(LedgerRows.orderColumns) FROM orders WHERE seller = ? ORDER BY order_id",
                                             arguments: [seller])
            let messages = try Row.fetchCursor(db, sql: "SELECT \(LedgerRows.messageColumns) FROM messages WHERE seller = ? ORDER BY order_id, sent_at, id",
                                               arguments: [seller])
            let expiries = try Row.fetchCursor(db, sql: "SELECT order_id, min(expires_at) FROM buyer_pii WHERE seller = ? GROUP BY order_id ORDER BY order_id",
                                               arguments: [seller])
            var pendingMessage = try messages.next().map(LedgerRows.message)
            var pendingExpiry: (String, Int64?)? = try expiries.next().map { ($0[0], $0[1]) }
            var batch: [LedgerMessage] = []
            while let row = try orders.next() {
                let orderID: String = row[0]
                while let expiry = pendingExpiry, Self.precedes(expiry.0, orderID) { pendingExpiry = try expiries.next().map { ($0[0], $0[1]) } }
                var expiresAt: Date?
                if let expiry = pendingExpiry, expiry.0 == orderID { expiresAt = LedgerRows.date(expiry.1) }
                batch.removeAll(keepingCapacity: true)
                while let message = pendingMessage, !Self.precedes(orderID, message.orderID) {
                    if message.orderID == orderID { batch.append(message) }
                    pendingMessage = try messages.next().map(LedgerRows.message)
                }
                try body(LedgerRows.order(row, personalDataExpiresAt: expiresAt), batch)
            }
        }
    }

    /// SQLite's BINARY order, which `ORDER BY order_id` follows.
    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    public func dailyCounts() throws -> (messages: [String: Int], orders: [String: Int]) {
        let days = LocalDays(timeZone: defaultTimeZone)
        return try withDatabase { db in
            func perDay(_ sql: String) throws -> [String: Int] {
                var counts: [Int64: Int] = [:]
                let rows = try Row.fetchCursor(db, sql: sql, arguments: [seller])
                while let row = try rows.next() {
                    counts[days.day(ofSeconds: (row[0] as Int64) * 3600), default: 0] += row[1] as Int
                }
                return Dictionary(uniqueKeysWithValues: counts.map { (LocalDays.string(day: $0.key), $0.value) })
            }
            // Grouped by UTC hour in SQL, then by local day here: exact for whole-hour offsets.
            return (try perDay("SELECT sent_at / 3600, count(*) FROM messages WHERE seller = ? AND status = 'sent' GROUP BY 1"),
                    try perDay("SELECT purchase_date / 3600, count(*) FROM orders WHERE seller = ? GROUP BY 1"))
        }
    }
}
