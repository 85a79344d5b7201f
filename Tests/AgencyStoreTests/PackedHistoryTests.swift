@testable import AgencyStore
import AgencyPluginAPI
import AgencyTestSupport
import Foundation
import GRDB
import Testing

/// Each order's packed history (the `history` column the scans read) always equals its rows in
/// `messages`, whichever way they were written: messages after their order, before it (orphans),
/// updated, moved to another order or deleted, by the importers or by plain SQL; and the ledger
/// of an older version gets it filled in by the migration.
@Suite struct PackedHistoryTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func insertOrder(_ db: Database, _ id: String) throws {
        try db.execute(sql: """
            INSERT INTO orders (seller, order_id, marketplace, purchase_date, status, delivered_at)
            VALUES ('s', ?, 'US', 1790000000, 'Shipped', 1790300000)
            """, arguments: [id])
    }

    static func insertMessage(_ db: Database, _ orderID: String, sentAt: Int64, type: String = "order-problem",
                              template: String? = nil, language: String? = "en") throws {
        try db.execute(sql: "INSERT INTO messages (seller, order_id, type, channel, template, language, sent_at) VALUES ('s', ?, ?, 'message', ?, ?, ?)",
                       arguments: [orderID, type, template, language, sentAt])
    }

    /// Orders listed in `message_orphans`.
    static func listed(_ ledger: Ledger) throws -> [String] {
        try ledger.read { db in try String.fetchAll(db, sql: "SELECT order_id FROM message_orphans ORDER BY 1") }
    }

    /// What the scan reads for every order against the messages table, and the scan's totals
    /// (which count messages of unknown orders too) against aggregate queries.
    static func expectHistoriesMatchTheMessages(_ ledger: Ledger, orders expected: Int,
                                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let snapshot = LedgerSnapshot(ledger: ledger, seller: "s", primaryMarketplace: "US", now: now)
        var scanned: [String: [LedgerMessage]] = [:]
        try snapshot.forEachOrder { order, messages in scanned[order.orderID] = messages }
        #expect(scanned.count == expected, sourceLocation: sourceLocation)
        let stored = try ledger.read { db in
            try Dictionary(uniqueKeysWithValues: scanned.keys.map { ($0, try LedgerRows.fetchMessages(db, seller: "s", orderID: $0)) })
        }
        for (orderID, messages) in scanned.sorted(by: { $0.key < $1.key }) {
            #expect(messages == stored[orderID], "order \(orderID)", sourceLocation: sourceLocation)
        }
        #expect(try #require(snapshot.scannedTotals).counts == ledger.counts(seller: "s", now: now), sourceLocation: sourceLocation)
    }

    @Test func messagesWrittenInAnyOrderAndWayShowInTheirOrdersHistory() throws {
        let folder = try TemporaryDirectory()
        let ledger = try Ledger(path: folder.url.appendingPathComponent("ledger.sqlite").path)
        try ledger.write(command: "fixture") { db in
            try Self.insertOrder(db, "A")
            // Out of time order, with text that looks like the packing itself.
            try Self.insertMessage(db, "A", sentAt: 1_790_500_000, type: "review-request", template: "7:x,-,", language: nil)
            try Self.insertMessage(db, "A", sentAt: 1_790_400_000, template: "café ✓")
            try Self.insertMessage(db, "A", sentAt: 1_790_400_000, template: nil, language: "de")
            // Messages before their order: orphans until it arrives.
            try Self.insertMessage(db, "B", sentAt: 1_790_450_000)
            try Self.insertMessage(db, "C", sentAt: 1_790_460_000)
        }
        try Self.expectHistoriesMatchTheMessages(ledger, orders: 1)
        #expect(try Self.listed(ledger) == ["B", "C"])

        try ledger.write(command: "fixture") { db in
            try Self.insertOrder(db, "B")
            try Self.insertOrder(db, "D")
        }
        // B arrived after its message: read from the messages table until an import adopts it.
        try Self.expectHistoriesMatchTheMessages(ledger, orders: 3)
        #expect(try Self.listed(ledger) == ["B", "C"])
        try ledger.write(command: "import") { db in try db.execute(sql: PackedHistory.adopt) }
        #expect(try Self.listed(ledger) == ["C"])
        try Self.expectHistoriesMatchTheMessages(ledger, orders: 3)

        try ledger.write(command: "fixture") { db in
            try db.execute(sql: "UPDATE messages SET status = 'failed' WHERE order_id = 'A' AND language = 'de'")
            try db.execute(sql: "UPDATE messages SET order_id = 'D' WHERE order_id = 'A' AND type = 'review-request'")
            try db.execute(sql: "UPDATE messages SET order_id = 'E' WHERE order_id = 'C'")
        }
        try Self.expectHistoriesMatchTheMessages(ledger, orders: 3)
        #expect(try Self.listed(ledger) == ["E"])

        try ledger.write(command: "fixture") { db in
            try db.execute(sql: "DELETE FROM messages WHERE order_id IN ('B', 'E')")
            try db.execute(sql: "DELETE FROM orders WHERE order_id = 'D'")
        }
        try Self.expectHistoriesMatchTheMessages(ledger, orders: 2)
        #expect(try Self.listed(ledger) == ["D"], "a deleted order's messages wait for it again")
        let emptied = try ledger.read { db in try String?.fetchOne(db, sql: "SELECT history FROM orders WHERE order_id = 'B'") }
        #expect(emptied == .some(nil), "an order whose messages are all gone has no history")
    }

    @Test func theMigrationFillsInTheHistoryOfAnOlderLedger() throws {
        let folder = try TemporaryDirectory()
        let path = folder.url.appendingPathComponent("ledger.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try LedgerMigrations.migrator.migrate(queue, upTo: "v4-import-file-size")
            try queue.write { db in
                for index in 0..<20 {
                    try Self.insertOrder(db, "O\(index)")
                    for message in 0..<(index % 3) {
                        try Self.insertMessage(db, "O\(index)", sentAt: 1_790_400_000 - Int64(message) * 3600)
                    }
                }
                try Self.insertMessage(db, "unknown", sentAt: 1_790_400_000)
            }
        }
        let ledger = try Ledger(path: path)
        try Self.expectHistoriesMatchTheMessages(ledger, orders: 20)
        let orphans = try ledger.read { db in try String.fetchAll(db, sql: "SELECT order_id FROM message_orphans") }
        #expect(orphans == ["unknown"])
    }

    @Test func aDamagedHistoryIsAnErrorNamingTheOrder() throws {
        let folder = try TemporaryDirectory()
        let ledger = try Ledger(path: folder.url.appendingPathComponent("ledger.sqlite").path)
        try ledger.write(command: "fixture") { db in
            try Self.insertOrder(db, "A")
            try db.execute(sql: "UPDATE orders SET history = '12,1790000000,99:short'")
        }
        let snapshot = LedgerSnapshot(ledger: ledger, seller: "s", primaryMarketplace: "US", now: Self.now)
        #expect {
            try snapshot.forEachOrder { _, _ in }
        } throws: { error in
            "\(error)".contains("order A") && "\(error)".contains("history")
        }
    }
}
