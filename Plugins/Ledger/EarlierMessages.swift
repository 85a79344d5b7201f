import AgencyPluginAPI
import Foundation

/// What the order rules need of the counted messages sent before the one being checked: when the
/// first review request went out and through which channel, and when the first proactive message
/// that is not critical went out and of which type. Kept as messages go by, so an order's audit
/// looks at each message once instead of searching all earlier ones for each; only these fields
/// are kept, since copying whole messages costs more than the rules.
struct EarlierMessages {
    private(set) var firstReviewRequest: (sentAt: Date, channel: String)?
    private(set) var firstProactive: (sentAt: Date, type: String)?
    /// Whether both firsts are known, so later messages change nothing.
    private(set) var isComplete = false

    init() {}

    /// `messages`: counted, oldest first.
    init(_ messages: [LedgerMessage]) {
        for message in messages where !isComplete { add(message) }
    }

    /// Adds the next counted message (later than every one added before).
    mutating func add(_ message: LedgerMessage) {
        if firstReviewRequest == nil, message.isReviewRequest { firstReviewRequest = (message.sentAt, message.channel) }
        if firstProactive == nil, message.isProactive, !message.isCritical { firstProactive = (message.sentAt, message.type) }
        isComplete = firstReviewRequest != nil && firstProactive != nil
    }
}
