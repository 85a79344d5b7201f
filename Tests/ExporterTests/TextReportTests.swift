import AgencyPluginAPI
import Foundation
import Testing

@Suite struct TextReportTests {
    @Test("plain text has no escape codes, even from a template that contains one")
    func plainTextHasNoEscapes() throws {
        let report = try Reports.render("text")
        #expect(!report.contains("\u{1B}"))
        #expect(report.contains("sellers/acme/templates/follow-up, v2.tmpl:4:12: error: [external-link] Link to a site outside Amazon"))
        #expect(report.contains("acme order 111-2223334-5556667 message 42: error: [one-message-per-order]"))
        #expect(report.hasSuffix("3 errors, 2 warnings, 1 note in 4 files\n"))
    }

    @Test("the caret sits under the excerpt column")
    func caretUnderColumn() throws {
        let lines = try Reports.render("text").components(separatedBy: "\n")
        let excerpt = try #require(lines.firstIndex(of: "    Visit www.example.com, <b>now</b> & save"))
        #expect(lines[excerpt + 1] == "          ^")
        #expect(lines[excerpt + 2] == "  fix: Remove the link, or use an allowed domain")
    }

    @Test("colour is used only when the options allow it")
    func colourOnlyWhenAllowed() throws {
        let coloured = try Reports.render("text", options: Fixtures.options(colour: true))
        #expect(coloured.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(try !Reports.render("text", kind: .orders).contains("\u{1B}"))
    }

    @Test("rows are aligned in columns")
    func rowsAligned() throws {
        let lines = try Reports.render("text", kind: .orders).split(separator: "\n").map(String.init)
        #expect(lines.count == Fixtures.rows.count + 1)
        let statusColumn = try #require(lines[0].range(of: "status")).lowerBound.utf16Offset(in: lines[0])
        for line in lines.dropFirst() {
            let word = line.dropFirst(statusColumn).prefix { $0 != " " }
            #expect(["Shipped", "Pending", "Canceled"].contains(String(word)), "\(line)")
        }
    }
}
