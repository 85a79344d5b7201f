import AgencyPluginAPI
import Foundation

/// A fixed report with awkward text (commas, quotes, line breaks, `<>&`, control characters,
/// non-ASCII) in every field that carries text, sorted the way the host sends findings.
enum Fixtures {
    static let generatedAt = Date(timeIntervalSince1970: 1_740_820_200)  // 2025-03-01T09:10:00Z

    static let rules = [
        RuleDescriptor(
            id: "external-link", name: "External link",
            summary: "Links to sites outside Amazon.",
            rationale: "Amazon forbids links that take buyers off Amazon, \"except\" those needed to complete the order <e.g. a manual> & similar.",
            policyURL: "https://sellercentral.amazon.com/help/hub/reference/external/G1801",
            checker: "guidelines", fix: "Remove the link, or use an allowed domain"),
        RuleDescriptor(
            id: "phone-number", name: "Phone number", summary: "Phone numbers in a message.",
            rationale: "Buyers must be contacted through Buyer-Seller Messaging only.",
            policyURL: "javascript:alert(1)", defaultLevel: .warning, checker: "guidelines"),
        RuleDescriptor(
            id: "one-message-per-order", name: "One message per order",
            summary: "More than one proactive message for an order.",
            rationale: "Unsolicited messages are limited to one per order.",
            policyURL: "https://sellercentral.amazon.com/help/hub/reference/external/G201949090",
            checker: "ledger"),
    ]

    static let findings: [Finding] = [
        Finding(rule: "external-link", severity: .error,
                message: "Link to a site outside Amazon: \"www.example.com\", <b>&co</b>",
                file: "sellers/acme/templates/follow-up, v2.tmpl", seller: "acme", template: "follow-up, v2",
                field: "body", line: 4, column: 12,
                excerpt: "Visit www.example.com, <b>now</b> & save", excerptColumn: 7,
                fix: "Remove the link, or use an allowed domain"),
        Finding(rule: "phone-number", severity: .warning, message: "Phone number\non two lines; \u{1B}[31mred",
                file: "sellers/acme/templates/follow-up, v2.tmpl", seller: "acme", template: "follow-up, v2",
                field: "body", line: 6, column: 2, excerpt: "\tCall 555-0100", excerptColumn: 2),
        Finding(rule: "acme-no-competitors", severity: .note, message: "Erwähnt Wettbewerber „MegaCorp“ 🚫",
                file: "sellers/acme/templates/review.tmpl", seller: "acme", template: "review",
                field: "subject", line: 2, column: 10),
        Finding(rule: "one-message-per-order", severity: .error,
                message: "Second proactive message for this order, sent 2025-02-28\r\nafter \"Thanks\"",
                seller: "acme", order: "111-2223334-5556667", messageID: 42,
                fix: "Send at most one proactive message per order"),
        Finding(rule: "external-link", severity: .error,
                message: "Link zu einer Seite außerhalb von Amazon: shop.example.de/ä?q=1&x=2",
                file: "sellers/baecker-de/templates/bewertung.tmpl", seller: "baecker-de", template: "bewertung",
                field: "body", line: 9, column: 3, excerpt: "Besuchen Sie shop.example.de/ä?q=1&x=2", excerptColumn: 14),
        Finding(rule: "phone-number", severity: .warning, message: "Phone number: +1 (555) 010-0199",
                file: "/tmp/plain | draft.tmpl", line: 1, column: 1),
    ]

    static let summary = ReportSummary(files: 4, errors: 3, warnings: 2, notes: 1, sellers: [
        SellerSummary(seller: "acme", name: "Acme, \"Best\" <Tools> & Co", templates: 4, errors: 2, warnings: 1, notes: 1, orders: 12),
        SellerSummary(seller: "baecker-de", name: "Bäcker GmbH", templates: 3, errors: 1),
        SellerSummary(seller: "clean-seller", templates: 2),
    ])

    static let columns = ["order_id", "marketplace", "purchase_date", "status", "note"]

    static let rows: [[String?]] = [
        ["111-2223334-5556667", "US", "2025-02-20T10:00:00Z", "Shipped", "gift, \"wrapped\""],
        ["302-1111111-2222222", "DE", "2025-02-21T08:30:00+01:00", "Pending", "Grüße\r\nzweite Zeile"],
        ["203-9999999-0000000", "UK", "2025-02-22T12:00:00Z", "Canceled", nil],
        ["111-0000000-0000001", "US", "2025-02-23T12:00:00Z", "Shipped", "<script>alert('x') & more</script>"],
    ]

    static func options(colour: Bool = false) -> ReportOptions {
        ReportOptions(toolVersion: "1.2.3", workspace: "demo", generatedAt: generatedAt, colour: colour, rules: rules)
    }

    /// Every exporter id, and the kinds each must support.
    static let exporters: [String: Set<ReportKind>] = [
        "text": Set(ReportKind.allCases), "json": Set(ReportKind.allCases), "jsonl": Set(ReportKind.allCases),
        "csv": Set(ReportKind.allCases), "markdown": Set(ReportKind.allCases), "html": Set(ReportKind.allCases),
        "sarif": [.findings], "junit": [.findings], "checkstyle": [.findings],
    ]
}
