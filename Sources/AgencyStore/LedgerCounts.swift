import Foundation
import GRDB

/// Ledger counts for the audit's per-seller summary.
public struct LedgerCounts: Sendable, Hashable {
    public var orders = 0
    public var messagesLast30Days = 0
    public var reviewRequests = 0
    public var optedOut = 0
}

extension Ledger {
    /// Counts for `seller` as of `now`, each one aggregate query.
    public func counts(seller: String, now: Date) throws -> LedgerCounts {
        try read { db in
            var counts = LedgerCounts()
            let since = Int64(now.timeIntervalSince1970) - 30 * 86_400
            counts.orders = try Int.fetchOne(db, sql: "SELECT count(*) FROM orders WHERE seller = ?", arguments: [seller]) ?? 0
            counts.optedOut = try Int.fetchOne(db, sql: "SELECT count(*) FROM orders WHERE seller = ? AND buyer_opted_out = 1",
                                               arguments: [seller]) ?? 0
            counts.messagesLast30Days = try Int.fetchOne(db, sql: "SELECT count(*) FROM messages WHERE seller = ? AND sent_at >= ? AND status = 'sent'",
                                                         arguments: [seller, since]) ?? 0
            counts.reviewRequests = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM messages WHERE seller = ? AND status = 'sent'
                  AND (type = 'review-request' OR channel IN ('request-a-review', 'solicitations-api'))
                """, arguments: [seller]) ?? 0
            return counts
        }
    }
}
