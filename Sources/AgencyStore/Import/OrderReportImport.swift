import Foundation
import GRDB

/// Imports Amazon's flat-file "All Orders" report: one row per item, grouped by order id.
///
/// A row whose `last-updated-date` is older than the ledger's leaves the order as it is, so a newer
/// report updates status and dates and an older one changes nothing.
struct OrderReportImport {
    let context: ImportContext
    let file: String

    struct Columns {
        let orderID, purchase, updated, status, fulfillment, salesChannel, sku, asin, product, quantity: Int
        let buyerEmail, buyerName: Int

        init(_ header: ImportHeader) {
            orderID = header.index("amazon-order-id")
            purchase = header.index("purchase-date")
            updated = header.index("last-updated-date")
            status = header.index("order-status")
            fulfillment = header.index("fulfillment-channel")
            salesChannel = header.index("sales-channel")
            sku = header.index("sku")
            asin = header.index("asin")
            product = header.index("product-name")
            quantity = header.index("quantity")
            buyerEmail = header.index("buyer-email")
            buyerName = header.index("buyer-name")
        }
    }

    /// Imports the rows after the header; returns (rows, distinct orders).
    func run(bytes: UnsafeBufferPointer<UInt8>, reader: DelimitedReader, header: ImportHeader) throws -> (rows: Int, orders: Int) {
        let columns = Columns(header)
        let db = context.db
        let upsertOrder = try RawStatement(db, """
            INSERT INTO orders (seller, order_id, marketplace, purchase_date, last_updated, status, fulfillment_channel, sales_channel, buyer_hash)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT (seller, order_id) DO UPDATE SET
                marketplace = excluded.marketplace, purchase_date = excluded.purchase_date,
                last_updated = excluded.last_updated, status = excluded.status,
                fulfillment_channel = coalesce(excluded.fulfillment_channel, orders.fulfillment_channel),
                sales_channel = coalesce(excluded.sales_channel, orders.sales_channel),
                buyer_hash = coalesce(excluded.buyer_hash, orders.buyer_hash)
            WHERE orders.last_updated IS NULL OR excluded.last_updated IS NULL OR excluded.last_updated >= orders.last_updated
            """)
        let upsertItem = try RawStatement(db, """
            INSERT INTO order_items (seller, order_id, sku, asin, product_name, quantity) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (seller, order_id, sku) DO UPDATE SET
                asin = coalesce(excluded.asin, order_items.asin),
                product_name = coalesce(excluded.product_name, order_items.product_name),
                quantity = excluded.quantity
            """)
        let seller = Array(context.seller.utf8)
        var rows = 0, orders = 0
        var previousOrder: [UInt8] = []
        var marketplaceCache: [[UInt8]: String] = [:]
        // Most rows share one sales channel: its marketplace is kept at hand without hashing.
        var lastChannel: [UInt8] = [], lastMarketplace: String?
        var first = true
        let context = self.context
        try seller.withUnsafeBufferPointer { sellerBuffer in
            upsertOrder.bind(1, text: sellerBuffer)
            upsertItem.bind(1, text: sellerBuffer)
            try reader.forEachRow(bytes) { row in
                if first { first = false; return }
                rows += 1
                if rows & 0x3FFF == 0 { context.progress?(rows) }
                try context.row {
                    guard let orderID = row.bytes(columns.orderID) else {
                        _ = try row.required(columns.orderID, "amazon-order-id", file: file)
                        return
                    }
                    let purchase = try row.date(columns.purchase, "purchase-date", file: file, required: true)
                    let updated = try row.date(columns.updated, "last-updated-date", file: file)
                    guard row.bytes(columns.status) != nil else {
                        _ = try row.required(columns.status, "order-status", file: file)
                        return
                    }
                    let quantity = try row.integer(columns.quantity, "quantity", file: file) ?? 1
                    let newOrder = !orderID.elementsEqual(previousOrder)
                    if newOrder {
                        orders += 1
                        previousOrder.removeAll(keepingCapacity: true)
                        previousOrder.append(contentsOf: orderID)
                        let channel = row.bytes(columns.salesChannel)
                        let marketplace: String
                        if let lastMarketplace, (channel.map { $0.elementsEqual(lastChannel) } ?? lastChannel.isEmpty) {
                            marketplace = lastMarketplace
                        } else {
                            let channelBytes = channel.map(Array.init) ?? []
                            if let cached = marketplaceCache[channelBytes] {
                                marketplace = cached
                            } else {
                                marketplace = context.marketplace(String(decoding: channelBytes, as: UTF8.self))
                                marketplaceCache[channelBytes] = marketplace
                            }
                            lastChannel = channelBytes
                            lastMarketplace = marketplace
                        }
                        let email = row.string(columns.buyerEmail), name = row.string(columns.buyerName)
                        upsertOrder.bind(2, text: orderID)
                        upsertOrder.bind(3, text: marketplace)
                        upsertOrder.bind(4, int: purchase)
                        upsertOrder.bind(5, int: updated)
                        upsertOrder.bind(6, field: columns.status, of: row)
                        upsertOrder.bind(7, text: Self.fulfillment(row.string(columns.fulfillment)))
                        upsertOrder.bind(8, field: columns.salesChannel, of: row)
                        upsertOrder.bind(9, text: (email ?? name).map(context.buyerHash))
                        try upsertOrder.run()
                        if email != nil || name != nil {
                            try context.storePersonalData(order: String(decoding: orderID, as: UTF8.self),
                                                          fields: [("buyer-email", email), ("buyer-name", name)]
                                                              .compactMap { field, value in value.map { (field, $0) } })
                        }
                    }
                    upsertItem.bind(2, text: orderID)
                    if row.bytes(columns.sku) != nil {
                        upsertItem.bind(3, field: columns.sku, of: row)
                    } else {
                        upsertItem.bind(3, text: row.string(columns.asin) ?? "-")
                    }
                    upsertItem.bind(4, field: columns.asin, of: row)
                    upsertItem.bind(5, field: columns.product, of: row)
                    upsertItem.bind(6, int: quantity)
                    try upsertItem.run()
                }
            }
        }
        return (rows, orders)
    }

    /// `AFN`/`MFN` for the report's `Amazon`/`Merchant`.
    static func fulfillment(_ value: String?) -> String? {
        switch value?.lowercased() {
        case nil: nil
        case "amazon", "afn": "AFN"
        case "merchant", "mfn": "MFN"
        default: value
        }
    }
}
