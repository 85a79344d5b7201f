import AgencyPluginAPI
import Foundation
import GRDB

extension Ledger {
    /// Streams the orders `plan` considers on `date`, with their messages (oldest first).
    ///
    /// Unless `all`, only orders a message could still reach: bought by `date`, and not delivered
    /// (or due) more than 31 days before it. The filter runs inside SQLite over the order table's
    /// primary-key scan (order-id order, no sort), and each order's messages from its packed history.
    public func forEachPlanOrder(seller: String, on date: Date, all: Bool,
                                 _ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        try forEachPlanOrder(seller: seller, on: date, all: all, lane: { OrderPassThrough() }, consume: { if let (order, history) = $0 { try body(order, history) } })
    }

    /// As `forEachPlanOrder(seller:on:all:_:)`, with the work per order done on the reading threads:
    /// each thread sends its runs of orders through an `OrderLane` of its own (made by `lane`, on
    /// that thread), and what the lanes hand over reaches `consume` here, in order-id order.
    public func forEachPlanOrder<Lane: OrderLane>(seller: String, on date: Date, all: Bool, lane makeLane: @escaping @Sendable () throws -> Lane,
                                                 consume: (Lane.Output) throws -> Void) throws {
        let filter = all ? nil : Self.planReach(on: date)
        let pool = LanePool(makeLane)
        try scanInChunks(seller: seller, lanes: LedgerSnapshot.scanLanes, batchSize: Lane.batchSize, scan: { thread, db, range, emit in
            var scan = OrderScan(db: db, seller: seller, range: range)
            if let filter {
                // `+purchase_date` keeps SQLite on the primary key (already in order-id order).
                scan.filter = """
                    AND +purchase_date BETWEEN ?2 AND ?3 AND coalesce(delivered_at, latest_delivery, purchase_date) >= ?4
                    """
                scan.filterArguments = [filter.boughtFrom, filter.boughtUntil, filter.anchoredFrom]
            }
            let lane = try pool.lane(thread)
            try scan.run { order, messages in
                if try lane.add(order, history: messages) {
                    guard emit(lane.takeOutput()) else { throw ScanStopped() }
                }
            }
            if lane.finishRun() {
                guard emit(lane.takeOutput()) else { throw ScanStopped() }
            }
        }, consume: consume)
    }
}

/// Work done per order on a ledger reading thread (`plan`'s rows, the audit's rules): one lane per
/// thread, called from that thread only, run after run of orders, each run in order-id order.
public protocol OrderLane: AnyObject, SendableMetatype {
    associatedtype Output
    /// Outputs handed over at a time: many for small ones (orders), one for blocks of output (default).
    static var batchSize: Int { get }
    /// Takes one order with its messages; true when output is ready to hand over (`takeOutput()`).
    ///
    /// A flag and a separate take, not an optional output: the scan is generic over the lane and
    /// is not specialised across modules, so an `Output?` made it look up optional metadata per order.
    func add(_ order: LedgerOrder, history: [LedgerMessage]) throws -> Bool
    /// Ends a run: true when output is still held (hand it over with `takeOutput()`).
    func finishRun() -> Bool
    /// The output held, handed over; the lane holds none afterwards.
    func takeOutput() -> Output
}

extension OrderLane {
    public static var batchSize: Int { 1 }
}

/// Hands each order over as it is (nil only if output were taken before `add`, which the scans never do).
final class OrderPassThrough: OrderLane {
    static var batchSize: Int { 512 }

    private var held: (LedgerOrder, [LedgerMessage])?

    func add(_ order: LedgerOrder, history: [LedgerMessage]) -> Bool {
        held = (order, history)
        return true
    }

    func finishRun() -> Bool { false }

    func takeOutput() -> (LedgerOrder, [LedgerMessage])? {
        defer { held = nil }
        return held
    }
}

extension Ledger {
    /// Bounds (Unix seconds) of the orders a message can still reach on `date`: bought between
    /// `boughtFrom` and `boughtUntil`, delivered (else due, else bought) no earlier than `anchoredFrom`.
    /// Delivery comes well within 120 days of purchase; anything older is past every window.
    static func planReach(on date: Date) -> (boughtFrom: Int64, boughtUntil: Int64, anchoredFrom: Int64) {
        let day: Int64 = 86_400
        let at = Int64(date.timeIntervalSince1970)
        return (at - 120 * day, at + day, at - 32 * day)
    }

    /// Whether `forEachPlanOrder(on: date, all: false)` would list `order` (the same test in Swift).
    public static func isWithinPlanReach(_ order: LedgerOrder, on date: Date) -> Bool {
        let reach = planReach(on: date)
        let bought = Int64(order.purchaseDate.timeIntervalSince1970)
        guard bought >= reach.boughtFrom, bought <= reach.boughtUntil else { return false }
        let anchor = order.deliveredAt ?? order.latestDeliveryDate ?? order.purchaseDate
        return Int64(anchor.timeIntervalSince1970) >= reach.anchoredFrom
    }
}
