import AgencyPluginAPI
import Foundation
import GRDB

/// Imports the message history of other tools or Seller Central: one row per message sent.
///
/// A message already in the ledger (same order, type, channel and time) is not added twice.
struct MessageHistoryImport {
    let context: ImportContext
    let file: String

    /// Channels a history row may name.
    static let channels: Set<String> = ["message", "request-a-review", "solicitations-api", "imported"]

    func run(bytes: UnsafeBufferPointer<UInt8>, reader: DelimitedReader, header: ImportHeader) throws -> (rows: Int, orders: Int) {
        let orderColumn = header.index("amazon-order-id")
        let typeColumn = header.index("message-type")
        let channelColumn = header.index("channel")
        let sentColumn = header.index("sent-at")
        let templateColumn = header.index("template")
        let languageColumn = header.index("language")
        let db = context.db
        let orderExists = try db.makeStatement(sql: "SELECT 1 FROM orders WHERE seller = ? AND order_id = ?")
        let insert = try db.makeStatement(sql: """
            INSERT INTO messages (seller, order_id, type, channel, template, language, sent_at, status, source)
            SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'sent', 'import'
            WHERE NOT EXISTS (SELECT 1 FROM messages WHERE seller = ?1 AND order_id = ?2 AND sent_at = ?7 AND type = ?3 AND channel = ?4)
            """)
        var rows = 0, added = 0
        var first = true
        let context = self.context
        try reader.forEachRow(bytes) { row in
            if first { first = false; return }
            rows += 1
            try context.row {
                let orderID = try row.required(orderColumn, "amazon-order-id", file: file)
                let type = try row.required(typeColumn, "message-type", file: file)
                guard MessageType.named(type) != nil else {
                    throw ImportProblem(file: file, line: row.line, column: typeColumn + 1, field: "message-type",
                                        message: "unknown message type '\(type)' (one of: \(MessageType.all.map(\.id).joined(separator: ", ")))")
                }
                let channel = try row.required(channelColumn, "channel", file: file)
                guard Self.channels.contains(channel) else {
                    throw ImportProblem(file: file, line: row.line, column: channelColumn + 1, field: "channel",
                                        message: "unknown channel '\(channel)' (use message, request-a-review or solicitations-api)")
                }
                guard let sent = try row.date(sentColumn, "sent-at", file: file, required: true) else { return }
                guard try Int.fetchOne(orderExists, arguments: [context.seller, orderID]) != nil else {
                    throw ImportProblem(file: file, line: row.line, column: orderColumn + 1, field: "amazon-order-id",
                                        message: "order \(orderID) is not in the ledger for seller \(context.seller); import its order report first")
                }
                try insert.execute(arguments: [context.seller, orderID, type, channel, row.string(templateColumn),
                                               row.string(languageColumn), sent])
                added += db.changesCount
            }
        }
        return (rows, added)
    }
}
