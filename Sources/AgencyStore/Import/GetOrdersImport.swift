import Foundation
import GRDB

/// Imports a Selling Partner API `getOrders` response (v0 field names): `{"payload": {"Orders": [...]}}`.
///
/// Buyer name and email (`BuyerInfo`) go to the personal-data table only; the order keeps a salted hash.
struct GetOrdersImport {
    let context: ImportContext
    let file: String

    func run(data: Data) throws -> (rows: Int, orders: Int) {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ImportProblem(file: file, line: 1, column: 1, field: "json", message: "not valid JSON (\(error.localizedDescription))").inputError
        }
        let root = json as? [String: Any]
        let payload = (root?["payload"] as? [String: Any]) ?? root
        guard let orders = payload?["Orders"] as? [[String: Any]] else {
            throw ImportProblem(file: file, line: 1, column: 1, field: "payload.Orders",
                                message: "no Orders array: expected a getOrders response {\"payload\": {\"Orders\": [...]}}").inputError
        }
        let lines = OrderLines(data: data)
        let upsert = try context.db.makeStatement(sql: """
            INSERT INTO orders (seller, order_id, marketplace, purchase_date, last_updated, status, fulfillment_channel,
                                sales_channel, earliest_delivery, latest_delivery, buyer_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (seller, order_id) DO UPDATE SET
                marketplace = excluded.marketplace, purchase_date = excluded.purchase_date,
                last_updated = excluded.last_updated, status = excluded.status,
                fulfillment_channel = coalesce(excluded.fulfillment_channel, orders.fulfillment_channel),
                sales_channel = coalesce(excluded.sales_channel, orders.sales_channel),
                earliest_delivery = coalesce(excluded.earliest_delivery, orders.earliest_delivery),
                latest_delivery = coalesce(excluded.latest_delivery, orders.latest_delivery),
                buyer_hash = coalesce(excluded.buyer_hash, orders.buyer_hash)
            WHERE orders.last_updated IS NULL OR excluded.last_updated IS NULL OR excluded.last_updated >= orders.last_updated
            """)
        for (index, order) in orders.enumerated() {
            let line = lines.line(ofOrder: index)
            try context.row {
                func problem(_ field: String, _ message: String) -> ImportProblem {
                    ImportProblem(file: file, line: line, column: 1, field: "Orders[\(index)].\(field)", message: message)
                }
                func date(_ key: String, required: Bool = false) throws -> Int64? {
                    guard let text = order[key] as? String, !text.isEmpty else {
                        if required { throw problem(key, "missing") }
                        return nil
                    }
                    guard let seconds = ISODate.seconds(text) else { throw problem(key, "'\(text)' is not an ISO 8601 date") }
                    return seconds
                }
                guard let orderID = order["AmazonOrderId"] as? String, !orderID.isEmpty else { throw problem("AmazonOrderId", "missing") }
                guard let status = order["OrderStatus"] as? String, !status.isEmpty else { throw problem("OrderStatus", "missing") }
                let purchase = try date("PurchaseDate", required: true)
                let updated = try date("LastUpdateDate")
                let earliest = try date("EarliestDeliveryDate")
                let latest = try date("LatestDeliveryDate")
                let buyer = order["BuyerInfo"] as? [String: Any]
                let email = (buyer?["BuyerEmail"] as? String).flatMap { $0.isEmpty ? nil : $0 }
                let name = (buyer?["BuyerName"] as? String).flatMap { $0.isEmpty ? nil : $0 }
                let marketplace = context.marketplace((order["MarketplaceId"] as? String) ?? (order["SalesChannel"] as? String))
                try upsert.execute(arguments: [
                    context.seller, orderID, marketplace, purchase, updated, status,
                    OrderReportImport.fulfillment(order["FulfillmentChannel"] as? String), order["SalesChannel"] as? String,
                    earliest, latest, (email ?? name).map(context.buyerHash),
                ])
                try context.storePersonalData(order: orderID, fields: [("buyer-email", email), ("buyer-name", name)]
                    .compactMap { field, value in value.map { (field, $0) } })
            }
        }
        return (orders.count, orders.count)
    }

    /// Line numbers of each `"AmazonOrderId"` key, so errors can point into the file.
    struct OrderLines {
        var lines: [Int] = []

        init(data: Data) {
            let key = Array("\"AmazonOrderId\"".utf8)
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let bytes = raw.bindMemory(to: UInt8.self)
                var line = 1, index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x0A {
                        line += 1
                    } else if byte == 0x22, index + key.count <= bytes.count,
                              bytes[index..<(index + key.count)].elementsEqual(key) {
                        lines.append(line)
                        index += key.count
                        continue
                    }
                    index += 1
                }
            }
        }

        func line(ofOrder index: Int) -> Int { index < lines.count ? lines[index] : 1 }
    }
}
