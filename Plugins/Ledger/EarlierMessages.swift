import AgencyPluginAPI

/// What the order rules need of the counted messages sent before the one being checked: the first
/// review request and the first proactive message that is not critical. Kept as messages go by, so
/// an order's audit looks at each message once instead of searching all earlier ones for each.
struct EarlierMessages {
    private(set) var firstReviewRequest: LedgerMessage?
    private(set) var firstProactive: LedgerMessage?

    init() {}

    /// `messages`: counted, oldest first.
    init(_ messages: [LedgerMessage]) {
        for message in messages { add(message) }
    }

    /// Adds the next counted message (later than every one added before).
    mutating func add(_ message: LedgerMessage) {
        if firstReviewRequest == nil, message.isReviewRequest { firstReviewRequest = message }
        if firstProactive == nil, message.isProactive, !message.isCritical { firstProactive = message }
    }
}
