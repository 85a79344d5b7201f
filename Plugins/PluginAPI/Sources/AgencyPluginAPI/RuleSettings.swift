/// A seller's own rule, defined in `workspace.yaml` or `seller.yaml` under `custom-rules`.
public struct CustomRule: Sendable, Hashable, Codable {
    public var id: String
    public var level: RuleLevel
    public var message: String
    /// Regular expressions (ICU syntax), matched case-insensitively against subject and body text.
    public var patterns: [String]

    public init(id: String, level: RuleLevel, message: String, patterns: [String]) {
        self.id = id
        self.level = level
        self.message = message
        self.patterns = patterns
    }
}

/// The effective rule configuration for one check: levels after every override layer,
/// the seller's allowed domains, custom rules and extra rule-pack folders.
public struct RuleSettings: Sendable {
    /// Effective level of every known rule id (defaults already merged with overrides).
    public var levels: [String: RuleLevel]
    /// Domains (and their subdomains) that `external-link` accepts besides Amazon's.
    public var allowedDomains: [String]
    public var customRules: [CustomRule]
    /// Folders with extra or overriding rule packs (e.g. `<workspace>/packs`).
    public var packDirectories: [String]
    /// The seller's language(s), first is the default.
    public var sellerLanguages: [String]

    public init(
        levels: [String: RuleLevel] = [:], allowedDomains: [String] = [], customRules: [CustomRule] = [],
        packDirectories: [String] = [], sellerLanguages: [String] = []
    ) {
        self.levels = levels
        self.allowedDomains = allowedDomains
        self.customRules = customRules
        self.packDirectories = packDirectories
        self.sellerLanguages = sellerLanguages
    }

    /// The level to report `rule` at; `fallback` applies when nothing set it.
    public func level(for rule: String, default fallback: RuleLevel = .error) -> RuleLevel {
        levels[rule] ?? fallback
    }
}
