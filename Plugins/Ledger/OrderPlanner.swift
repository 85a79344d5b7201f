import AgencyPluginAPI
import Foundation

/// `agency plan` for one order: which message types may go out on a date, and for the rest why not and until when.
///
/// Every rule looks at a type only through four traits (proactive, critical, review request, redundant), so
/// the entry is worked out once per kind of type and copied for the others: a plan of a
/// hundred thousand orders times eighteen types formats each reason once per order.
struct OrderPlanner {
    let levels: RuleLevels
    let order: LedgerOrder
    let days: LocalDays
    /// What the rules need of the counted messages.
    let earlier: EarlierMessages

    /// `history`: the counted messages, oldest first.
    init(levels: RuleLevels, order: LedgerOrder, days: LocalDays, history: [LedgerMessage]) {
        self.levels = levels
        self.order = order
        self.days = days
        earlier = EarlierMessages(history)
    }

    /// One entry per type, in `types` order.
    func entries(for types: [MessageType], on date: Date) -> [LedgerPlanEntry] {
        entries(for: types, kinds: types.map(Self.kind), on: date)
    }

    /// The traits a rule can see of `type`, as a number below `kindCount`.
    static func kind(_ type: MessageType) -> Int {
        (type.isProactive ? 1 : 0) | (type.isCritical ? 2 : 0) | (type.id == "review-request" ? 4 : 0) | (type.isRedundant ? 8 : 0)
    }

    static let kindCount = 16

    /// As `entries(for:on:)`, with `kinds[i] == kind(types[i])` worked out once for many orders.
    func entries(for types: [MessageType], kinds: [Int], on date: Date) -> [LedgerPlanEntry] {
        let day = days.day(of: date)
        let orderDays = OrderRules.Days(order, days)
        var byKind: [LedgerPlanEntry?] = Array(repeating: nil, count: Self.kindCount)
        var result: [LedgerPlanEntry] = []
        result.reserveCapacity(types.count)
        for (index, type) in types.enumerated() {
            let kind = kinds[index]
            if let known = byKind[kind] {
                result.append(known)
            } else {
                let entry = self.entry(for: type, day: day, orderDays: orderDays)
                byKind[kind] = entry
                result.append(entry)
            }
            if result[index].type != type.id { result[index].type = type.id }
        }
        return result
    }

    /// As `entries(for:kinds:on:)`, as one verdict per kind of type; `slots` is scratch space
    /// (`kindCount` elements, kept between orders).
    func verdicts(for types: [MessageType], kinds: [Int], on date: Date, slots: inout [Int], into plan: inout LedgerOrderPlan) {
        plan.removeAll()
        let day = days.day(of: date)
        let orderDays = OrderRules.Days(order, days)
        if slots.count != Self.kindCount { slots = Array(repeating: -1, count: Self.kindCount) }
        for index in slots.indices { slots[index] = -1 }
        for (index, type) in types.enumerated() {
            let kind = kinds[index]
            if slots[kind] < 0 {
                slots[kind] = plan.verdicts.count
                plan.verdicts.append(entry(for: type, day: day, orderDays: orderDays))
            }
            plan.verdictOfType.append(slots[kind])
        }
    }

    func entry(for type: MessageType, on date: Date) -> LedgerPlanEntry {
        entry(for: type, day: days.day(of: date), orderDays: OrderRules.Days(order, days))
    }

    private func entry(for type: MessageType, day: Int64, orderDays: OrderRules.Days) -> LedgerPlanEntry {
        if type.isRedundant {
            return LedgerPlanEntry(type: type.id, allowed: false, rules: [RedundantType.rule], reasons: [RedundantType.reason])
        }
        var entry = LedgerPlanEntry(type: type.id, allowed: true)
        var opensOn: Int64?
        var permanent = false
        func forbid(_ rule: String, _ level: RuleLevel, _ reason: @autoclosure () -> String, opens: Int64? = nil) {
            switch level {
            case .error:
                entry.rules.append(rule)
                entry.reasons.append(reason())
                if let opens { opensOn = max(opensOn ?? opens, opens) } else { permanent = true }
            case .warning, .note:
                entry.notes.append("\(rule): \(reason())")
            case .off:
                break
            }
        }
        let proactive = type.isProactive
        if proactive, !type.isCritical, order.buyerOptedOut {
            forbid("opted-out", levels.optedOut, "buyer opted out")
        }
        if type.id == "review-request" {
            if let first = earlier.firstReviewRequest {
                forbid("review-request-once", levels.reviewOnce,
                       "already requested on \(LocalDays.string(day: days.day(of: first.sentAt))) via \(first.channel)")
            }
            if order.status != "Shipped" {
                forbid("review-window", levels.reviewWindow, "order is \(order.status), not shipped")
            } else if let earliest = orderDays.earliest, let latest = orderDays.latest {
                let opens = earliest + OrderRules.reviewOpensAfter, closes = latest + OrderRules.windowDays
                if day < opens {
                    forbid("review-window", levels.reviewWindow, "review window opens \(LocalDays.string(day: opens))", opens: opens)
                } else if day > closes {
                    forbid("review-window", levels.reviewWindow, "review window closed \(LocalDays.string(day: closes))")
                }
            } else {
                forbid("review-window", levels.reviewWindow, "no delivery date known yet")
            }
        }
        if proactive, let anchor = orderDays.anchor, day > anchor + OrderRules.windowDays {
            forbid("proactive-window", levels.proactiveWindow,
                   "30 days after delivery passed on \(LocalDays.string(day: anchor + OrderRules.windowDays))")
        }
        if proactive, !type.isCritical, let first = earlier.firstProactive {
            forbid("one-message-per-order", levels.onePerOrder,
                   "already messaged on \(LocalDays.string(day: days.day(of: first.sentAt))) (\(first.type))")
        }
        entry.allowed = entry.rules.isEmpty
        if !entry.allowed, !permanent, let opensOn, opensOn > day { entry.allowedFrom = LocalDays.string(day: opensOn) }
        return entry
    }
}
