import AgencyPluginAPI

/// Findings counted by severity, for blocks of findings handed over already encoded (the reports
/// and summaries count them without seeing each finding).
public struct FindingCounts: Sendable, Hashable {
    public var errors = 0
    public var warnings = 0
    public var notes = 0

    public init() {}

    /// One finding of `severity` (none at `off`).
    public init(_ severity: RuleLevel) {
        add(severity)
    }

    /// Counts one finding of `severity` (`off` is not counted).
    public mutating func add(_ severity: RuleLevel) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: notes += 1
        case .off: break
        }
    }
}

extension ReportSummary {
    /// Adds counted findings to the totals.
    public mutating func add(_ counts: FindingCounts) {
        errors += counts.errors
        warnings += counts.warnings
        notes += counts.notes
    }
}

extension SellerSummary {
    /// Adds counted findings to the seller's counts.
    public mutating func add(_ counts: FindingCounts) {
        errors += counts.errors
        warnings += counts.warnings
        notes += counts.notes
    }
}
