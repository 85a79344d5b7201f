import Foundation

/// An order as the ledger keeps it: no names, no addresses.
public struct LedgerOrder: Sendable, Hashable {
    public var orderID: String
    public var marketplace: String
    public var purchaseDate: Date
    /// Amazon order status (`Shipped`, `Pending`, `Canceled`, ...).
    public var status: String
    /// `AFN` or `MFN`, when known.
    public var fulfillmentChannel: String?
    public var earliestDeliveryDate: Date?
    public var latestDeliveryDate: Date?
    public var deliveredAt: Date?
    /// Buyer's language of preference, e.g. `es-US`.
    public var buyerLocale: String?
    public var buyerOptedOut: Bool
    /// Expiry of buyer personal data still stored for this order, if any.
    public var personalDataExpiresAt: Date?

    public init(
        orderID: String, marketplace: String, purchaseDate: Date, status: String,
        fulfillmentChannel: String? = nil, earliestDeliveryDate: Date? = nil, latestDeliveryDate: Date? = nil,
        deliveredAt: Date? = nil, buyerLocale: String? = nil, buyerOptedOut: Bool = false,
        personalDataExpiresAt: Date? = nil
    ) {
        self.orderID = orderID
        self.marketplace = marketplace
        self.purchaseDate = purchaseDate
        self.status = status
        self.fulfillmentChannel = fulfillmentChannel
        self.earliestDeliveryDate = earliestDeliveryDate
        self.latestDeliveryDate = latestDeliveryDate
        self.deliveredAt = deliveredAt
        self.buyerLocale = buyerLocale
        self.buyerOptedOut = buyerOptedOut
        self.personalDataExpiresAt = personalDataExpiresAt
    }
}

/// A message recorded in the ledger (sent by this console or imported from elsewhere).
public struct LedgerMessage: Sendable, Hashable {
    /// Row id; 0 for a candidate not yet recorded.
    public var id: Int64
    public var orderID: String
    /// Message type id (see `MessageType`).
    public var type: String
    /// `message`, `request-a-review`, `solicitations-api` or `imported`.
    public var channel: String
    public var template: String?
    public var language: String?
    public var sentAt: Date
    /// `sent`, `blocked`, ...
    public var status: String

    public init(id: Int64 = 0, orderID: String, type: String, channel: String, template: String? = nil,
                language: String? = nil, sentAt: Date, status: String = "sent") {
        self.id = id
        self.orderID = orderID
        self.type = type
        self.channel = channel
        self.template = template
        self.language = language
        self.sentAt = sentAt
        self.status = status
    }
}

/// Read access to one seller's ledger, as the host streams it to ledger checkers.
public protocol LedgerSource: Sendable {
    var seller: String { get }
    /// The marketplace's time zone for date arithmetic (windows are counted in local days).
    func timeZone(for marketplace: String) -> TimeZone
    /// "Now" for the audit (so tests and `--date` can pin it).
    var now: Date { get }
    /// Calls `body` for every order with its recorded messages, ordered by order id.
    func forEachOrder(_ body: (LedgerOrder, [LedgerMessage]) throws -> Void) throws
    /// Messages per local day (`yyyy-MM-dd`) and orders per local day, for volume rules.
    func dailyCounts() throws -> (messages: [String: Int], orders: [String: Int])
}
