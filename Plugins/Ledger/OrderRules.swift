import AgencyPluginAPI
import Foundation

/// The per-order ledger rules, applied to one message against the messages sent before it.
///
/// The audit runs it over every recorded message in time order; `send` runs it over the candidate.
struct OrderRules {
    let levels: RuleLevels
    let seller: String
    private let languages = LanguageMatches()

    init(levels: RuleLevels, seller: String) {
        self.levels = levels
        self.seller = seller
    }

    /// The delivery facts of an order as local day numbers.
    struct Days {
        let earliest: Int64?
        let latest: Int64?
        /// Delivery, else the latest delivery date: the anchor of the proactive window.
        let anchor: Int64?

        /// `borrowing`: an initialiser takes its arguments owned, which copied every order.
        init(_ order: borrowing LedgerOrder, _ days: LocalDays) {
            // `if let`, not `.map(days.day(of:))`: a method reference allocates a closure each time.
            func day(_ date: Date?) -> Int64? {
                if let date { return days.day(of: date) }
                return nil
            }
            earliest = day(order.earliestDeliveryDate ?? order.deliveredAt ?? order.latestDeliveryDate)
            latest = day(order.latestDeliveryDate ?? order.deliveredAt ?? order.earliestDeliveryDate)
            anchor = day(order.deliveredAt ?? order.latestDeliveryDate)
        }
    }

    static let reviewOpensAfter: Int64 = 5
    static let windowDays: Int64 = 30

    /// Findings for `message`, given what matters of the counted messages sent before it.
    func check(_ message: LedgerMessage, earlier: EarlierMessages, order: LedgerOrder,
               days: LocalDays, orderDays: Days, into findings: inout [Finding]) {
        let day = days.day(of: message.sentAt)
        // Messages are built only when a finding needs one (most messages break no rule), as bytes.
        func report(_ rule: String, _ level: RuleLevel, _ build: (inout FindingText) -> Void) {
            guard level != .off else { return }
            findings.append(Finding(rule: rule, severity: level, message: FindingText.make(build), seller: seller,
                                    order: order.orderID, messageID: message.id == 0 ? nil : message.id))
        }
        if message.isReviewRequest {
            if levels.reviewOnce != .off, let first = earlier.firstReviewRequest {
                report("review-request-once", levels.reviewOnce) { text in
                    text.add("Second review request for this order on ")
                    text.add(day: day)
                    text.add(": already requested on ")
                    text.add(day: days.day(of: first.sentAt))
                    text.add(" via ")
                    text.add(first.channel)
                }
            }
            if levels.reviewWindow != .off, let problem = reviewWindowProblem(day: day, order: order, orderDays: orderDays) {
                report("review-window", levels.reviewWindow) { text in
                    text.add("Review request on ")
                    text.add(day: day)
                    text.add(": ")
                    problem.describe(into: &text)
                }
            }
        }
        if message.isProactive {
            let critical = message.isCritical
            if levels.proactiveWindow != .off, let anchor = orderDays.anchor, day > anchor + Self.windowDays {
                report("proactive-window", levels.proactiveWindow) { text in
                    text.add(message.type)
                    text.add(" message on ")
                    text.add(day: day)
                    text.add(", ")
                    text.add(number: day - anchor)
                    text.add(order.deliveredAt != nil ? " days after delivery (" : " days after the latest delivery date (")
                    text.add(day: anchor)
                    text.add("); proactive messages end 30 days after delivery")
                }
            }
            if levels.optedOut != .off, order.buyerOptedOut, !critical {
                report("opted-out", levels.optedOut) { text in
                    text.add(message.type)
                    text.add(" message on ")
                    text.add(day: day)
                    text.add(" to a buyer who opted out of unsolicited messages (only critical types reach them)")
                }
            }
            if levels.onePerOrder != .off, !critical, let first = earlier.firstProactive {
                report("one-message-per-order", levels.onePerOrder) { text in
                    text.add("Second proactive message for this order on ")
                    text.add(day: day)
                    text.add(" (")
                    text.add(message.type)
                    text.add("): ")
                    text.add(first.type)
                    text.add(" was sent on ")
                    text.add(day: days.day(of: first.sentAt))
                }
            }
        }
        if levels.buyerLanguage != .off, !message.isAmazonWritten, let language = message.language, !language.isEmpty,
           let locale = order.buyerLocale, !locale.isEmpty, !languages.same(language, locale) {
            report("buyer-language", levels.buyerLanguage) { text in
                text.add(message.type)
                text.add(" message on ")
                text.add(day: day)
                text.add(" is in '")
                text.add(language)
                text.add("', but the buyer's language is ")
                text.add(locale)
            }
        }
    }

    /// How a review request breaks the review window.
    enum WindowProblem {
        case notShipped(status: String)
        case noDeliveryDate
        case early(daysAfterEarliest: Int64, opens: Int64)
        case late(daysAfterLatest: Int64, closed: Int64)

        /// Says why, for a finding's message.
        func describe(into text: inout FindingText) {
            switch self {
            case let .notShipped(status):
                text.add("the order is ")
                text.add(status)
                text.add(", not Shipped")
            case .noDeliveryDate:
                text.add("no delivery date is known for the order yet (import order updates or getOrders first)")
            case let .early(days, opens):
                text.add(number: days)
                text.add(" days after the earliest delivery date; the window opens ")
                text.add(day: opens)
            case let .late(days, closed):
                text.add(number: days)
                text.add(" days after the latest delivery date; the window closed ")
                text.add(day: closed)
            }
        }
    }

    /// How a review request on local `day` breaks the window, or nil when it is inside it.
    func reviewWindowProblem(day: Int64, order: LedgerOrder, orderDays: Days) -> WindowProblem? {
        guard order.status == "Shipped" else { return .notShipped(status: order.status) }
        guard let earliest = orderDays.earliest, let latest = orderDays.latest else { return .noDeliveryDate }
        let opens = earliest + Self.reviewOpensAfter, closes = latest + Self.windowDays
        if day < opens { return .early(daysAfterEarliest: day - earliest, opens: opens) }
        if day > closes { return .late(daysAfterLatest: day - latest, closed: closes) }
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
