@testable import AgencyStore
import AgencyPluginAPI
import AgencyTestSupport
import Foundation
import GRDB
import Testing

/// Whole-ledger scans split into runs of order ids read on two threads give exactly what one
/// thread reading everything gives: the same orders, messages, buyer-data expiries and totals, in order.
@Suite struct ChunkedScanTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// A ledger of 90 orders with 0 to 3 messages each, messages of unknown orders between and after
    /// them, and buyer data for some; its path.
    static func makeLedger(in folder: TemporaryDirectory) throws -> String {
        let path = folder.url.appendingPathComponent("ledger.sqlite").path
        let ledger = try Ledger(path: path)
        try ledger.write(command: "fixture") { db in
            for index in 0..<90 {
                let id = String(format: "%03d-%07d-%07d", 111 + index % 7, index * 7919 % 10_000_000, index)
                let bought = 1_790_000_000 + Int64(index) * 20_000
                try db.execute(sql: """
                    INSERT INTO orders (seller, order_id, marketplace, purchase_date, status, delivered_at, buyer_locale, buyer_opted_out)
                    VALUES ('s', ?, 'US', ?, 'Shipped', ?, 'en-US', ?)
                    """, arguments: [id, bought, bought + 3 * 86_400, index % 11 == 0])
                for message in 0..<(index % 4) {
                    try db.execute(sql: "INSERT INTO messages (seller, order_id, type, channel, sent_at, language) VALUES ('s', ?, ?, 'message', ?, 'en')",
                                   arguments: [id, message == 0 ? "review-request" : "order-problem", bought + Int64(message + 6) * 86_400])
                }
                if index % 5 == 0 {
                    try db.execute(sql: "INSERT INTO buyer_pii (seller, order_id, field, value, expires_at) VALUES ('s', ?, 'name', 'x', ?)",
                                   arguments: [id, bought + 33 * 86_400])
                }
                if index % 13 == 0 {
                    // A message whose order the ledger does not know, sorting right after this order.
                    try db.execute(sql: "INSERT INTO messages (seller, order_id, type, channel, sent_at) VALUES ('s', ?, 'buyer-reply', 'message', ?)",
                                   arguments: [id + "x", bought])
                }
            }
            try db.execute(sql: "INSERT INTO messages (seller, order_id, type, channel, sent_at) VALUES ('s', 'zzz', 'buyer-reply', 'message', 1790000000)")
        }
        return path
    }

    struct Scanned: Equatable {
        var orders: [String] = []
        var messages: [[Int64]] = []
        var expiries: [Date?] = []
        var counts = LedgerCounts()
        var messagesPerDay: [String: Int] = [:]
        var ordersPerDay: [String: Int] = [:]
    }

    static func scan(_ ledger: Ledger) throws -> Scanned {
        let snapshot = LedgerSnapshot(ledger: ledger, seller: "s", primaryMarketplace: "US", now: now)
        var scanned = Scanned()
        try snapshot.forEachOrder { order, messages in
            scanned.orders.append(order.orderID)
            scanned.messages.append(messages.map(\.id))
            scanned.expiries.append(order.personalDataExpiresAt)
        }
        scanned.counts = try #require(snapshot.scannedTotals).counts
        (scanned.messagesPerDay, scanned.ordersPerDay) = try snapshot.dailyCounts()
        return scanned
    }

    @Test func aScanInRunsOnTwoThreadsEqualsOneThreadReadingEverything() throws {
        let folder = try TemporaryDirectory()
        let path = try Self.makeLedger(in: folder)
        let whole = try Ledger(path: path, minimumScanChunk: 1_000_000)
        let split = try Ledger(path: path, minimumScanChunk: 4)
        let boundaries = try split.read { db in try OrderIDRange.boundaries(db, seller: "s", count: 16, minimumRun: 4).boundaries }
        #expect(boundaries.count >= 8, "the fixture should split into many runs")
        #expect(boundaries == boundaries.sorted())
        let reference = try Self.scan(whole)
        #expect(reference.orders.count == 90)
        #expect(reference.orders == reference.orders.sorted())
        #expect(reference.counts.orders == 90)
        #expect(try Self.scan(split) == reference)
    }

    @Test func planOrdersInRunsComeInOrderIDOrderWithTheirMessages() throws {
        let folder = try TemporaryDirectory()
        let path = try Self.makeLedger(in: folder)
        func plan(_ ledger: Ledger) throws -> [String] {
            var seen: [String] = []
            try ledger.forEachPlanOrder(seller: "s", on: Self.now, all: true) { order, messages in
                seen.append("\(order.orderID):\(messages.map(\.id))")
            }
            return seen
        }
        let reference = try plan(Ledger(path: path, minimumScanChunk: 1_000_000))
        #expect(reference.count == 90)
        #expect(try plan(Ledger(path: path, minimumScanChunk: 4)) == reference)
    }

    @Test func theFenceIsNotTakenWhileAnotherWriterHoldsTheLedger() throws {
        let folder = try TemporaryDirectory()
        let path = try Self.makeLedger(in: folder)
        let ledger = try Ledger(path: path)
        try ledger.write(command: "hold") { _ in
            #expect(CommitFence(path: path) == nil)
        }
        let fence = try #require(CommitFence(path: path))
        // While the fence stands nobody else can take the write lock; once released, writes go through.
        #expect(CommitFence(path: path) == nil)
        fence.release()
        try ledger.write(command: "after") { db in try db.execute(sql: "DELETE FROM messages WHERE order_id = 'zzz'") }
    }

    /// A split stored by an earlier import is used as it is: stale, lopsided or with ids no order has,
    /// it only balances the threads worse, and the scan stays the same.
    @Test func aStoredSplitOfAnyShapeScansTheSame() throws {
        let folder = try TemporaryDirectory()
        let path = try Self.makeLedger(in: folder)
        let reference = try Self.scan(Ledger(path: path, minimumScanChunk: 1_000_000))
        let split = try Ledger(path: path, minimumScanChunk: 4)
        for boundaries in [["0", "111-0000000", "113-9999999-9999999", "zzzz"], ["115"], []] {
            let json = String(decoding: try JSONEncoder().encode(boundaries), as: UTF8.self)
            try split.write(command: "fixture") { db in
                try db.execute(sql: "INSERT OR REPLACE INTO scan_runs (seller, orders, boundaries) VALUES ('s', 90, ?)", arguments: [json])
            }
            #expect(try Self.scan(split) == reference, "split at \(boundaries)")
        }
    }

    /// The split is worked out again once the orders have grown by more than a tenth since it was.
    @Test func theStoredSplitIsRefreshedWhenOrdersGrowByATenth() throws {
        let folder = try TemporaryDirectory()
        let ledger = try Ledger(path: Self.makeLedger(in: folder), minimumScanChunk: 4)
        func stored() throws -> (orders: Int, boundaries: [String])? {
            try ledger.read { db in
                guard let orders = try Int.fetchOne(db, sql: "SELECT orders FROM scan_runs WHERE seller = 's'") else { return nil }
                return (orders, try #require(try StoredScanRuns.boundaries(db, seller: "s")))
            }
        }
        #expect(try stored() == nil, "the fixture was written without an import")
        try ledger.write(command: "import") { db in try StoredScanRuns.refresh(db, seller: "s", changedOrders: 90, runs: 16, minimumRun: 4) }
        let first = try #require(try stored())
        #expect(first.orders == 90)
        #expect(first.boundaries.count >= 8)
        #expect(first.boundaries == first.boundaries.sorted())
        try ledger.write(command: "import") { db in
            try db.execute(sql: "UPDATE scan_runs SET boundaries = '[\"m\"]' WHERE seller = 's'")
            try StoredScanRuns.refresh(db, seller: "s", changedOrders: 9, runs: 16, minimumRun: 4)
        }
        #expect(try stored()?.boundaries == ["m"], "9 orders of 90 is not more than a tenth")
        try ledger.write(command: "import") { db in try StoredScanRuns.refresh(db, seller: "s", changedOrders: 10, runs: 16, minimumRun: 4) }
        #expect(try stored()?.boundaries == first.boundaries)
    }

    @Test func rangesCoverEveryOrderIDOnce() {
        let ranges = OrderIDRange.split(at: ["b", "m"])
        #expect(ranges == [OrderIDRange(lower: nil, upper: "b"), OrderIDRange(lower: "b", upper: "m"), OrderIDRange(lower: "m", upper: nil)])
        #expect(ranges[1].sql(from: 2) == " AND order_id >= ?2 AND order_id < ?3")
        #expect(ranges[0].sql(from: 4) == " AND order_id < ?4")
        #expect(OrderIDRange.all.sql(from: 2).isEmpty)
        #expect(OrderIDRange.split(at: []) == [.all])
    }
}
