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

/// One finding's line: its JSON object and a line feed.
struct JSONLFindingEncoder: FindingLineEncoder {
    func append(_ finding: Finding, to bytes: inout [UInt8]) {
        ReportFormatting.appendJSONObject(finding, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }
}

/// Writes each line as it arrives, through a small byte buffer; keeps only the column names.
/// Findings may also come encoded (`FindingLineWriter`), in blocks written as they are.
final class JSONLWriter: FindingLineWriter {
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
        JSONLFindingEncoder().append(finding, to: &pending)
        if pending.count >= Self.flushSize { try flush() }
    }

    func makeFindingEncoder() -> any FindingLineEncoder { JSONLFindingEncoder() }

    func write(encodedFindings lines: UnsafeRawBufferPointer) throws {
        try flush()
        try sink.write(utf8: lines)
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
        try pending.withUnsafeBytes { try sink.write(utf8: $0) }
        pending.removeAll(keepingCapacity: true)
    }
}
