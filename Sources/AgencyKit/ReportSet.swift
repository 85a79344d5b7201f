import AgencyCore
import AgencyPluginAPI
import Foundation
import PluginHost

/// One `--format ID[:PATH]` request: an exporter id and where its report goes (stdout when no path).
public struct FormatSpec: Sendable, Hashable {
    public var id: String
    public var path: String?

    public init(id: String, path: String? = nil) {
        self.id = id
        self.path = path
    }

    /// Parses `ID` or `ID:PATH`.
    public init(parsing text: String) {
        if let colon = text.firstIndex(of: ":") {
            id = String(text[..<colon])
            let rest = String(text[text.index(after: colon)...])
            path = rest.isEmpty ? nil : rest
        } else {
            id = text
            path = nil
        }
    }
}

/// Several reports written in one run: every finding or row goes to every requested exporter.
public final class ReportSet {
    private var writers: [(writer: any ReportWriter, sink: FileReportSink)] = []
    public private(set) var summary = ReportSummary()

    /// Validates the requested formats (known ids, the kind supported, at most one on stdout) and opens them.
    public init(specs: [FormatSpec], kind: ReportKind, registry: PluginRegistry, options: ReportOptions,
                relativeTo directory: String) throws {
        let requested = specs.isEmpty ? [FormatSpec(id: "text")] : specs
        let available = registry.exporters.filter { $0.supportedKinds.contains(kind) }.map(\.id).sorted()
        guard !available.isEmpty else {
            throw UsageError("no exporter plugin found for \(kind.rawValue) reports; build the plugins with 'make build'")
        }
        let onStdout = requested.filter { $0.path == nil || $0.path == "-" }
        guard onStdout.count <= 1 else {
            throw UsageError("only one format can go to standard output; give the others a file: --format ID:PATH")
        }
        var opened: [(exporter: any Exporter, spec: FormatSpec)] = []
        for spec in requested {
            guard let exporter = registry.exporter(spec.id), exporter.supportedKinds.contains(kind) else {
                throw UsageError("unknown format '\(spec.id)' for \(kind.rawValue) reports (available: \(available.joined(separator: ", ")))")
            }
            opened.append((exporter, spec))
        }
        for (exporter, spec) in opened {
            let sink: FileReportSink
            var writerOptions = options
            if let path = spec.path, path != "-" {
                let absolute = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
                sink = try FileReportSink.file(absolute)
                writerOptions.colour = false
            } else {
                sink = FileReportSink.standardOutput()
            }
            do {
                writers.append((try exporter.makeWriter(kind: kind, sink: sink, options: writerOptions), sink))
            } catch let error as PluginError {
                throw UsageError("\(exporter.id): \(error.description)")
            }
        }
    }

    public func begin(columns: [String] = []) throws {
        for entry in writers { try entry.writer.begin(columns: columns) }
    }

    public func write(finding: Finding) throws {
        summary.count(finding)
        for entry in writers { try entry.writer.write(finding: finding) }
    }

    /// One encoder per report when every report takes findings as encoded lines
    /// (`FindingLineWriter`), in the order `write(encodedFindings:counts:)` takes their blocks; nil otherwise.
    public func findingLineEncoders() -> [any FindingLineEncoder]? {
        let lineWriters = writers.compactMap { $0.writer as? any FindingLineWriter }
        guard !lineWriters.isEmpty, lineWriters.count == writers.count else { return nil }
        return lineWriters.map { $0.makeFindingEncoder() }
    }

    /// Writes blocks of encoded findings, one per report in the order of `findingLineEncoders()`,
    /// and counts them (`counts`) as `write(finding:)` counts each finding.
    public func write(encodedFindings blocks: [[UInt8]], counts: FindingCounts) throws {
        summary.add(counts)
        for (entry, block) in zip(writers, blocks) {
            guard let lines = entry.writer as? any FindingLineWriter else {
                throw UsageError("internal: encoded findings for a report that does not take them")
            }
            try block.withUnsafeBytes { try lines.write(encodedFindings: $0) }
        }
    }

    public func write(row: [String?]) throws {
        for entry in writers { try entry.writer.write(row: row) }
    }

    /// Ends every report with `summary` (counts gathered here are merged in) and flushes.
    public func finish(files: Int, sellers: [SellerSummary]) throws {
        summary.files = files
        summary.sellers = sellers
        for entry in writers {
            try entry.writer.finish(summary: summary)
            try entry.sink.close()
        }
    }
}
