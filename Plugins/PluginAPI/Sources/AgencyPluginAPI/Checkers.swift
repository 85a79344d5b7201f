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
    /// Findings over the whole ledger of one seller.
    func audit(_ ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding]
    /// Findings that would arise if `candidate` were sent now (used as a guard by `send`).
    func guardSend(_ candidate: LedgerMessage, order: LedgerOrder, history: [LedgerMessage],
                   ledger: any LedgerSource, settings: RuleSettings) throws -> [Finding]
}

/// An error a plugin reports to the user (one line, naming file and line where it can).
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
