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
    // A lane is used from one thread at a time; its state skips the runtime's exclusivity checks,
    // which cost more per order than some of the rules.
    @exclusivity(unchecked) private var findings: [Finding] = []
    @exclusivity(unchecked) private var eligibleHandedOver = 0
    private static let blockSize = 4096

    init(auditors: [any LedgerOrderAuditor], eligibility: EligibilityCount) {
        self.auditors = auditors
        self.eligibility = eligibility
    }

    func add(_ order: LedgerOrder, history: [LedgerMessage]) throws -> Bool {
        let start = findings.endIndex
        for auditor in auditors { auditor.audit(order, messages: history, into: &findings) }
        // Several checkers' findings for one order: in report order (by rule, stable).
        if auditors.count > 1, findings.endIndex - start > 1 { findings[start...].sort { $0.rule < $1.rule } }
        try eligibility.observe(order, history: history)
        return findings.count >= Self.blockSize
    }

    func finishRun() -> Bool {
        !findings.isEmpty || eligibility.count != eligibleHandedOver
    }

    /// Hands the findings over (their storage goes with them: no copy), without any at `off`.
    func takeOutput() -> Block {
        var handed = findings
        findings = []
        findings.reserveCapacity(Self.blockSize + 64)
        // Looked for field by field in place: a `contains(where:)` closure copied every finding.
        let anyOff = handed.withUnsafeBufferPointer { buffer in buffer.indices.contains { buffer[$0].severity == .off } }
        if anyOff { handed.removeAll { $0.severity == .off } }
        defer { eligibleHandedOver = eligibility.count }
        return Block(findings: handed, eligible: eligibility.count - eligibleHandedOver)
    }
}
