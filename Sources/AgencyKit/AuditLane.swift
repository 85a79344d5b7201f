import AgencyPluginAPI
import AgencyStore

/// The audit's work per order on a ledger reading thread: every checker's order auditor, and the
/// "eligible today" count. Hands over its findings in blocks, with the orders it counted as eligible.
///
/// When every report takes findings as encoded lines (`FindingLineWriter`), the lane encodes its
/// findings itself, one buffer per report, and hands over the bytes and their counts instead: the
/// findings then never travel to the writing thread.
final class AuditLane: OrderLane {
    struct Block {
        var findings: [Finding]
        /// The findings encoded for each report (in the order of the lane's encoders), when it encodes them.
        var encoded: [[UInt8]]
        /// How many of the encoded findings there are of each severity.
        var counts: FindingCounts
        var eligible: Int
    }

    private let auditors: [any LedgerOrderAuditor]
    private let eligibility: EligibilityCount
    private let encoders: [any FindingLineEncoder]
    private let seller: String
    // A lane is used from one thread at a time; its state skips the runtime's exclusivity checks,
    // which cost more per order than some of the rules.
    @exclusivity(unchecked) private var findings: [Finding] = []
    @exclusivity(unchecked) private var encoded: [[UInt8]]
    @exclusivity(unchecked) private var counts = FindingCounts()
    @exclusivity(unchecked) private var eligibleHandedOver = 0
    private static let blockSize = 4096
    private static let encodedBlockSize = 1 << 20

    /// `encoders`: one per report when the lane encodes findings (none: it hands findings over);
    /// `seller` fills in findings that name no seller.
    init(auditors: [any LedgerOrderAuditor], eligibility: EligibilityCount, encoders: [any FindingLineEncoder] = [],
         seller: String) {
        self.auditors = auditors
        self.eligibility = eligibility
        self.encoders = encoders
        self.seller = seller
        encoded = encoders.map { _ in Self.emptyBuffer() }
    }

    private static func emptyBuffer() -> [UInt8] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(encodedBlockSize + (64 << 10))
        return buffer
    }

    func add(_ order: LedgerOrder, history: [LedgerMessage]) throws -> Bool {
        let start = findings.endIndex
        for auditor in auditors { auditor.audit(order, messages: history, into: &findings) }
        // Several checkers' findings for one order: in report order (by rule, stable).
        if auditors.count > 1, findings.endIndex - start > 1 { findings[start...].sort { $0.rule < $1.rule } }
        try eligibility.observe(order, history: history)
        if encoders.isEmpty { return findings.count >= Self.blockSize }
        if !findings.isEmpty { encodeFindings() }
        return encoded[0].count >= Self.encodedBlockSize
    }

    /// Encodes the findings held (but those at `off`) for every report, and lets them go.
    private func encodeFindings() {
        for index in findings.indices where findings[index].seller == nil { findings[index].seller = seller }
        // Read in place through a buffer (sellers filled in first, by index).
        findings.withUnsafeBufferPointer { held in
            for index in held.indices where held[index].severity != .off {
                counts.add(held[index].severity)
                for report in encoders.indices { encoders[report].append(held[index], to: &encoded[report]) }
            }
        }
        // Emptied from the end: `removeAll(keepingCapacity:)` went through a generic range replacement.
        while !findings.isEmpty { findings.removeLast() }
    }

    func finishRun() -> Bool {
        !findings.isEmpty || counts != FindingCounts() || eligibility.count != eligibleHandedOver
    }

    /// Hands the findings over (their storage goes with them: no copy), without any at `off`; or
    /// the encoded findings and their counts.
    func takeOutput() -> Block {
        defer { eligibleHandedOver = eligibility.count }
        let eligible = eligibility.count - eligibleHandedOver
        guard encoders.isEmpty else {
            let block = Block(findings: [], encoded: encoded, counts: counts, eligible: eligible)
            encoded = encoders.map { _ in Self.emptyBuffer() }
            counts = FindingCounts()
            return block
        }
        var handed = findings
        findings = []
        findings.reserveCapacity(Self.blockSize + 64)
        // Looked for field by field in place: a `contains(where:)` closure copied every finding.
        let anyOff = handed.withUnsafeBufferPointer { buffer in buffer.indices.contains { buffer[$0].severity == .off } }
        if anyOff { handed.removeAll { $0.severity == .off } }
        return Block(findings: handed, encoded: [], counts: FindingCounts(), eligible: eligible)
    }
}
