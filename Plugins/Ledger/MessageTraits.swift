import AgencyPluginAPI

/// What the ledger rules need to know about a recorded message.
extension LedgerMessage {
    /// Counts towards the rules (blocked or failed sends do not).
    var counts: Bool { terms.isSent }

    /// Seller-initiated (everything but replies to a buyer; a type the catalogue lacks counts as seller-initiated).
    var isProactive: Bool { terms.isProactive }

    /// Passes an opt-out (GUIDELINES §3).
    var isCritical: Bool { terms.isCritical }

    /// A review or feedback request, whatever channel carried it.
    var isReviewRequest: Bool { terms.isReviewRequestType || terms.isAmazonWritten }

    /// Amazon writes (and translates) the text itself.
    var isAmazonWritten: Bool { terms.isAmazonWritten }
}

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
