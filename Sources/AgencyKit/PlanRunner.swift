import AgencyCore
import AgencyPluginAPI
import AgencyStore
import Foundation

/// `agency plan`: for each order still within reach, which message types may go out on a date.
public struct PlanRunner {
    public let session: AgencySession

    public init(session: AgencySession) {
        self.session = session
    }

    /// Proactive types, or the one asked for.
    public static func types(_ requested: String?) throws -> [MessageType] {
        guard let requested else { return MessageType.all.filter(\.isProactive) }
        guard let type = MessageType.named(requested) else {
            throw UsageError("unknown message type '\(requested)' (one of: \(MessageType.all.map(\.id).joined(separator: ", ")))")
        }
        return [type]
    }

    /// Calls `body` for every order considered on `date`, with one entry per type (every ledger checker merged).
    public func run(seller: SellerConfig, date: Date, types: [MessageType], all: Bool,
                    _ body: (LedgerOrder, [LedgerPlanEntry]) throws -> Void) throws {
        let checkers = session.plugins.ledgerCheckers
        guard !checkers.isEmpty else {
            throw UsageError("no ledger checker plugin found; build the plugins with 'make build'")
        }
        let settings = try session.ruleSettings(for: seller)
        let source = LedgerSnapshot(ledger: try session.ledger(), seller: seller.id.rawValue,
                                    primaryMarketplace: seller.marketplaces.first, now: date)
        let planners = try checkers.map { try $0.makePlanner(types: types, on: date, ledger: source, settings: settings) }
        try session.ledger().forEachPlanOrder(seller: seller.id.rawValue, on: date, all: all) { order, history in
            try body(order, try Self.merge(planners.map { try $0.plan(order, history: history) }, types: types))
        }
    }

    /// `plan --format csv`: the rows of every order considered on `date` (see `PlanCSVFormatter`),
    /// planned and rendered on the ledger's reading threads, handed to `write` in blocks, in order.
    public func writeCSV(seller: SellerConfig, date: Date, types: [MessageType], all: Bool,
                         _ write: ([UInt8]) throws -> Void) throws {
        let checkers = session.plugins.ledgerCheckers
        guard !checkers.isEmpty else {
            throw UsageError("no ledger checker plugin found; build the plugins with 'make build'")
        }
        let settings = try session.ruleSettings(for: seller)
        let source = LedgerSnapshot(ledger: try session.ledger(), seller: seller.id.rawValue,
                                    primaryMarketplace: seller.marketplaces.first, now: date)
        try session.ledger().forEachPlanOrder(seller: seller.id.rawValue, on: date, all: all, lane: {
            PlanCSVLane(planners: try checkers.map { try $0.makePlanner(types: types, on: date, ledger: source, settings: settings) },
                        types: types)
        }, consume: write)
    }

    /// One entry per type from every checker's entries: allowed only when all allow it, with every
    /// rule, reason and note, and the latest date from which it becomes allowed.
    static func merge(_ answers: [[LedgerPlanEntry]], types: [MessageType]) -> [LedgerPlanEntry] {
        if answers.count == 1, let only = answers.first, only.count == types.count,
           zip(only, types).allSatisfy({ $0.type == $1.id }) {
            // One checker: its entries as they are (an allowed entry carries no date).
            var merged = only
            for index in merged.indices where merged[index].allowed && merged[index].allowedFrom != nil {
                merged[index].allowedFrom = nil
            }
            return merged
        }
        var merged = types.map { LedgerPlanEntry(type: $0.id, allowed: true) }
        for entries in answers {
            for (index, entry) in entries.enumerated() where index < merged.count {
                merged[index].rules += entry.rules
                merged[index].reasons += entry.reasons
                merged[index].notes += entry.notes
                merged[index].allowed = merged[index].allowed && entry.allowed
                if let from = entry.allowedFrom { merged[index].allowedFrom = max(merged[index].allowedFrom ?? from, from) }
            }
        }
        for index in merged.indices where merged[index].allowed { merged[index].allowedFrom = nil }
        return merged
    }
}
