import AgencyPluginAPI
import Foundation

/// The per-order ledger rules, applied to one message against the messages sent before it.
///
/// The audit runs it over every recorded message in time order; `send` runs it over the candidate.
struct OrderRules {
    let levels: RuleLevels
    let seller: String

    /// The delivery facts of an order as local day numbers.
    struct Days {
        let earliest: Int64?
        let latest: Int64?
        /// Delivery, else the latest delivery date: the anchor of the proactive window.
        let anchor: Int64?

        init(_ order: LedgerOrder, _ days: LocalDays) {
            let earliestDate = order.earliestDeliveryDate ?? order.deliveredAt ?? order.latestDeliveryDate
            let latestDate = order.latestDeliveryDate ?? order.deliveredAt ?? order.earliestDeliveryDate
            earliest = earliestDate.map(days.day(of:))
            latest = latestDate.map(days.day(of:))
            anchor = (order.deliveredAt ?? order.latestDeliveryDate).map(days.day(of:))
        }
    }

    static let reviewOpensAfter: Int64 = 5
    static let windowDays: Int64 = 30

    /// Findings for `message`, given what matters of the counted messages sent before it.
    func check(_ message: LedgerMessage, earlier: EarlierMessages, order: LedgerOrder,
               days: LocalDays, orderDays: Days, into findings: inout [Finding]) {
        let day = days.day(of: message.sentAt)
        // Formatted only when a finding needs it: most messages break no rule.
        var sent: String { LocalDays.string(day: day) }
        func report(_ rule: String, _ level: RuleLevel, _ text: String) {
            guard level != .off else { return }
            findings.append(Finding(rule: rule, severity: level, message: text, seller: seller, order: order.orderID,
                                    messageID: message.id == 0 ? nil : message.id))
        }
        if message.isReviewRequest {
            if levels.reviewOnce != .off, let first = earlier.firstReviewRequest {
                report("review-request-once", levels.reviewOnce,
                       "Second review request for this order on \(sent): already requested on \(LocalDays.string(day: days.day(of: first.sentAt))) via \(first.channel)")
            }
            if levels.reviewWindow != .off, let problem = reviewWindowProblem(day: day, order: order, orderDays: orderDays) {
                report("review-window", levels.reviewWindow, "Review request on \(sent): \(problem)")
            }
        }
        if message.isProactive {
            let critical = message.isCritical
            if levels.proactiveWindow != .off, let anchor = orderDays.anchor, day > anchor + Self.windowDays {
                let basis = order.deliveredAt != nil ? "delivery" : "the latest delivery date"
                report("proactive-window", levels.proactiveWindow,
                       "\(message.type) message on \(sent), \(day - anchor) days after \(basis) (\(LocalDays.string(day: anchor))); proactive messages end 30 days after delivery")
            }
            if levels.optedOut != .off, order.buyerOptedOut, !critical {
                report("opted-out", levels.optedOut,
                       "\(message.type) message on \(sent) to a buyer who opted out of unsolicited messages (only critical types reach them)")
            }
            if levels.onePerOrder != .off, !critical, let first = earlier.firstProactive {
                report("one-message-per-order", levels.onePerOrder,
                       "Second proactive message for this order on \(sent) (\(message.type)): \(first.type) was sent on \(LocalDays.string(day: days.day(of: first.sentAt)))")
            }
        }
        if levels.buyerLanguage != .off, !message.isAmazonWritten, let language = message.language, !language.isEmpty,
           let locale = order.buyerLocale, !locale.isEmpty, !samePrimaryLanguage(language, locale) {
            report("buyer-language", levels.buyerLanguage,
                   "\(message.type) message on \(sent) is in '\(language)', but the buyer's language is \(locale)")
        }
    }

    /// Why a review request on local `day` breaks the window, or nil.
    func reviewWindowProblem(day: Int64, order: LedgerOrder, orderDays: Days) -> String? {
        guard order.status == "Shipped" else {
            return "the order is \(order.status), not Shipped"
        }
        guard let earliest = orderDays.earliest, let latest = orderDays.latest else {
            return "no delivery date is known for the order yet (import order updates or getOrders first)"
        }
        let opens = earliest + Self.reviewOpensAfter, closes = latest + Self.windowDays
        if day < opens {
            return "\(day - earliest) days after the earliest delivery date; the window opens \(LocalDays.string(day: opens))"
        }
        if day > closes {
            return "\(day - latest) days after the latest delivery date; the window closed \(LocalDays.string(day: closes))"
        }
        return nil
    }

    /// `pii-retention` for one order.
    func checkRetention(_ order: LedgerOrder, now: Date, into findings: inout [Finding]) {
        guard levels.piiRetention != .off, let expiry = order.personalDataExpiresAt, expiry < now else { return }
        let day = Int64((expiry.timeIntervalSince1970 / 86_400).rounded(.down))
        findings.append(Finding(
            rule: "pii-retention", severity: levels.piiRetention,
            message: "Buyer personal data is still stored, past its retention (30 days after delivery, ended \(LocalDays.string(day: day)))",
            seller: seller, order: order.orderID, fix: "Run 'agency purge'."))
    }
}
