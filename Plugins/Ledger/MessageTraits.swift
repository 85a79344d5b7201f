import AgencyPluginAPI

/// What the ledger rules need to know about a recorded message.
extension LedgerMessage {
    /// Counts towards the rules (blocked or failed sends do not).
    var counts: Bool { isSame(status, "sent") }

    /// Seller-initiated (everything but replies to a buyer).
    var isProactive: Bool { !isSame(type, "buyer-reply") }

    /// Passes an opt-out (GUIDELINES §3).
    var isCritical: Bool {
        let count = type.utf8.count
        guard count < criticalTypeIDsByLength.count else { return false }
        return criticalTypeIDsByLength[count].contains(type)
    }

    /// A review or feedback request, whatever channel carried it.
    var isReviewRequest: Bool { isSame(type, "review-request") || isAmazonWritten }

    /// Amazon writes (and translates) the text itself.
    var isAmazonWritten: Bool { isSame(channel, "request-a-review") || isSame(channel, "solicitations-api") }
}

/// `a == b`, told apart by length first: most comparisons of the rules fail, and a failing
/// comparison of two different strings otherwise goes through the runtime's slow path.
@inline(__always)
func isSame(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
}

/// Ids of the critical message types by their length in bytes: a message's type is compared with
/// the one or two ids of its length (hashing it for a set cost more than the rest of its rules).
let criticalTypeIDsByLength: [[String]] = {
    let ids = MessageType.all.filter(\.isCritical).map(\.id)
    var byLength = [[String]](repeating: [], count: (ids.map(\.utf8.count).max() ?? 0) + 1)
    for id in ids { byLength[id.utf8.count].append(id) }
    return byLength
}()

/// Whether two language tags share their primary subtag (`en` of `en-GB` and `EN_us`), compared
/// byte by byte in place for ASCII tags (the audit compares one pair per message).
func samePrimaryLanguage(_ a: String, _ b: String) -> Bool {
    var left = a, right = b
    let ascii: Bool? = left.withUTF8 { x in
        right.withUTF8 { y -> Bool? in
            var index = 0
            while true {
                let xb = index < x.count ? x[index] : 0x2D, yb = index < y.count ? y[index] : 0x2D
                guard xb < 0x80, yb < 0x80 else { return nil }
                let xEnd = xb == 0x2D || xb == 0x5F, yEnd = yb == 0x2D || yb == 0x5F
                if xEnd || yEnd { return xEnd && yEnd }
                let xl = xb >= 0x41 && xb <= 0x5A ? xb + 32 : xb, yl = yb >= 0x41 && yb <= 0x5A ? yb + 32 : yb
                if xl != yl { return false }
                index += 1
            }
        }
    }
    return ascii ?? (primaryLanguage(a) == primaryLanguage(b))
}

/// The primary language subtag: `es` of `es-US`.
func primaryLanguage(_ tag: String) -> String {
    let lower = tag.lowercased()
    let end = lower.firstIndex { $0 == "-" || $0 == "_" } ?? lower.endIndex
    return String(lower[..<end])
}
