/// An example message for a rule: one that must trigger it, or one that must not.
///
/// The test suite checks every example of every rule, and `agency rules show` prints them,
/// so documentation and behaviour cannot drift apart.
public struct RuleExample: Sendable, Hashable, Codable {
    /// The body (or, for ledger rules, a one-line scenario).
    public var body: String
    public var subject: String
    public var format: MessageFormat
    public var type: String
    public var language: String
    public var attachments: [Attachment]

    public init(
        _ body: String,
        subject: String = "Your order {{order_id}}",
        format: MessageFormat = .text,
        type: String = "delivery-followup",
        language: String = "en",
        attachments: [Attachment] = []
    ) {
        self.body = body
        self.subject = subject
        self.format = format
        self.type = type
        self.language = language
        self.attachments = attachments
    }

    /// The example as a message document, ready to check.
    public var document: MessageDocument {
        MessageDocument(
            subject: TextField(text: subject, line: 2, column: 10),
            body: TextField(text: body, line: 7, column: 1),
            format: format, type: type, language: language, attachments: attachments
        )
    }
}

/// What a rule is, why it exists and how it behaves: the single source for docs and tests.
public struct RuleDescriptor: Sendable, Hashable, Codable {
    /// Stable id used in reports and overrides, e.g. `external-link`.
    public let id: String
    /// Short human name.
    public let name: String
    /// One line: what the rule flags.
    public let summary: String
    /// Why Amazon (or the agency) forbids it.
    public let rationale: String
    /// Where the policy is written down.
    public let policyURL: String
    public let defaultLevel: RuleLevel
    /// Id of the checker that implements it (`guidelines`, `ledger`, ...).
    public let checker: String
    /// Examples that must produce a finding of this rule.
    public let triggering: [RuleExample]
    /// Examples that must not produce a finding of this rule.
    public let nonTriggering: [RuleExample]
    /// How to fix a finding, where there is one obvious fix.
    public let fix: String?

    public init(
        id: String, name: String, summary: String, rationale: String, policyURL: String,
        defaultLevel: RuleLevel = .error, checker: String,
        triggering: [RuleExample] = [], nonTriggering: [RuleExample] = [], fix: String? = nil
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.policyURL = policyURL
        self.defaultLevel = defaultLevel
        self.checker = checker
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.fix = fix
    }
}
