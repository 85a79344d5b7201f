import AgencyPluginAPI

/// Comma-separated values for spreadsheets (RFC 4180): a header row, then one record per
/// finding or row; fields holding a comma, a quote or a line break are quoted; CRLF line ends.
struct CSVExporter: Exporter {
    let id = "csv"
    let summary = "CSV (RFC 4180) for spreadsheets: one record per finding or row"
    let fileExtension = "csv"
    let supportedKinds: Set<ReportKind> = Set(ReportKind.allCases)

    /// The columns of a findings report, in order.
    static let findingColumns = [
        "rule", "severity", "seller", "file", "template", "field", "line", "column",
        "order", "message_id", "message", "excerpt", "fix",
    ]

    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter {
        CSVWriter(kind: kind, sink: sink)
    }
}

/// Writes each record as it arrives; keeps nothing but the sink.
final class CSVWriter: ReportWriter {
    private let kind: ReportKind
    private let sink: any ReportSink

    init(kind: ReportKind, sink: any ReportSink) {
        self.kind = kind
        self.sink = sink
    }

    func begin(columns: [String]) throws {
        try record(kind == .findings ? CSVExporter.findingColumns : columns)
    }

    func write(finding: Finding) throws {
        try record([
            finding.rule, finding.severity.rawValue, finding.seller, finding.file, finding.template, finding.field,
            finding.line.map(String.init), finding.column.map(String.init), finding.order,
            finding.messageID.map(String.init), finding.message, finding.excerpt, finding.fix,
        ])
    }

    func write(row: [String?]) throws {
        try record(row)
    }

    /// Nothing to close: the totals are not a record.
    func finish(summary: ReportSummary) throws {}

    private func record(_ fields: [String?]) throws {
        try sink.write(fields.map { ReportFormatting.csvField($0 ?? "") }.joined(separator: ",") + "\r\n")
    }
}
