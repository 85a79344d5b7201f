import AgencyPluginAPI
import Foundation
import Testing

@Suite struct JSONReportTests {
    struct Report: Decodable {
        struct Summary: Decodable { let files, errors, warnings, notes: Int }
        let findings: [Finding]
        let summary: Summary
    }

    @Test("json findings decode back to the same findings and totals")
    func jsonRoundTrips() throws {
        let text = try Reports.render("json")
        let report = try JSONDecoder().decode(Report.self, from: Data(text.utf8))
        #expect(report.findings == Fixtures.findings)
        #expect(report.summary.errors == 3 && report.summary.warnings == 2 && report.summary.notes == 1 && report.summary.files == 4)
    }

    @Test("json keys follow the order of the findings contract, absent ones left out")
    func jsonKeyOrder() throws {
        let first = try #require(try Reports.render("json").split(separator: "\n").dropFirst().first)
        let keys = ["rule", "severity", "file", "seller", "template", "field", "line", "column", "message", "excerpt"]
        let positions = try keys.map { try #require(first.range(of: "\"\($0)\":")).lowerBound }
        #expect(positions == positions.sorted())
        #expect(!first.contains("\"order\""))
    }

    @Test("jsonl has one decodable finding per line")
    func jsonlLines() throws {
        let lines = try Reports.render("jsonl").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        let findings = try lines.dropLast().map { try JSONDecoder().decode(Finding.self, from: Data($0.utf8)) }
        #expect(findings == Fixtures.findings)
    }

    @Test("row reports are objects keyed by column, missing values null", arguments: ["json", "jsonl"])
    func rowObjects(_ format: String) throws {
        let text = try Reports.render(format, kind: .orders)
        let objects: [[String: Any]]
        if format == "json" {
            objects = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        } else {
            objects = try text.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
        #expect(objects.count == Fixtures.rows.count)
        for (object, row) in zip(objects, Fixtures.rows) {
            for (column, value) in zip(Fixtures.columns, row) {
                if let value { #expect(object[column] as? String == value) } else { #expect(object[column] is NSNull) }
            }
        }
    }
}
