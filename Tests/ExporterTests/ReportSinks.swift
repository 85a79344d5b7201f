import AgencyPluginAPI
import AgencyTestSupport
import Foundation
import Testing

/// Collects a report in memory.
final class MemorySink: ReportSink {
    private(set) var text = ""

    func write(_ text: String) throws { self.text += text }
}

/// Counts what it is given and keeps nothing.
final class DiscardingSink: ReportSink {
    private(set) var bytes = 0
    private(set) var writes = 0

    func write(_ text: String) throws {
        bytes += text.utf8.count
        writes += 1
    }
}

struct ExporterMissing: Error, CustomStringConvertible {
    let id: String
    var description: String {
        let skipped = BuiltProducts.plugins.skipped.map { "\n  skipped \($0.path): \($0.reason)" }.joined()
        return "no exporter '\(id)' loaded from \(BuiltProducts.directory.path); build the plugins first\(skipped)"
    }
}

/// Loads exporters through the real plugin host, from the built `.so` files.
enum Reports {
    static func exporter(_ id: String) throws -> any Exporter {
        guard let exporter = BuiltProducts.plugins.exporter(id) else { throw ExporterMissing(id: id) }
        return exporter
    }

    /// Writes the fixture findings (or rows) with exporter `id` and returns the report.
    static func render(_ id: String, kind: ReportKind = .findings, findings: [Finding] = Fixtures.findings,
                       rows: [[String?]] = Fixtures.rows, summary: ReportSummary = Fixtures.summary,
                       options: ReportOptions = Fixtures.options()) throws -> String {
        let sink = MemorySink()
        let writer = try exporter(id).makeWriter(kind: kind, sink: sink, options: options)
        if kind == .findings {
            try writer.begin(columns: [])
            for finding in findings { try writer.write(finding: finding) }
            try writer.finish(summary: summary)
        } else {
            try writer.begin(columns: Fixtures.columns)
            for row in rows { try writer.write(row: row) }
            try writer.finish(summary: ReportSummary())
        }
        return sink.text
    }
}
