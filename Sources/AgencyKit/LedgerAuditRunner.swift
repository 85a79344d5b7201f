import AgencyCore
import AgencyPluginAPI
import AgencyStore
import Foundation

/// The ledger half of `agency audit`: every ledger checker over one seller's ledger, and the
/// ledger counts of the seller's summary.
public struct LedgerAuditRunner {
    public let session: AgencySession
    /// "Now" of the audit (windows, retention, "eligible today").
    public let now: Date

    public init(session: AgencySession, now: Date = Date()) {
        self.session = session
        self.now = now
    }

    /// A snapshot of `seller`'s ledger for checkers.
    public func snapshot(for seller: SellerConfig) throws -> LedgerSnapshot {
        LedgerSnapshot(ledger: try session.ledger(), seller: seller.id.rawValue,
                       primaryMarketplace: seller.marketplaces.first, now: now)
    }

    /// Runs every ledger checker for `seller`, writes the findings (in report order) and fills the summary's ledger counts.
    public func audit(_ seller: SellerConfig, into reports: ReportSet, summary: inout SellerSummary) throws {
        let settings = try session.ruleSettings(for: seller)
        let source = try snapshot(for: seller)
        let checkers = session.plugins.ledgerCheckers
        let sellerID = seller.id.rawValue
        var eligibleToday: Int?
        func write(_ found: [Finding]) throws {
            for var finding in found {
                if finding.seller == nil { finding.seller = sellerID }
                try reports.write(finding: finding)
                summary.add(finding)
            }
        }
        do {
            if try checkers.allSatisfy({ try $0.makeOrderAuditor(ledger: source, settings: settings) != nil }) {
                eligibleToday = try auditOrderByOrder(checkers, source: source, settings: settings, seller: sellerID,
                                                      encoders: reports.findingLineEncoders(), write: write,
                                                      writeEncoded: { blocks, counts in
                    try reports.write(encodedFindings: blocks, counts: counts)
                    summary.add(counts)
                })
            } else {
                var findings: [Finding]
                (findings, eligibleToday) = try auditWholeLedgers(checkers, source: source, settings: settings)
                for index in findings.indices where findings[index].seller == nil { findings[index].seller = sellerID }
                // Checkers mostly report in order already; sorting is then one pass.
                if zip(findings, findings.dropFirst()).contains(where: { Finding.reportOrder($1, $0) }) {
                    findings.sort(by: Finding.reportOrder)
                }
                try write(findings)
            }
        } catch let error as PluginError {
            throw UsageError("ledger checker: \(error.description)")
        }
        // The checkers' pass over the ledger counted these already; query only when none made one.
        let counts = try source.scannedTotals?.counts ?? session.ledger().counts(seller: sellerID, now: now)
        summary.orders = counts.orders
        summary.messagesLast30Days = counts.messagesLast30Days
        summary.reviewRequests = counts.reviewRequests
        summary.optedOut = counts.optedOut
        summary.eligibleToday = try eligibleToday ?? eligibleForReviewRequest(seller, settings: settings, source: source)
    }

    /// Every checker audits order by order on the ledger's reading threads (an auditor per run of
    /// orders), and the findings are written as they come, in report order: order by order, then
    /// the findings about the ledger as a whole. "Eligible today" is counted on the same pass.
    /// With `encoders` (every report takes encoded lines), the reading threads encode the
    /// findings and `writeEncoded` gets the blocks and their counts.
    private func auditOrderByOrder(_ checkers: [any LedgerChecker], source: LedgerSnapshot, settings: RuleSettings,
                                   seller: String, encoders: [any FindingLineEncoder]?, write: ([Finding]) throws -> Void,
                                   writeEncoded: ([[UInt8]], FindingCounts) throws -> Void) throws -> Int? {
        let now = now
        var eligible = 0
        try source.forEachOrder(lane: {
            AuditLane(auditors: try checkers.compactMap { try $0.makeOrderAuditor(ledger: source, settings: settings) },
                      eligibility: EligibilityCount(planners: try Self.reviewPlanners(checkers, settings: settings, source: source, on: now),
                                                    on: now),
                      encoders: encoders ?? [], seller: seller)
        }, consume: { block in
            if !block.encoded.isEmpty { try writeEncoded(block.encoded, block.counts) }
            try write(block.findings)
            eligible += block.eligible
        })
        let whole = try checkers.flatMap { try $0.auditWholeLedger(source, settings: settings) }.filter { $0.severity != .off }
        try write(whole.sorted { $0.rule < $1.rule })
        return checkers.isEmpty ? nil : eligible
    }

    /// Each checker audits the whole ledger in turn (checkers without an order auditor).
    private func auditWholeLedgers(_ checkers: [any LedgerChecker], source: LedgerSnapshot,
                                   settings: RuleSettings) throws -> ([Finding], Int?) {
        var findings: [Finding] = []
        // "Eligible today" is counted on the first checker's pass over the ledger when it makes one.
        let eligibility = EligibilityCount(planners: try Self.reviewPlanners(checkers, settings: settings, source: source, on: now), on: now)
        source.observeNextScan { order, history in try eligibility.observe(order, history: history) }
        for checker in checkers {
            findings += try checker.audit(source, settings: settings).filter { $0.severity != .off }
        }
        return (findings, source.observerSawEveryOrder ? eligibility.count : nil)
    }

    /// Every ledger checker's planner for review requests on `date` (none without checkers).
    static func reviewPlanners(_ checkers: [any LedgerChecker], settings: RuleSettings, source: LedgerSnapshot,
                               on date: Date) throws -> [any LedgerOrderPlanner] {
        guard let review = MessageType.named("review-request") else { return [] }
        return try checkers.map { try $0.makePlanner(types: [review], on: date, ledger: source, settings: settings) }
    }

    /// Orders a review request may go out for today, by every ledger checker.
    func eligibleForReviewRequest(_ seller: SellerConfig, settings: RuleSettings, source: LedgerSnapshot) throws -> Int {
        let planners = try Self.reviewPlanners(session.plugins.ledgerCheckers, settings: settings, source: source, on: now)
        guard !planners.isEmpty else { return 0 }
        let eligibility = EligibilityCount(planners: planners, on: now)
        try session.ledger().forEachPlanOrder(seller: seller.id.rawValue, on: now, all: false) { order, history in
            try eligibility.add(order, history: history)
        }
        return eligibility.count
    }
}
