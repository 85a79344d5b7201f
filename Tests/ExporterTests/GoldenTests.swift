import AgencyPluginAPI
import Foundation
import Testing

/// Every format over the fixed report matches its golden file in `Golden/`.
/// Run with `UPDATE_GOLDEN=1` to rewrite the golden files after an intended change.
@Suite struct GoldenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    struct Case: CustomTestStringConvertible, Sendable {
        let format: String
        let kind: ReportKind
        var testDescription: String { "\(format) \(kind.rawValue)" }
    }

    static let cases: [Case] = Fixtures.exporters.keys.sorted().flatMap { format in
        [ReportKind.findings, .orders].filter { Fixtures.exporters[format]?.contains($0) == true }
            .map { Case(format: format, kind: $0) }
    }

    @Test("the report matches its golden file", arguments: cases)
    func reportMatchesGolden(_ test: Case) throws {
        let report = try Reports.render(test.format, kind: test.kind)
        let fileExtension = try Reports.exporter(test.format).fileExtension
        let file = Self.goldenDirectory.appendingPathComponent("\(test.format)-\(test.kind.rawValue).\(fileExtension)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(report.utf8).write(to: file)
            return
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        if report != golden {
            let got = report.components(separatedBy: "\n"), want = golden.components(separatedBy: "\n")
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record("""
                \(file.lastPathComponent) differs at line \(line + 1) (UPDATE_GOLDEN=1 rewrites it):
                  got:  \(line < got.count ? got[line].debugDescription : "<end>")
                  want: \(line < want.count ? want[line].debugDescription : "<end>")
                """)
        }
    }

    @Test("every exporter is loaded from its plugin and declares the kinds it writes")
    func exportersAreLoaded() throws {
        for (id, kinds) in Fixtures.exporters {
            let exporter = try Reports.exporter(id)
            #expect(exporter.supportedKinds == kinds, "\(id)")
            #expect(!exporter.summary.isEmpty && !exporter.fileExtension.isEmpty)
        }
    }

    @Test("a findings-only exporter refuses a row report")
    func findingsOnlyFormatsRefuseRows() throws {
        for id in ["sarif", "junit", "checkstyle"] {
            #expect(throws: (any Error).self, "\(id)") {
                _ = try Reports.exporter(id).makeWriter(kind: .orders, sink: MemorySink(), options: Fixtures.options())
            }
        }
    }

    @Test("an empty findings report is still well formed in every format")
    func emptyReports() throws {
        for id in Fixtures.exporters.keys where id != "jsonl" {
            let report = try Reports.render(id, findings: [], summary: ReportSummary())
            #expect(!report.isEmpty, "\(id)")
        }
        #expect(try Reports.render("jsonl", findings: [], summary: ReportSummary()).isEmpty)
        let json = try Reports.render("json", findings: [], summary: ReportSummary())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((object?["findings"] as? [Any])?.isEmpty == true)
        let sarif = try Reports.render("sarif", findings: [], summary: ReportSummary())
        #expect(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) is [String: Any])
    }
}
