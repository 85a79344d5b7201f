import Foundation
import GRDB

/// Buyer personal data past its retention, per seller.
public struct PurgeResult: Sendable {
    /// Seller → (orders, values) removed (or that would be, on a dry run).
    public var bySeller: [(seller: String, orders: Int, values: Int)]
    public var values: Int { bySeller.reduce(0) { $0 + $1.values } }
    public var orders: Int { bySeller.reduce(0) { $0 + $1.orders } }
}

extension Ledger {
    /// Deletes buyer personal data whose expiry is before `now` (30 days after delivery), in one
    /// transaction with its audit entry; with `dryRun`, only counts.
    public func purgePersonalData(now: Date = Date(), dryRun: Bool) throws -> PurgeResult {
        let cutoff = Int64(now.timeIntervalSince1970)
        let count: (Database) throws -> PurgeResult = { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT seller, count(DISTINCT order_id), count(*) FROM buyer_pii
                WHERE expires_at IS NOT NULL AND expires_at < ? GROUP BY seller ORDER BY seller
                """, arguments: [cutoff])
            return PurgeResult(bySeller: rows.map { (seller: $0[0], orders: $0[1], values: $0[2]) })
        }
        if dryRun { return try read(count) }
        return try write(command: "purge", detail: "expired before \(LedgerFormat.timestamp(now))") { db in
            let result = try count(db)
            try db.execute(sql: "DELETE FROM buyer_pii WHERE expires_at IS NOT NULL AND expires_at < ?", arguments: [cutoff])
            return result
        }
    }
}
