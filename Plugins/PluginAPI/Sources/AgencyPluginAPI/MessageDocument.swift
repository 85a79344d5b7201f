/// An attachment named in a template's front matter.
public struct Attachment: Sendable, Hashable, Codable {
    /// File name, e.g. `user-manual.pdf`.
    public var name: String
    /// Declared kind: `invoice`, `instructions`, `warranty`, or anything else (which is a finding).
    public var kind: String
    /// 1-based line of the entry in the file, when known.
    public var line: Int?

    public init(name: String, kind: String, line: Int? = nil) {
        self.name = name
        self.kind = kind
        self.line = line
    }
}

/// Where a message came from, so findings can name it.
public struct MessageOrigin: Sendable, Hashable {
    /// Path of the file as the user should see it (relative to the workspace when inside one).
    public var file: String?
    /// Seller id, when the message belongs to a seller.
    public var seller: String?
    /// Template name, when the message is a template.
    public var template: String?

    public init(file: String? = nil, seller: String? = nil, template: String? = nil) {
        self.file = file
        self.seller = seller
        self.template = template
    }
}

/// A message to check: a template as written, or a message rendered with real values.
public struct MessageDocument: Sendable {
    public var origin: MessageOrigin
    public var subject: TextField
    public var body: TextField
    public var format: MessageFormat
    /// Declared message type id (see `MessageType`), if any.
    public var type: String?
    /// Language code (`en`, `de`, `fr`, `es`, `it`, ...): the template's, else the seller's; nil to detect.
    public var language: String?
    public var attachments: [Attachment]
    /// True once placeholders have been replaced by real values.
    public var isRendered: Bool
    /// Position of the `type:` entry in the front matter, for metadata findings.
    public var typeLine: Int?

    public init(
        origin: MessageOrigin = .init(),
        subject: TextField = .init(text: ""),
        body: TextField,
        format: MessageFormat = .text,
        type: String? = nil,
        language: String? = nil,
        attachments: [Attachment] = [],
        isRendered: Bool = false,
        typeLine: Int? = nil
    ) {
        self.origin = origin
        self.subject = subject
        self.body = body
        self.format = format
        self.type = type
        self.language = language
        self.attachments = attachments
        self.isRendered = isRendered
        self.typeLine = typeLine
    }
}
