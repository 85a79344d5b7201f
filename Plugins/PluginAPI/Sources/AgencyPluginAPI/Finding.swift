/// One problem found by a checker.
///
/// Message findings carry `file`, `line` and `column` (1-based, in the file as written);
/// ledger findings carry `order` and, when a recorded message is at fault, `messageID`.
@frozen
public struct Finding: Sendable, Hashable, Codable {
    public var rule: String
    public var severity: RuleLevel
    public var message: String
    public var file: String?
    public var seller: String?
    public var template: String?
    /// `subject`, `body`, `attachments`, `type`, ...
    public var field: String?
    public var line: Int?
    public var column: Int?
    /// The offending source line (clipped), filled in by the host when it has the file.
    public var excerpt: String?
    /// 1-based column of the caret inside `excerpt`.
    public var excerptColumn: Int?
    /// Amazon order id, for ledger findings.
    public var order: String?
    /// Ledger row id of the message at fault, for ledger findings.
    public var messageID: Int64?
    /// A one-line suggestion that fixes the problem, where one exists.
    public var fix: String?

    @inlinable public init(
        rule: String, severity: RuleLevel, message: String,
        file: String? = nil, seller: String? = nil, template: String? = nil,
        field: String? = nil, line: Int? = nil, column: Int? = nil,
        excerpt: String? = nil, excerptColumn: Int? = nil,
        order: String? = nil, messageID: Int64? = nil, fix: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.seller = seller
        self.template = template
        self.field = field
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.excerptColumn = excerptColumn
        self.order = order
        self.messageID = messageID
        self.fix = fix
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, message, file, seller, template, field, line, column, excerpt
        case excerptColumn = "excerpt_column"
        case order
        case messageID = "message_id"
        case fix
    }
}
