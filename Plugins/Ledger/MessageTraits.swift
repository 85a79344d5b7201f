import AgencyPluginAPI

/// What the ledger rules need to know about a recorded message.
extension LedgerMessage {
    /// Counts towards the rules (blocked or failed sends do not).
    var counts: Bool { status == "sent" }

    /// Seller-initiated (everything but replies to a buyer).
    var isProactive: Bool { type != "buyer-reply" }

    /// Passes an opt-out (GUIDELINES §3).
    var isCritical: Bool { criticalTypeIDs.contains(type) }

    /// A review or feedback request, whatever channel carried it.
    var isReviewRequest: Bool {
        type == "review-request" || channel == "request-a-review" || channel == "solicitations-api"
    }

    /// Amazon writes (and translates) the text itself.
    var isAmazonWritten: Bool { channel == "request-a-review" || channel == "solicitations-api" }
}

/// Ids of the critical message types, looked up once per message instead of searching the catalogue.
let criticalTypeIDs = Set(MessageType.all.filter(\.isCritical).map(\.id))

/// Whether two language tags share their primary subtag (`en` of `en-GB` and `EN_us`), without
/// allocating for ASCII tags (the audit compares one pair per message).
func samePrimaryLanguage(_ a: String, _ b: String) -> Bool {
    var left = a.utf8.makeIterator(), right = b.utf8.makeIterator()
    func next(_ iterator: inout String.UTF8View.Iterator) -> UInt8?? {
        guard let byte = iterator.next(), byte != 0x2D, byte != 0x5F else { return .some(nil) }
        guard byte < 0x80 else { return nil }
        return .some(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
    }
    while true {
        guard let x = next(&left), let y = next(&right) else { return primaryLanguage(a) == primaryLanguage(b) }
        if x != y { return false }
        if x == nil { return true }
    }
}

/// The primary language subtag: `es` of `es-US`.
func primaryLanguage(_ tag: String) -> String {
    let lower = tag.lowercased()
    let end = lower.firstIndex { $0 == "-" || $0 == "_" } ?? lower.endIndex
    return String(lower[..<end])
}
