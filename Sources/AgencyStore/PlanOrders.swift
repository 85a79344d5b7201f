import AgencyPluginAPI
import Foundation
import GRDB

extension Ledger {
    /// Streams the orders `plan` considers on `date`, with their messages (oldest first).
    ///
    /// Unless `all`, only orders a message could still reach: bought by `date`, and not delivered
    /// (or due) more than 31 days before it. The filter runs inside SQLite over the order table's
    /// primary-key scan (order-id order, no sort), and each order's messages come from the
    /// covering index `messages_by_order_covering`.
    public func forEachPlanOrder(seller: String, on date: Date, all: Bool,
                                 _ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws {
        let filter = all ? nil : Self.planReach(on: date)
        // SQLite on a second thread, the planners and output on this one.
        try OrderPipeline.run(produce: { emit in
            try self.read { db in
                var scan = OrderScan(db: db, seller: seller)
                if let filter {
                    // `+purchase_date` keeps SQLite on the primary key (already in order-id order).
                    scan.filter = """
                        AND +purchase_date BETWEEN ?2 AND ?3 AND coalesce(delivered_at, latest_delivery, purchase_date) >= ?4
                        """
                    scan.filterArguments = [filter.boughtFrom, filter.boughtUntil, filter.anchoredFrom]
                    scan.messageAccess = .perOrder
                }
                try scan.run { order, messages in
                    guard emit(order, messages) else { throw OrderPipeline.Stopped() }
                }
            }
        }, consume: body)
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
