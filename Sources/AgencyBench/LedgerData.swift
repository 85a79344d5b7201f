import Foundation

/// Writes large, realistic ledger import files: an All Orders report, order updates and message history.
struct LedgerData {
    let orders: Int
    let messagesPerOrder: Int
    var random = SeededRandom(seed: 42)

    static let reportHeader = ["amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
                               "fulfillment-channel", "sales-channel", "order-channel", "ship-service-level", "product-name", "sku",
                               "asin", "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price",
                               "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount",
                               "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country",
                               "promotion-ids", "is-business-order", "purchase-order-number", "price-designation"]

    func orderID(_ index: Int) -> String {
        let a = 111 + index % 7
        return String(format: "%03d-%07d-%07d", a, index % 10_000_000, (index &* 7_919) % 10_000_000)
    }

    /// Day offset (25...84) of order `index` before 2026-11-20, so every message falls before that date.
    func purchaseDay(_ index: Int) -> Int { 25 + (index &* 31) % 60 }

    func isoDate(daysBefore: Int, hour: Int = 12) -> String {
        let base = Date(timeIntervalSince1970: 1_795_132_800) // 2026-11-20T00:00:00Z
        let date = base.addingTimeInterval(TimeInterval(-daysBefore * 86_400 + hour * 3_600))
        return Self.formatter.string(from: date)
    }

    nonisolated(unsafe) static let formatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    func writeReport(to path: String) throws {
        try BufferedFile.write(path) { out in
            out.line(Self.reportHeader.joined(separator: "\t"))
            for index in 0..<orders {
                let day = purchaseDay(index)
                let status = index % 50 == 0 ? "Pending" : (index % 97 == 0 ? "Canceled" : "Shipped")
                let fields = [orderID(index), "", isoDate(daysBefore: day), isoDate(daysBefore: max(0, day - 2)), status,
                              index % 3 == 0 ? "Merchant" : "Amazon", "Amazon.com", "", "Standard",
                              "Cast Iron Skillet, \(10 + index % 5) Inch", "SKU-\(index % 500)", String(format: "B0%08d", index % 100_000_000),
                              status, "1", "USD", "39.99", "3.20", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00",
                              "PORTLAND", "OR", "97214", "US", "", "false", "", ""]
                out.line(fields.joined(separator: "\t"))
            }
        }
    }

    func writeUpdates(to path: String) throws {
        try BufferedFile.write(path) { out in
            out.line("amazon-order-id,earliest-delivery-date,latest-delivery-date,delivery-date,buyer-locale,buyer-opted-out")
            for index in 0..<orders {
                let day = purchaseDay(index)
                let locale = index % 20 == 0 ? "es-US" : "en-US"
                out.line("\(orderID(index)),\(isoDate(daysBefore: day - 2)),\(isoDate(daysBefore: day - 4)),\(isoDate(daysBefore: day - 3)),\(locale),\(index % 333 == 0)")
            }
        }
    }

    /// Realistic history: a review request 6 to 20 days after delivery (through one of the three channels),
    /// then a buyer reply or a critical message; one order in ten also gets a second proactive message,
    /// and a few requests fall outside the window, so the rules have something to find.
    func writeMessages(to path: String) throws {
        let channels = ["message", "request-a-review", "solicitations-api"]
        let seconds = ["buyer-reply", "buyer-reply", "buyer-reply", "buyer-reply", "buyer-reply", "buyer-reply",
                       "delivery-scheduling", "order-problem", "product-instructions", "warranty-info"]
        try BufferedFile.write(path) { out in
            out.line("amazon-order-id,message-type,channel,sent-at,template,language")
            for index in 0..<orders {
                let deliveredDaysBefore = purchaseDay(index) - 3
                for number in 0..<messagesPerOrder {
                    let type = number == 0 ? "review-request" : seconds[(index / 3) % seconds.count]
                    let channel = number == 0 ? channels[index % channels.count] : "message"
                    let after = number == 0 ? (index % 40 == 0 ? 2 : 6 + index % 15) : 1 + index % 3
                    let sentDay = max(0, deliveredDaysBefore - after)
                    let template = channel == "message" ? "t\(number)" : ""
                    let language = channel == "message" ? "en" : ""
                    out.line("\(orderID(index)),\(type),\(channel),\(isoDate(daysBefore: sentDay, hour: 9 + number)),\(template),\(language)")
                }
            }
        }
    }
}

/// Writes big text files through one buffer.
final class BufferedFile {
    private var buffer: [UInt8] = []
    private let handle: FileHandle

    private init(handle: FileHandle) {
        self.handle = handle
    }

    static func write(_ path: String, _ body: (BufferedFile) throws -> Void) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = BufferedFile(handle: try FileHandle(forWritingTo: URL(fileURLWithPath: path)))
        try body(file)
        try file.flush()
        try file.handle.close()
    }

    func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(10)
        if buffer.count > 1 << 20 { try? flush() }
    }

    func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
