/// How serious a rule's findings are; `off` disables the rule.
@frozen
public enum RuleLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case off, note, warning, error

    private var rank: Int {
        switch self {
        case .off: 0
        case .note: 1
        case .warning: 2
        case .error: 3
        }
    }

    public static func < (lhs: RuleLevel, rhs: RuleLevel) -> Bool { lhs.rank < rhs.rank }
}
