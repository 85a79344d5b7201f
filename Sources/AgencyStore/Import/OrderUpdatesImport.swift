import Foundation
import GRDB

/// Imports order updates: delivery dates, buyer locale and opt-out for orders already in the ledger.
struct OrderUpdatesImport {
    let context: ImportContext
    let file: String

    func run(bytes: UnsafeBufferPointer<UInt8>, reader: DelimitedReader, header: ImportHeader) throws -> (rows: Int, orders: Int) {
        let orderColumn = header.index("amazon-order-id")
        let earliestColumn = header.index("earliest-delivery-date")
        let latestColumn = header.index("latest-delivery-date")
        let deliveredColumn = header.index("delivery-date")
        let localeColumn = header.index("buyer-locale")
        let optOutColumn = header.index("buyer-opted-out")
        let update = try RawStatement(context.db, """
            UPDATE orders SET
                earliest_delivery = coalesce(?3, earliest_delivery),
                latest_delivery = coalesce(?4, latest_delivery),
                delivered_at = coalesce(?5, delivered_at),
                buyer_locale = coalesce(?6, buyer_locale),
                buyer_opted_out = coalesce(?7, buyer_opted_out)
            WHERE seller = ?1 AND order_id = ?2
            """)
        update.bind(1, text: context.seller)
        var rows = 0
        var first = true
        let context = self.context
        try reader.forEachRow(bytes) { row in
            if first { first = false; return }
            rows += 1
            try context.row {
                let orderID = try row.required(orderColumn, "amazon-order-id", file: file)
                let earliest = try row.date(earliestColumn, "earliest-delivery-date", file: file)
                let latest = try row.date(latestColumn, "latest-delivery-date", file: file)
                let delivered = try row.date(deliveredColumn, "delivery-date", file: file)
                let locale = row.string(localeColumn)
                if let locale, !Self.isLocale(locale) {
                    throw ImportProblem(file: file, line: row.line, column: localeColumn + 1, field: "buyer-locale",
                                        message: "'\(locale)' is not a locale like en-US or es-US")
                }
                let optedOut = try row.flag(optOutColumn, "buyer-opted-out", file: file)
                update.bind(2, text: orderID)
                update.bind(3, int: earliest)
                update.bind(4, int: latest)
                update.bind(5, int: delivered)
                update.bind(6, text: locale)
                update.bind(7, int: optedOut.map { $0 ? 1 : 0 })
                if try update.run() == 0 {
                    throw ImportProblem(file: file, line: row.line, column: orderColumn + 1, field: "amazon-order-id",
                                        message: "order \(orderID) is not in the ledger for seller \(context.seller); import its order report first")
                }
            }
        }
        return (rows, rows)
    }

    /// `en`, `en-US`, `zh_CN`: letters, with an optional region or script.
    static func isLocale(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isLetter) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isLetter || $0.isNumber } }
    }
}
