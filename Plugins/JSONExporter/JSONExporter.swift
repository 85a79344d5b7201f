import AgencyPluginAPI

/// JSON for scripts. A findings report is exactly one object,
/// `{"findings": [...], "summary": {"files", "errors", "warnings", "notes", "sellers"}}`
/// (ARCHITECTURE §5); a row report is an array of objects keyed by column.
struct JSONExporter: Exporter {
    let id = "json"
    let summary = "JSON for scripts: {\"findings\": [...], \"summary\": {...}}, or an array of rows"
    let fileExtension = "json"
    let supportedKinds: Set<ReportKind> = Set(ReportKind.allCases)

    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter {
        JSONWriter(kind: kind, sink: sink)
    }
}

/// Streams the array: writes the opening bracket at `begin`, a separator before every item
/// after the first, and the closing part at `finish`.
final class JSONWriter: ReportWriter {
    private let kind: ReportKind
    private let sink: any ReportSink
    private var columns: [String] = []
    private var isFirst = true

    init(kind: ReportKind, sink: any ReportSink) {
        self.kind = kind
        self.sink = sink
    }

    func begin(columns: [String]) throws {
        self.columns = columns
        try sink.write(kind == .findings ? "{\"findings\": [" : "[")
    }

    func write(finding: Finding) throws {
        try item(ReportFormatting.jsonObject(finding))
    }

    func write(row: [String?]) throws {
        try item(ReportFormatting.jsonObject(columns: columns, row: row))
    }

    func finish(summary: ReportSummary) throws {
        let close = isFirst ? "]" : "\n]"
        guard kind == .findings else {
            try sink.write(close + "\n")
            return
        }
        var text = close + ",\n \"summary\": {\"files\": \(summary.files), \"errors\": \(summary.errors), "
            + "\"warnings\": \(summary.warnings), \"notes\": \(summary.notes), \"sellers\": ["
        text += summary.sellers.map { "\n  " + Self.object($0) }.joined(separator: ",")
        text += summary.sellers.isEmpty ? "]}}\n" : "\n ]}}\n"
        try sink.write(text)
    }

    private func item(_ json: String) throws {
        try sink.write((isFirst ? "\n  " : ",\n  ") + json)
        isFirst = false
    }

    /// One seller's counts with snake_case keys; optional ledger counts only when known.
    static func object(_ seller: SellerSummary) -> String {
        var fields = ["\"seller\": \(ReportFormatting.jsonString(seller.seller))"]
        if let name = seller.name { fields.append("\"name\": \(ReportFormatting.jsonString(name))") }
        fields += ["\"templates\": \(seller.templates)", "\"errors\": \(seller.errors)",
                   "\"warnings\": \(seller.warnings)", "\"notes\": \(seller.notes)"]
        let optional: [(String, Int?)] = [
            ("orders", seller.orders), ("messages_last_30_days", seller.messagesLast30Days),
            ("review_requests", seller.reviewRequests), ("eligible_today", seller.eligibleToday),
            ("opted_out", seller.optedOut),
        ]
        for (key, value) in optional { if let value { fields.append("\"\(key)\": \(value)") } }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
