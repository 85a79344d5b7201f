import AgencyPluginAPI
import Foundation
import GRDB

/// Orders with their messages (oldest first) and buyer-data expiry, in order-id order, read with
/// raw cursors: each order's messages come packed in its own row (`PackedHistory`), or from the
/// `messages` table for an order listed in `message_orphans`; buyer-data expiries and listed orders
/// are merged by order id. Messages of orders not in the ledger are only tallied.
struct OrderScan {
    let db: Database
    let seller: String
    /// Extra SQL condition on `orders` (after `seller = ?1`), with its arguments from `?2` on.
    var filter = ""
    var filterArguments: [any DatabaseValueConvertible] = []
    /// Only orders (and their messages and buyer data) with ids in this range.
    var range = OrderIDRange.all

    /// Called for every message of the seller (also those of no known order) as it is read.
    typealias MessageTally = PackedHistoryReader.Tally

    /// Called for every order as it is read: purchase time (Unix seconds) and whether the buyer opted out.
    typealias OrderTally = (_ purchasedAt: Int64, _ optedOut: Bool) -> Void

    func run(tallyOrder: OrderTally? = nil, tallyMessage: MessageTally? = nil,
             _ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        let orderArguments = [seller as any DatabaseValueConvertible] + filterArguments
        let orders = try RawCursor(
            db, sql: "SELECT \(LedgerRows.orderColumns), history FROM orders WHERE seller = ?1 \(filter)\(range.sql(from: orderArguments.count + 1)) ORDER BY order_id",
            arguments: StatementArguments(orderArguments + range.arguments))
        defer { orders.close() }
        let expiries = try RawCursor(
            db, sql: "SELECT order_id, min(expires_at) FROM buyer_pii WHERE seller = ?1\(range.sql(from: 2)) GROUP BY order_id ORDER BY order_id",
            arguments: StatementArguments([seller as any DatabaseValueConvertible] + range.arguments))
        defer { expiries.close() }
        let listed = try RawCursor(
            db, sql: "SELECT order_id FROM message_orphans WHERE seller = ?1\(range.sql(from: 2)) ORDER BY order_id",
            arguments: StatementArguments([seller as any DatabaseValueConvertible] + range.arguments))
        defer { listed.close() }
        var unpacked: RawCursor?
        defer { unpacked?.close() }
        var orderStrings = Interner(), history = PackedHistoryReader()
        var batch: [LedgerMessage] = []
        var order = LedgerOrder(orderID: "", marketplace: "", purchaseDate: Date(timeIntervalSince1970: 0), status: "")
        var hasExpiry = try expiries.step(), hasListed = try listed.step()
        while try orders.step() {
            let id = orders.bytes(0)
            while hasExpiry, Self.compare(expiries.bytes(0), id) < 0 { hasExpiry = try expiries.step() }
            let expiresAt = hasExpiry && Self.compare(expiries.bytes(0), id) == 0 ? expiries.optionalInt64(1) : nil
            while hasListed, Self.compare(listed.bytes(0), id) < 0 { hasListed = try listed.step() }
            let orderID = String(decoding: id, as: UTF8.self), purchasedAt = orders.int64(2), optedOut = orders.int64(9) != 0
            tallyOrder?(purchasedAt, optedOut)
            // Emptied from the end: `removeAll(keepingCapacity:)` went through a generic range replacement per order.
            while !batch.isEmpty { batch.removeLast() }
            if hasListed, Self.compare(listed.bytes(0), id) == 0 {
                // Messages that arrived before the order: its history is not complete until an import adopts it.
                let cursor = try unpacked ?? RawCursor(
                    db, sql: "SELECT \(LedgerRows.messageColumns) FROM messages WHERE seller = ?1 AND order_id = ?2 ORDER BY sent_at, id",
                    arguments: [seller, ""])
                unpacked = cursor
                cursor.rewind(binding: 2, text: id)
                while try cursor.step() {
                    let message = history.message(cursor, orderID: orderID)
                    tallyMessage?(cursor.int64(6), message.terms)
                    batch.append(message)
                }
            } else {
                try history.read(orders.bytes(10), orderID: orderID, into: &batch, tally: tallyMessage)
            }
            // One order value for the whole scan, its fields set row by row: a new `LedgerOrder` per row
            // was built, copied and destroyed twice (the optimizer does not forward it), 300 instructions an order.
            order.orderID = orderID
            order.marketplace = orderStrings.string(orders, 1)
            order.purchaseDate = Date(timeIntervalSince1970: TimeInterval(purchasedAt))
            order.status = orderStrings.string(orders, 3)
            order.fulfillmentChannel = orderStrings.optionalString(orders, 4)
            order.earliestDeliveryDate = LedgerRows.date(orders.optionalInt64(5))
            order.latestDeliveryDate = LedgerRows.date(orders.optionalInt64(6))
            order.deliveredAt = LedgerRows.date(orders.optionalInt64(7))
            order.buyerLocale = orderStrings.optionalString(orders, 8)
            order.buyerOptedOut = optedOut
            order.personalDataExpiresAt = LedgerRows.date(expiresAt)
            try body(order, batch)
        }
        if let tallyMessage { try tallyOrphans(tallyMessage) }
    }

    /// Tallies the messages of orders that are not in the ledger (yet).
    private func tallyOrphans(_ tally: MessageTally) throws {
        let orphans = try RawCursor(db, sql: """
            SELECT sent_at, status, type, channel FROM messages WHERE seller = ?1 AND order_id IN
                (SELECT order_id FROM message_orphans listed WHERE seller = ?1\(range.sql(from: 2))
                    AND NOT EXISTS (SELECT 1 FROM orders WHERE orders.seller = ?1 AND orders.order_id = listed.order_id))
            """, arguments: StatementArguments([seller as any DatabaseValueConvertible] + range.arguments))
        defer { orphans.close() }
        var strings = Interner()
        while try orphans.step() {
            tally(orphans.int64(0), LedgerMessageTerms(type: strings.string(orphans, 2), channel: strings.string(orphans, 3),
                                                       status: strings.string(orphans, 1)))
        }
    }

    /// SQLite's BINARY collation, which `ORDER BY order_id` follows: bytes, then length.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let left = a.baseAddress, let right = b.baseAddress {
            let result = memcmp(left, right, common)
            if result != 0 { return Int(result) }
        }
        return a.count - b.count
    }
}
