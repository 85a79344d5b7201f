import AgencyPluginAPI
import Foundation
import Testing

@Suite struct CSVReportTests {
    /// A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes.
    static func parse(_ text: String) throws -> [[String]] {
        struct Malformed: Error {}
        var records: [[String]] = [], record: [String] = [], field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false, wasQuoted = false
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw Malformed() }
                quoted = true
                wasQuoted = true
            case ",":
                record.append(field); field = ""; wasQuoted = false
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                record.append(field); records.append(record)
                record = []; field = ""; wasQuoted = false
            case "\n":
                throw Malformed()  // a bare LF outside quotes is not RFC 4180
            default:
                guard !wasQuoted else { throw Malformed() }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, record.isEmpty, field.isEmpty else { throw Malformed() }
        return records
    }

    @Test("findings round-trip through RFC 4180 with awkward fields")
    func findingsRoundTrip() throws {
        let records = try Self.parse(try Reports.render("csv"))
        #expect(records.count == Fixtures.findings.count + 1)
        let header = records[0]
        #expect(header.prefix(2) == ["rule", "severity"])
        for (record, finding) in zip(records.dropFirst(), Fixtures.findings) {
            #expect(record.count == header.count)
            func value(_ column: String) -> String? { header.firstIndex(of: column).map { record[$0] } }
            #expect(value("message") == finding.message)
            #expect(value("file") == finding.file ?? "")
            #expect(value("excerpt") == finding.excerpt ?? "")
            #expect(value("line") == finding.line.map(String.init) ?? "")
            #expect(value("message_id") == finding.messageID.map(String.init) ?? "")
        }
    }

    @Test("rows round-trip, a missing value as an empty field")
    func rowsRoundTrip() throws {
        let records = try Self.parse(try Reports.render("csv", kind: .orders))
        #expect(records.first == Fixtures.columns)
        #expect(Array(records.dropFirst()) == Fixtures.rows.map { $0.map { $0 ?? "" } })
    }
}
