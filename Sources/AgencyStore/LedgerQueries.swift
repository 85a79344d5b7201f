import AgencyCore
import AgencyPluginAPI
import Foundation
import GRDB

/// An order as `orders list` and `export --kind orders` show it.
public struct OrderListing: Sendable {
    public var seller: String
    public var order: LedgerOrder
    public var items: Int
    public var messages: Int

    /// Column names of `row`.
    public static let columns = ["seller", "order_id", "marketplace", "purchase_date", "status", "fulfillment_channel",
                                 "earliest_delivery", "latest_delivery", "delivered_at", "buyer_locale", "buyer_opted_out",
                                 "items", "messages"]

    /// Values in `columns` order (dates ISO 8601 UTC).
    public var row: [String?] {
        [seller, order.orderID, order.marketplace, LedgerFormat.timestamp(order.purchaseDate), order.status, order.fulfillmentChannel,
         order.earliestDeliveryDate.map(LedgerFormat.timestamp), order.latestDeliveryDate.map(LedgerFormat.timestamp),
         order.deliveredAt.map(LedgerFormat.timestamp), order.buyerLocale, order.buyerOptedOut ? "true" : "false",
         String(items), String(messages)]
    }
}

/// A recorded message with its seller, as `messages list` and `export --kind messages` show it.
public struct MessageListing: Sendable {
    public var seller: String
    public var message: LedgerMessage
    public var source: String

    public static let columns = ["id", "seller", "order_id", "type", "channel", "template", "language", "sent_at", "status", "source"]

    public var row: [String?] {
        [String(message.id), seller, message.orderID, message.type, message.channel, message.template, message.language,
         LedgerFormat.timestamp(message.sentAt), message.status, source]
    }
}

/// Filters for `messages list`.
public struct MessageFilter: Sendable {
    public var seller: String?
    public var order: String?
    public var type: String?
    public var channel: String?
    public var since: Date?
    public var until: Date?

    public init(seller: String? = nil, order: String? = nil, type: String? = nil, channel: String? = nil,
                since: Date? = nil, until: Date? = nil) {
        self.seller = seller
        self.order = order
        self.type = type
        self.channel = channel
        self.since = since
        self.until = until
    }
}

/// Everything `orders show` prints about one order.
public struct OrderDetails: Sendable {
    public var seller: String
    public var order: LedgerOrder
    public var items: [(sku: String, asin: String?, productName: String?, quantity: Int)]
    public var messages: [LedgerMessage]
    /// Buyer personal data (field, value); filled only when asked for (`--show-pii`).
    public var personalData: [(field: String, value: String, expiresAt: Date?)]
    /// How many personal-data values are stored (shown without `--show-pii`).
    public var personalDataCount: Int
}

/// Date formats of ledger output.
public enum LedgerFormat {
    /// `2026-09-15T14:49:31Z`.
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - day * 86_400
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(LocalDays.string(day: day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }
}

extension Ledger {
    /// Streams orders (all sellers, or one), optionally of one status, ordered by seller and order id.
    public func forEachOrder(seller: String?, status: String?, _ body: (OrderListing) throws -> Void) throws {
        try read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let seller { conditions.append("o.seller = ?"); arguments.append(seller) }
            if let status { conditions.append("o.status = ? COLLATE NOCASE"); arguments.append(status) }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let columns = LedgerRows.orderColumns.split(separator: ",").map { "o." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .joined(separator: ", ")
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT o.seller, \(columns),
                       (SELECT count(*) FROM order_items i WHERE i.seller = o.seller AND i.order_id = o.order_id),
                       (SELECT count(*) FROM messages m WHERE m.seller = o.seller AND m.order_id = o.order_id)
                FROM orders o \(filter) ORDER BY o.seller, o.order_id
                """, arguments: StatementArguments(arguments))
            while let row = try cursor.next() {
                try Interruption.checkpoint()
                try body(OrderListing(seller: row[0], order: LedgerRows.order(row, offset: 1), items: row[11], messages: row[12]))
            }
        }
    }

    /// Streams messages matching `filter`, ordered by time.
    public func forEachMessage(_ filter: MessageFilter, _ body: (MessageListing) throws -> Void) throws {
        try read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let seller = filter.seller { conditions.append("seller = ?"); arguments.append(seller) }
            if let order = filter.order { conditions.append("order_id = ?"); arguments.append(order) }
            if let type = filter.type { conditions.append("type = ?"); arguments.append(type) }
            if let channel = filter.channel { conditions.append("channel = ?"); arguments.append(channel) }
            if let since = filter.since { conditions.append("sent_at >= ?"); arguments.append(Int64(since.timeIntervalSince1970)) }
            if let until = filter.until { conditions.append("sent_at < ?"); arguments.append(Int64(until.timeIntervalSince1970)) }
            let where_ = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT \(LedgerRows.messageColumns), seller, source FROM messages \(where_) ORDER BY sent_at, id
                """, arguments: StatementArguments(arguments))
            while let row = try cursor.next() {
                try Interruption.checkpoint()
                try body(MessageListing(seller: row[8], message: LedgerRows.message(row), source: row[9]))
            }
        }
    }

    /// Sellers that hold `orderID` (an order id is unique per seller, and in practice overall).
    public func sellers(holding orderID: String) throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT seller FROM orders WHERE order_id = ? ORDER BY seller", arguments: [orderID]) }
    }

    /// One order with its items and messages; buyer data values only when `includePersonalData`.
    public func orderDetails(seller: String, orderID: String, includePersonalData: Bool) throws -> OrderDetails? {
        try read { db in
            guard let order = try LedgerRows.fetchOrder(db, seller: seller, orderID: orderID) else { return nil }
            let items = try Row.fetchAll(db, sql: "SELECT sku, asin, product_name, quantity FROM order_items WHERE seller = ? AND order_id = ? ORDER BY sku",
                                         arguments: [seller, orderID]).map { (sku: $0[0] as String, asin: $0[1] as String?, productName: $0[2] as String?, quantity: $0[3] as Int) }
            let messages = try LedgerRows.fetchMessages(db, seller: seller, orderID: orderID)
            let pii = try Row.fetchAll(db, sql: "SELECT field, value, expires_at FROM buyer_pii WHERE seller = ? AND order_id = ? ORDER BY field",
                                       arguments: [seller, orderID])
            let personal = includePersonalData
                ? pii.map { (field: $0[0] as String, value: $0[1] as String, expiresAt: LedgerRows.date($0[2])) } : []
            return OrderDetails(seller: seller, order: order, items: items, messages: messages, personalData: personal,
                                personalDataCount: pii.count)
        }
    }

    /// The message with row id `id`, with its seller.
    public func message(id: Int64) throws -> MessageListing? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(LedgerRows.messageColumns), seller, source FROM messages WHERE id = ?", arguments: [id])
                .map { MessageListing(seller: $0[8], message: LedgerRows.message($0), source: $0[9]) }
        }
    }
}
