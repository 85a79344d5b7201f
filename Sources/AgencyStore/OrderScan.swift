import AgencyPluginAPI
import Foundation
import GRDB

/// Orders with their messages (oldest first) and buyer-data expiry, in order-id order, read with
/// raw cursors: orders and buyer-data expiries are merged by order id; messages are merged too
/// (`.merged`: one pass over the covering index, for scans of every order) or looked up per order
/// (`.perOrder`: for a selective filter such as `plan`'s orders within reach).
struct OrderScan {
    enum MessageAccess { case merged, perOrder }

    let db: Database
    let seller: String
    /// Extra SQL condition on `orders` (after `seller = ?1`), with its arguments from `?2` on.
    var filter = ""
    var filterArguments: [any DatabaseValueConvertible] = []
    var messageAccess = MessageAccess.merged
    /// Only orders (and their messages and buyer data) with ids in this range.
    var range = OrderIDRange.all

    /// Called for every message of the seller (also those of no known order) as it is read.
    typealias MessageTally = (_ sentAt: Int64, _ status: UnsafeBufferPointer<UInt8>, _ type: UnsafeBufferPointer<UInt8>,
                              _ channel: UnsafeBufferPointer<UInt8>) -> Void

    func run(tallyOrder: ((LedgerOrder) -> Void)? = nil, tallyMessage: MessageTally? = nil,
             _ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        let orderArguments = [seller as any DatabaseValueConvertible] + filterArguments
        let orders = try RawCursor(
            db, sql: "SELECT \(LedgerRows.orderColumns) FROM orders WHERE seller = ?1 \(filter)\(range.sql(from: orderArguments.count + 1)) ORDER BY order_id",
            arguments: StatementArguments(orderArguments + range.arguments))
        defer { orders.close() }
        let messageSQL = "SELECT \(LedgerRows.messageColumns) FROM messages WHERE seller = ?1"
        let messages = switch messageAccess {
        case .merged: try RawCursor(db, sql: messageSQL + range.sql(from: 2) + " ORDER BY order_id, sent_at, id",
                                    arguments: StatementArguments([seller as any DatabaseValueConvertible] + range.arguments))
        case .perOrder: try RawCursor(db, sql: messageSQL + " AND order_id = ?2 ORDER BY sent_at, id", arguments: [seller, ""])
        }
        defer { messages.close() }
        let expiries = try RawCursor(
            db, sql: "SELECT order_id, min(expires_at) FROM buyer_pii WHERE seller = ?1\(range.sql(from: 2)) GROUP BY order_id ORDER BY order_id",
            arguments: StatementArguments([seller as any DatabaseValueConvertible] + range.arguments))
        defer { expiries.close() }
        // One interner per cursor: each remembers the last value of its own columns.
        var strings = Interner(), orderStrings = Interner()
        var batch: [LedgerMessage] = []
        var hasMessage = messageAccess == .merged ? try messages.step() : false
        var hasExpiry = try expiries.step()

        func message(orderID: String) -> LedgerMessage {
            LedgerMessage(id: messages.int64(0), orderID: orderID, type: strings.string(messages, 2),
                          channel: strings.string(messages, 3), template: strings.optionalString(messages, 4),
                          language: strings.optionalString(messages, 5),
                          sentAt: Date(timeIntervalSince1970: TimeInterval(messages.int64(6))), status: strings.string(messages, 7))
        }
        func tally() {
            tallyMessage?(messages.int64(6), messages.bytes(7), messages.bytes(2), messages.bytes(3))
        }

        while try orders.step() {
            let id = orders.bytes(0)
            while hasExpiry, Self.compare(expiries.bytes(0), id) < 0 { hasExpiry = try expiries.step() }
            let expiresAt = hasExpiry && Self.compare(expiries.bytes(0), id) == 0 ? expiries.optionalInt64(1) : nil
            let order = LedgerOrder(
                orderID: orders.string(0), marketplace: orderStrings.string(orders, 1),
                purchaseDate: Date(timeIntervalSince1970: TimeInterval(orders.int64(2))),
                status: orderStrings.string(orders, 3), fulfillmentChannel: orderStrings.optionalString(orders, 4),
                earliestDeliveryDate: LedgerRows.date(orders.optionalInt64(5)), latestDeliveryDate: LedgerRows.date(orders.optionalInt64(6)),
                deliveredAt: LedgerRows.date(orders.optionalInt64(7)), buyerLocale: orderStrings.optionalString(orders, 8),
                buyerOptedOut: orders.int64(9) != 0, personalDataExpiresAt: LedgerRows.date(expiresAt))
            tallyOrder?(order)
            batch.removeAll(keepingCapacity: true)
            switch messageAccess {
            case .merged:
                while hasMessage {
                    let relation = Self.compare(messages.bytes(1), id)
                    if relation > 0 { break }
                    tally()
                    if relation == 0 { batch.append(message(orderID: order.orderID)) }
                    hasMessage = try messages.step()
                }
            case .perOrder:
                messages.rewind(binding: 2, text: id)
                while try messages.step() {
                    tally()
                    batch.append(message(orderID: order.orderID))
                }
            }
            try body(order, batch)
        }
        while hasMessage {
            tally()
            hasMessage = try messages.step()
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
