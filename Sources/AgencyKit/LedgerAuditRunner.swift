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
        var findings: [Finding] = []
        // "Eligible today" is counted on the first checker's pass over the ledger when it makes one.
        let eligibility = try EligibilityCount(planners: reviewPlanners(settings: settings, source: source), on: now)
        source.observeNextScan { order, history in try eligibility.observe(order, history: history) }
        for checker in session.plugins.ledgerCheckers {
            do {
                let found = try checker.audit(source, settings: settings)
                if findings.isEmpty, !found.contains(where: { $0.severity == .off }) {
                    findings = found
                } else {
                    findings += found.filter { $0.severity != .off }
                }
            } catch let error as PluginError {
                throw UsageError("\(checker.id): \(error.description)")
            }
        }
        for index in findings.indices where findings[index].seller == nil { findings[index].seller = seller.id.rawValue }
        // Checkers mostly report in order already; sorting is then one pass.
        if zip(findings, findings.dropFirst()).contains(where: { Finding.reportOrder($1, $0) }) {
            findings.sort(by: Finding.reportOrder)
        }
        for finding in findings {
            try reports.write(finding: finding)
            summary.add(finding)
        }
        // The checkers' pass over the ledger counted these already; query only when none made one.
        let counts = try source.scannedTotals?.counts ?? session.ledger().counts(seller: seller.id.rawValue, now: now)
        summary.orders = counts.orders
        summary.messagesLast30Days = counts.messagesLast30Days
        summary.reviewRequests = counts.reviewRequests
        summary.optedOut = counts.optedOut
        summary.eligibleToday = try source.observerSawEveryOrder ? eligibility.count
            : eligibleForReviewRequest(seller, settings: settings, source: source)
    }

    /// Every ledger checker's planner for review requests today (none without checkers).
    func reviewPlanners(settings: RuleSettings, source: LedgerSnapshot) throws -> [any LedgerOrderPlanner] {
        guard let review = MessageType.named("review-request") else { return [] }
        return try session.plugins.ledgerCheckers.map {
            try $0.makePlanner(types: [review], on: now, ledger: source, settings: settings)
        }
    }

    /// Orders a review request may go out for today, by every ledger checker.
    func eligibleForReviewRequest(_ seller: SellerConfig, settings: RuleSettings, source: LedgerSnapshot) throws -> Int {
        let planners = try reviewPlanners(settings: settings, source: source)
        guard !planners.isEmpty else { return 0 }
        let eligibility = EligibilityCount(planners: planners, on: now)
        try session.ledger().forEachPlanOrder(seller: seller.id.rawValue, on: now, all: false) { order, history in
            try eligibility.add(order, history: history)
        }
        return eligibility.count
    }
}
