import Foundation

/// Checks single messages (templates or rendered messages).
public protocol MessageChecker: Sendable {
    /// Stable id, e.g. `guidelines`.
    var id: String { get }
    /// The rules this checker reports.
    var rules: [RuleDescriptor] { get }
    /// Prepares for checks under `settings` (compile phrase packs, etc.). Called once per settings value.
    /// Throws a `PluginError` when a rule pack or custom rule is invalid.
    func prepare(settings: RuleSettings) throws -> any PreparedMessageChecker
}

/// A message checker bound to one set of settings; cheap to call per message.
public protocol PreparedMessageChecker: Sendable {
    /// Findings for `message`, already at their effective level; rules at `off` report nothing.
    func check(_ message: MessageDocument) -> [Finding]
}

/// Checks a seller's order ledger, and guards a send before it is recorded.
public protocol LedgerChecker: Sendable {
    var id: String { get }
    var rules: [RuleDescriptor] { get }
    /// Findings over the whole ledger of one seller, streamed from `ledger`.
    func audit(_ ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding]
    /// Findings that would arise if `candidate` were sent now (used as a guard by `send`).
    func guardSend(_ candidate: LedgerMessage, order: LedgerOrder, history: [LedgerMessage],
                   ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding]
    /// For `agency plan`: whether each of `types` may go out for `order` on `date`, and why not.
    func plan(_ order: LedgerOrder, history: [LedgerMessage], types: [MessageType], on date: Date,
              ledger: any LedgerSource, settings: RuleSettings) throws -> [LedgerPlanEntry]
    /// For a plan over many orders (`agency plan`, the audit's "eligible today"): a planner bound to
    /// one date, type list, ledger and settings, so per-seller set-up (rule levels, time zones) is
    /// done once. Its answers equal `plan`'s for the same arguments.
    func makePlanner(types: [MessageType], on date: Date, ledger: any LedgerSource,
                     settings: RuleSettings) throws -> any LedgerOrderPlanner
    /// For an audit on several threads: an auditor of one order at a time, bound to `ledger` and
    /// `settings`, or nil when this checker audits only through `audit` (the default). With one,
    /// the host audits order by order on its reading threads (an auditor per thread), then asks
    /// `auditWholeLedger` for what no single order shows; together they must equal `audit`.
    func makeOrderAuditor(ledger: any LedgerSource, settings: RuleSettings) throws -> (any LedgerOrderAuditor)?
    /// Findings about the ledger as a whole (daily volume, say), after every order has been
    /// audited through `makeOrderAuditor`. Default: none.
    func auditWholeLedger(_ ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding]
}

/// Audits the orders of a ledger one at a time (see `LedgerChecker.makeOrderAuditor`). Used from
/// one thread at a time, orders in order-id order; it may keep state between orders.
public protocol LedgerOrderAuditor: AnyObject {
    /// Appends the findings of `order`, given its recorded messages (oldest first), in report order.
    func audit(_ order: LedgerOrder, messages: [LedgerMessage], into findings: inout [Finding])
}

/// `LedgerChecker.plan` for one order after another, with the same types, date, ledger and settings.
/// Used from one thread at a time; it may cache what it learns between orders.
public protocol LedgerOrderPlanner: AnyObject {
    /// One entry per type, in the planner's type order, for `order` with its recorded messages.
    func plan(_ order: LedgerOrder, history: [LedgerMessage]) throws -> [LedgerPlanEntry]
    /// The same answers as `plan`, as distinct verdicts with one verdict index per type, written
    /// into `plan` (reused from order to order): a plan of many orders shares a few verdicts per order.
    func plan(_ order: LedgerOrder, history: [LedgerMessage], into plan: inout LedgerOrderPlan) throws
}

extension LedgerOrderPlanner {
    /// Default: `plan`'s entries, each its own verdict.
    public func plan(_ order: LedgerOrder, history: [LedgerMessage], into plan: inout LedgerOrderPlan) throws {
        plan.set(entries: try self.plan(order, history: history))
    }
}

extension LedgerChecker {
    /// Default: no order auditor; the host calls `audit`.
    public func makeOrderAuditor(ledger: any LedgerSource, settings: RuleSettings) throws -> (any LedgerOrderAuditor)? { nil }

    /// Default: nothing beyond the orders.
    public func auditWholeLedger(_ ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding] { [] }

    /// Default planner: `plan` per order.
    public func makePlanner(types: [MessageType], on date: Date, ledger: any LedgerSource,
                            settings: RuleSettings) throws -> any LedgerOrderPlanner {
        PerOrderLedgerPlanner(checker: self, types: types, date: date, ledger: ledger, settings: settings)
    }

    /// Default plan: a guard of one candidate message per type (checkers may answer faster and say when it changes).
    public func plan(_ order: LedgerOrder, history: [LedgerMessage], types: [MessageType], on date: Date,
                     ledger: any LedgerSource, settings: RuleSettings) throws -> [LedgerPlanEntry] {
        try types.map { type in
            let candidate = LedgerMessage(orderID: order.orderID, type: type.id, channel: "message", sentAt: date)
            let findings = try guardSend(candidate, order: order, history: history, ledger: ledger, settings: settings)
            let errors = findings.filter { $0.severity == .error }
            return LedgerPlanEntry(type: type.id, allowed: errors.isEmpty, rules: errors.map(\.rule),
                                   reasons: errors.map(\.message),
                                   notes: findings.filter { $0.severity != .error && $0.severity != .off }.map(\.message))
        }
    }
}

/// The default `LedgerOrderPlanner`: calls the checker's `plan` for each order.
final class PerOrderLedgerPlanner<Checker: LedgerChecker>: LedgerOrderPlanner {
    let checker: Checker
    let types: [MessageType]
    let date: Date
    let ledger: any LedgerSource
    let settings: RuleSettings

    init(checker: Checker, types: [MessageType], date: Date, ledger: any LedgerSource, settings: RuleSettings) {
        self.checker = checker
        self.types = types
        self.date = date
        self.ledger = ledger
        self.settings = settings
    }

    func plan(_ order: LedgerOrder, history: [LedgerMessage]) throws -> [LedgerPlanEntry] {
        try checker.plan(order, history: history, types: types, on: date, ledger: ledger, settings: settings)
    }
}

/// An error a plugin reports to the user (one line, naming file and line where it can).
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
