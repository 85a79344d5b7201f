import Foundation
import GRDB

/// Where whole-ledger scans split each seller's orders between reading threads, worked out when
/// orders are imported rather than on every `plan` and audit: finding the split reads every order
/// id (about a sixth of a second for a million orders), which the scan would otherwise wait for.
///
/// Any ascending list of ids splits the orders correctly; a stale one only balances the threads
/// less well. So the split is worked out again only once a seller's orders have grown by a tenth.
enum StoredScanRuns {
    static let schema = """
        -- Order ids that split a seller's orders into runs of about equal size (a JSON array), and
        -- how many orders there were when they were worked out.
        CREATE TABLE scan_runs (
            seller TEXT PRIMARY KEY NOT NULL,
            orders INTEGER NOT NULL,
            boundaries TEXT NOT NULL
        ) WITHOUT ROWID;
        """

    /// The stored split of `seller`'s orders, or nil when none has been worked out.
    static func boundaries(_ db: Database, seller: String) throws -> [String]? {
        guard let json = try String.fetchOne(db, sql: "SELECT boundaries FROM scan_runs WHERE seller = ?", arguments: [seller]) else {
            return nil
        }
        return try? JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    /// Works the split out again after an import that wrote `changedOrders` orders, when that is
    /// more than a tenth of the orders counted last time.
    static func refresh(_ db: Database, seller: String, changedOrders: Int, runs: Int, minimumRun: Int) throws {
        let counted = try Int.fetchOne(db, sql: "SELECT orders FROM scan_runs WHERE seller = ?", arguments: [seller])
        if let counted, changedOrders <= counted / 10 { return }
        let split = try OrderIDRange.boundaries(db, seller: seller, count: runs, minimumRun: minimumRun)
        let json = String(decoding: try JSONEncoder().encode(split.boundaries), as: UTF8.self)
        try db.execute(sql: "INSERT OR REPLACE INTO scan_runs (seller, orders, boundaries) VALUES (?, ?, ?)",
                       arguments: [seller, split.orders, json])
    }

    /// Works the split out for every seller with orders (when the table is first made).
    static func refreshEverySeller(_ db: Database, runs: Int, minimumRun: Int) throws {
        var seller = try String.fetchOne(db, sql: "SELECT min(seller) FROM orders")
        while let current = seller {
            try refresh(db, seller: current, changedOrders: .max, runs: runs, minimumRun: minimumRun)
            seller = try String.fetchOne(db, sql: "SELECT min(seller) FROM orders WHERE seller > ?", arguments: [current])
        }
    }
}
