import AgencyPluginAPI

/// JSON Lines for scripts: one compact JSON object per finding or row, one per line.
///
/// Findings use the same keys as the `json` format; rows are objects keyed by column.
/// No summary line is written, so every line of a report has the same shape.
struct JSONLExporter: Exporter {
    let id = "jsonl"
    let summary = "JSON Lines for scripts: one object per finding or row per line"
    let fileExtension = "jsonl"
    let supportedKinds: Set<ReportKind> = Set(ReportKind.allCases)

    func makeWriter(kind: ReportKind, sink: any ReportSink, options: ReportOptions) throws -> any ReportWriter {
        JSONLWriter(sink: sink)
    }
}

/// Writes each line as it arrives, through a small byte buffer; keeps only the column names.
final class JSONLWriter: ReportWriter {
    private let sink: any ReportSink
    private var columns: [String] = []
    private var pending: [UInt8] = []
    private static let flushSize = 1 << 16

    init(sink: any ReportSink) {
        self.sink = sink
    }

    func begin(columns: [String]) throws {
        self.columns = columns
    }

    func write(finding: Finding) throws {
        ReportFormatting.appendJSONObject(finding, to: &pending)
        pending.append(UInt8(ascii: "\n"))
        if pending.count >= Self.flushSize { try flush() }
    }

    func write(row: [String?]) throws {
        try flush()
        try sink.write(ReportFormatting.jsonObject(columns: columns, row: row) + "\n")
    }

    func finish(summary: ReportSummary) throws {
        try flush()
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        try sink.write(String(decoding: pending, as: UTF8.self))
        pending.removeAll(keepingCapacity: true)
    }
}
