import AgencyPluginAPI
import AgencyStore

/// The audit's work per order on a ledger reading thread: every checker's order auditor, and the
/// "eligible today" count. Hands over its findings in blocks, with the orders it counted as eligible.
final class AuditLane: OrderLane {
    struct Block {
        var findings: [Finding]
        var eligible: Int
    }

    private let auditors: [any LedgerOrderAuditor]
    private let eligibility: EligibilityCount
    private var findings: [Finding] = []
    private var eligibleHandedOver = 0
    private static let blockSize = 4096

    init(auditors: [any LedgerOrderAuditor], eligibility: EligibilityCount) {
        self.auditors = auditors
        self.eligibility = eligibility
    }

    func add(_ order: LedgerOrder, history: [LedgerMessage]) throws -> Block? {
        let start = findings.endIndex
        for auditor in auditors { auditor.audit(order, messages: history, into: &findings) }
        // Several checkers' findings for one order: in report order (by rule, stable).
        if auditors.count > 1, findings.endIndex - start > 1 { findings[start...].sort { $0.rule < $1.rule } }
        try eligibility.observe(order, history: history)
        return findings.count >= Self.blockSize ? takeBlock() : nil
    }

    func finishRun() -> Block? {
        findings.isEmpty && eligibility.count == eligibleHandedOver ? nil : takeBlock()
    }

    private func takeBlock() -> Block {
        defer {
            findings.removeAll(keepingCapacity: true)
            eligibleHandedOver = eligibility.count
        }
        return Block(findings: findings.filter { $0.severity != .off }, eligible: eligibility.count - eligibleHandedOver)
    }
}
