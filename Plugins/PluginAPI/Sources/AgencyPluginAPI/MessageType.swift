/// A message type from the rule catalogue (GUIDELINES.md §3).
public struct MessageType: Sendable, Hashable, Codable {
    /// Stable id, e.g. `review-request`.
    public let id: String
    /// One-line description.
    public let summary: String
    /// Critical types pass a buyer's opt-out and may carry "[Important]".
    public let isCritical: Bool
    /// The Selling Partner API operation that sends it, if any.
    public let operation: String?

    public init(id: String, summary: String, isCritical: Bool, operation: String?) {
        self.id = id
        self.summary = summary
        self.isCritical = isCritical
        self.operation = operation
    }

    /// Every type the console knows, in catalogue order.
    public static let all: [MessageType] = [
        .init(id: "review-request", summary: "ask for a product review and/or seller feedback", isCritical: false, operation: "productReviewAndSellerFeedback"),
        .init(id: "order-problem", summary: "an unexpected problem fulfilling the order", isCritical: true, operation: "createUnexpectedProblem"),
        .init(id: "order-details", summary: "a question needed before shipping", isCritical: false, operation: "createConfirmOrderDetails"),
        .init(id: "delivery-scheduling", summary: "arrange delivery of a heavy or bulky item", isCritical: true, operation: "createConfirmDeliveryDetails"),
        .init(id: "custom-design", summary: "confirm customisation details", isCritical: true, operation: "confirmCustomizationDetails"),
        .init(id: "service-appointment", summary: "schedule a Home Services visit", isCritical: true, operation: "createConfirmServiceDetails"),
        .init(id: "address-issue", summary: "a problem with the shipping address", isCritical: true, operation: nil),
        .init(id: "legal-disclosure", summary: "a legally required document", isCritical: true, operation: "createLegalDisclosure"),
        .init(id: "digital-access-key", summary: "a key or link the buyer needs for a digital item", isCritical: true, operation: "createDigitalAccessKey"),
        .init(id: "return-question", summary: "a question needed to complete a return", isCritical: false, operation: nil),
        .init(id: "invoice", summary: "send an invoice", isCritical: false, operation: "sendInvoice"),
        .init(id: "warranty-info", summary: "warranty terms", isCritical: false, operation: "CreateWarranty"),
        .init(id: "product-instructions", summary: "instructions for the item bought", isCritical: false, operation: nil),
        .init(id: "delivery-followup", summary: "a post-delivery message with a permitted purpose", isCritical: false, operation: nil),
        .init(id: "order-confirmation", summary: "order confirmation (judged by redundant-message)", isCritical: false, operation: nil),
        .init(id: "shipping-confirmation", summary: "shipping confirmation (judged by redundant-message)", isCritical: false, operation: nil),
        .init(id: "thank-you", summary: "thank-you note (judged by redundant-message)", isCritical: false, operation: nil),
        .init(id: "buyer-reply", summary: "a reply on a thread the buyer opened (not proactive)", isCritical: false, operation: nil),
    ]

    /// Looks a type up by id.
    public static func named(_ id: String) -> MessageType? { all.first { $0.id == id } }

    /// Whether messages of this type are started by the seller (everything but replies).
    public var isProactive: Bool { id != "buyer-reply" }
}
