import AgencyPluginAPI

/// Everything `OrderPlanner` reads of one order and its counted history, as local day numbers:
/// two orders with equal facts get equal verdicts from the same planner, so a plan of many orders
/// works each distinct set of facts out once (see `LedgerBulkPlanner`).
struct PlanFacts: Hashable {
    /// The plan's date, as a local day of the order's marketplace.
    var day: Int64
    var optedOut: Bool
    var status: String
    var earliest: Int64?
    var latest: Int64?
    var anchor: Int64?
    /// The first review request: its local day and channel.
    var firstReviewDay: Int64?
    var firstReviewChannel: String?
    /// The first proactive message that is not critical: its local day and type.
    var firstProactiveDay: Int64?
    var firstProactiveType: String?

    /// Hashes the day numbers only: most orders of a ledger share a status and channels, and
    /// hashing strings cost more than planning; equality still compares every field.
    func hash(into hasher: inout Hasher) {
        hasher.combine(day)
        hasher.combine(optedOut)
        hasher.combine(earliest)
        hasher.combine(latest)
        hasher.combine(anchor)
        hasher.combine(firstReviewDay)
        hasher.combine(firstProactiveDay)
    }

    /// `history`: the counted messages, oldest first.
    init(order: LedgerOrder, history: [LedgerMessage], day: Int64, days: LocalDays) {
        self.day = day
        optedOut = order.buyerOptedOut
        status = order.status
        let orderDays = OrderRules.Days(order, days)
        earliest = orderDays.earliest
        latest = orderDays.latest
        anchor = orderDays.anchor
        let earlier = EarlierMessages(history)
        if let review = earlier.firstReviewRequest {
            firstReviewDay = days.day(of: review.sentAt)
            firstReviewChannel = review.channel
        }
        if let proactive = earlier.firstProactive {
            firstProactiveDay = days.day(of: proactive.sentAt)
            firstProactiveType = proactive.type
        }
    }
}
