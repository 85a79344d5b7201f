import AgencyPluginAPI

/// What the ledger rules need to know about a recorded message.
extension LedgerMessage {
    /// Counts towards the rules (blocked or failed sends do not).
    var counts: Bool { status == "sent" }

    /// Seller-initiated (everything but replies to a buyer).
    var isProactive: Bool { type != "buyer-reply" }

    /// Passes an opt-out (GUIDELINES §3).
    var isCritical: Bool { MessageType.named(type)?.isCritical ?? false }

    /// A review or feedback request, whatever channel carried it.
    var isReviewRequest: Bool {
        type == "review-request" || channel == "request-a-review" || channel == "solicitations-api"
    }

    /// Amazon writes (and translates) the text itself.
    var isAmazonWritten: Bool { channel == "request-a-review" || channel == "solicitations-api" }
}

/// The primary language subtag: `es` of `es-US`.
func primaryLanguage(_ tag: String) -> String {
    let lower = tag.lowercased()
    let end = lower.firstIndex { $0 == "-" || $0 == "_" } ?? lower.endIndex
    return String(lower[..<end])
}
