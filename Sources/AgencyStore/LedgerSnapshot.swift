import AgencyCore
import AgencyPluginAPI
import Foundation
import GRDB

/// One seller's ledger as ledger checkers read it: orders streamed in order-id order with their messages.
///
/// Orders, messages and buyer-data expiries are three index scans merged by order id, so an audit
/// of a million orders never holds more than one order's messages in memory. The same pass counts
/// messages and orders per hour for `dailyCounts()` and the summary (`scannedTotals`).
public final class LedgerSnapshot: LedgerSource, @unchecked Sendable {
    public let seller: String
    public let now: Date
    let defaultTimeZone: TimeZone
    private let access: Access
    private var scanned: LedgerScanTotals?
    private var observer: ((LedgerOrder, [LedgerMessage]) throws -> Void)?
    private var observed = false

    enum Access {
        case ledger(Ledger)
        /// Inside a write transaction (the guard of `send`).
        case connection(Database)
    }

    /// A snapshot of `seller`'s ledger; `primaryMarketplace` gives the time zone for unknown marketplaces and daily counts.
    public init(ledger: Ledger, seller: String, primaryMarketplace: String?, now: Date = Date()) {
        self.seller = seller
        self.now = now
        access = .ledger(ledger)
        defaultTimeZone = Self.zone(primaryMarketplace) ?? TimeZone(identifier: "UTC") ?? .current
    }

    init(db: Database, seller: String, primaryMarketplace: String?, now: Date) {
        self.seller = seller
        self.now = now
        access = .connection(db)
        defaultTimeZone = Self.zone(primaryMarketplace) ?? TimeZone(identifier: "UTC") ?? .current
    }

    static func zone(_ marketplace: String?) -> TimeZone? {
        marketplace.flatMap(Marketplace.find).flatMap { TimeZone(identifier: $0.timeZone) }
    }

    public func timeZone(for marketplace: String) -> TimeZone { Self.zone(marketplace) ?? defaultTimeZone }

    func withDatabase<T>(_ body: (Database) throws -> T) throws -> T {
        switch access {
        case .ledger(let ledger): try ledger.read(body)
        case .connection(let db): try body(db)
        }
    }

    /// Has the next `forEachOrder` (one only) also show every order to `observer`, before the
    /// checker sees it: the audit counts "eligible today" on the checker's pass instead of a second scan.
    public func observeNextScan(_ observer: @escaping (LedgerOrder, [LedgerMessage]) throws -> Void) {
        self.observer = observer
        observed = false
    }

    /// Whether the observer of `observeNextScan` has seen a complete scan.
    public var observerSawEveryOrder: Bool { observed }

    public func forEachOrder(_ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        guard let observer else { return try scanOrders(body) }
        self.observer = nil
        try scanOrders { order, messages in
            try observer(order, messages)
            try body(order, messages)
        }
        observed = true
    }

    /// Every order with its messages, read on the ledger's threads and handed over as it is.
    private func scanOrders(_ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        try forEachOrder(lane: { OrderPassThrough() }, consume: { if let (order, history) = $0 { try body(order, history) } })
    }

    /// Streams every order through an `OrderLane` (one per reading thread, kept from run to run) on
    /// the ledger's reading threads, and what the lanes hand over to `consume` here, in order-id
    /// order; counts the same totals as `forEachOrder`. Inside a write transaction (the guard of
    /// `send`) it all runs here.
    public func forEachOrder<Lane: OrderLane>(lane makeLane: @escaping @Sendable () throws -> Lane,
                                              consume: (Lane.Output) throws -> Void) throws {
        let since = Int64(now.timeIntervalSince1970) - 30 * 86_400
        let seller = seller
        let result = ScanResult()
        let pool = LanePool(makeLane)
        @Sendable func scan(_ thread: Int, _ db: Database, _ range: OrderIDRange, _ emit: (Lane.Output) -> Bool) throws {
            let tally = TallyBox()
            let lane = try pool.lane(thread)
            try OrderScan(db: db, seller: seller, range: range).run(
                tallyOrder: { tally.totals.add(orderPurchasedAt: $0, optedOut: $1) },
                tallyMessage: { tally.totals.add(messageSentAt: $0, terms: $1, since: since) }
            ) { order, messages in
                if try lane.add(order, history: messages) {
                    guard emit(lane.takeOutput()) else { throw ScanStopped() }
                }
            }
            if lane.finishRun() {
                guard emit(lane.takeOutput()) else { throw ScanStopped() }
            }
            result.add(tally.totals)
        }
        switch access {
        case .connection(let db):
            var failure: (any Error)?
            do {
                try scan(0, db, .all) { output in
                    do { try consume(output) } catch { failure = error }
                    return failure == nil
                }
            } catch is ScanStopped {
                if let failure { throw failure }
            }
        case .ledger(let ledger):
            try ledger.scanInChunks(seller: seller, lanes: Self.scanLanes, batchSize: Lane.batchSize, scan: { thread, db, range, emit in
                try scan(thread, db, range, emit)
            }, consume: consume)
        }
        scanned = result.totals
    }

    /// Threads reading the ledger for a whole-ledger scan.
    static let scanLanes = 2

    /// One reading thread's totals, counted from the scan's (escaping) tally closures. A local
    /// variable captured by them would be checked for exclusive access on every order and message.
    private final class TallyBox {
        @exclusivity(unchecked) var totals = LedgerScanTotals()
    }

    /// Carries the producer threads' totals back (read after the threads have finished).
    private final class ScanResult: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var totals: LedgerScanTotals?

        func add(_ part: LedgerScanTotals) {
            lock.lock()
            defer { lock.unlock() }
            if totals == nil { totals = part } else { totals?.merge(part) }
        }
    }

    /// What the last complete `forEachOrder` counted (nil before one): the audit summary's counts as of `now`.
    public var scannedTotals: LedgerScanTotals? { scanned }

    public func dailyCounts() throws -> (messages: [String: Int], orders: [String: Int]) {
        let days = LocalDays(timeZone: defaultTimeZone)
        if let scanned {
            func perDay(_ histogram: HourHistogram) -> [String: Int] {
                var counts: [Int64: Int] = [:]
                histogram.forEach { hour, count in counts[days.day(ofSeconds: hour * 3600), default: 0] += count }
                return Dictionary(uniqueKeysWithValues: counts.map { (LocalDays.string(day: $0.key), $0.value) })
            }
            return (perDay(scanned.messagesPerHour), perDay(scanned.ordersPerHour))
        }
        return try withDatabase { db in
            func perDay(_ sql: String) throws -> [String: Int] {
                var counts: [Int64: Int] = [:]
                let rows = try Row.fetchCursor(db, sql: sql, arguments: [seller])
                while let row = try rows.next() {
                    counts[days.day(ofSeconds: (row[0] as Int64) * 3600), default: 0] += row[1] as Int
                }
                return Dictionary(uniqueKeysWithValues: counts.map { (LocalDays.string(day: $0.key), $0.value) })
            }
            // Grouped by UTC hour in SQL, then by local day here: exact for whole-hour offsets.
            return (try perDay("SELECT sent_at / 3600, count(*) FROM messages WHERE seller = ? AND status = 'sent' GROUP BY 1"),
                    try perDay("SELECT purchase_date / 3600, count(*) FROM orders WHERE seller = ? GROUP BY 1"))
        }
    }
}
