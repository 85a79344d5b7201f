import Foundation

/// A message recorded in the ledger (sent by this console or imported from elsewhere).
///
/// Its type, channel, template, language and status live in a `LedgerMessageTerms` that readers
/// share among the messages with the same ones (a ledger repeats a few combinations millions of
/// times), so copying a message costs two reference counts instead of six, and the facts rules
/// derive from those fields (`isSent`, `isCritical`, `isAmazonWritten`, ...) are worked out once.
@frozen
public struct LedgerMessage: Sendable, Hashable {
    /// Row id; 0 for a candidate not yet recorded.
    public var id: Int64
    public var orderID: String
    public var sentAt: Date
    /// Type, channel, template, language and status, with what follows from them.
    public var terms: LedgerMessageTerms

    public init(id: Int64 = 0, orderID: String, type: String, channel: String, template: String? = nil,
                language: String? = nil, sentAt: Date, status: String = "sent") {
        self.init(id: id, orderID: orderID, sentAt: sentAt,
                  terms: LedgerMessageTerms(type: type, channel: channel, template: template, language: language, status: status))
    }

    /// A message whose fields are `terms` (shared with other messages).
    @inlinable public init(id: Int64 = 0, orderID: String, sentAt: Date, terms: LedgerMessageTerms) {
        self.id = id
        self.orderID = orderID
        self.sentAt = sentAt
        self.terms = terms
    }

    /// Message type id (see `MessageType`).
    @inlinable public var type: String {
        get { terms.type }
        set { terms = terms.replacing(type: newValue) }
    }

    /// `message`, `request-a-review`, `solicitations-api` or `imported`.
    @inlinable public var channel: String {
        get { terms.channel }
        set { terms = terms.replacing(channel: newValue) }
    }

    @inlinable public var template: String? {
        get { terms.template }
        set { terms = terms.replacing(template: newValue) }
    }

    @inlinable public var language: String? {
        get { terms.language }
        set { terms = terms.replacing(language: newValue) }
    }

    /// `sent`, `blocked`, ...
    @inlinable public var status: String {
        get { terms.status }
        set { terms = terms.replacing(status: newValue) }
    }
}

/// The fields many recorded messages have in common (type, channel, template, language, status),
/// and the facts that follow from them. Immutable; compared by value.
public final class LedgerMessageTerms: Sendable, Hashable {
    /// Message type id (see `MessageType`).
    public let type: String
    /// `message`, `request-a-review`, `solicitations-api` or `imported`.
    public let channel: String
    public let template: String?
    public let language: String?
    /// `sent`, `blocked`, ...
    public let status: String
    /// `type` is `review-request`.
    public let isReviewRequestType: Bool
    /// The catalogue marks `type` critical: it passes a buyer's opt-out (false for a type it does not know).
    public let isCritical: Bool
    /// Seller-initiated: every type but `buyer-reply` (also a type the catalogue does not know).
    public let isProactive: Bool
    /// The message went out (`status` is `sent`); blocked or failed sends are on record but did not.
    public let isSent: Bool
    /// The channel is one where Amazon writes (and translates) the text itself: `request-a-review`
    /// (the Seller Central button) or `solicitations-api`.
    public let isAmazonWritten: Bool

    public init(type: String, channel: String, template: String? = nil, language: String? = nil, status: String = "sent") {
        self.type = type
        self.channel = channel
        self.template = template
        self.language = language
        self.status = status
        let known = MessageType.named(type)
        isReviewRequestType = type == "review-request"
        isCritical = known?.isCritical ?? false
        isProactive = known?.isProactive ?? true
        isSent = status == "sent"
        isAmazonWritten = channel == "request-a-review" || channel == "solicitations-api"
    }

    public static func == (left: LedgerMessageTerms, right: LedgerMessageTerms) -> Bool {
        left === right || (left.type == right.type && left.channel == right.channel && left.template == right.template
            && left.language == right.language && left.status == right.status)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(type)
        hasher.combine(channel)
        hasher.combine(template)
        hasher.combine(language)
        hasher.combine(status)
    }

    @usableFromInline
    func replacing(type: String? = nil, channel: String? = nil, template: String?? = nil, language: String?? = nil,
                   status: String? = nil) -> LedgerMessageTerms {
        LedgerMessageTerms(type: type ?? self.type, channel: channel ?? self.channel, template: template ?? self.template,
                           language: language ?? self.language, status: status ?? self.status)
    }
}
