import AgencyPluginAPI
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// JUnit, checkstyle and HTML parsed back as XML and counted.
@Suite struct XMLReportTests {
    static func parse(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    static func count(_ document: XMLDocument, _ xpath: String) throws -> Int {
        try document.nodes(forXPath: xpath).count
    }

    static func sum(_ document: XMLDocument, _ xpath: String) throws -> Int {
        try document.nodes(forXPath: xpath).compactMap { $0.stringValue.flatMap { Int($0) } }.reduce(0, +)
    }

    @Test("junit has a suite per seller, a case per file or order, a failure per error")
    func junitCounts() throws {
        let document = try Self.parse(try Reports.render("junit"))
        #expect(try Self.count(document, "/testsuites/testsuite") == 4)
        #expect(try Self.count(document, "//testcase") == 5)
        #expect(try Self.count(document, "//failure") == 3)
        #expect(try Self.sum(document, "//testsuite/@tests") == 5)
        #expect(try Self.sum(document, "//testsuite/@failures") == 3)
        #expect(try Self.count(document, "/testsuites/testsuite[@name='clean-seller'][@tests='0']") == 1)
        #expect(try Self.count(document, "//testcase[@name='order 111-2223334-5556667']/failure") == 1)
        let orderFailure = try document.nodes(forXPath: "//testcase[@name='order 111-2223334-5556667']/failure/@message")
        #expect(orderFailure.first?.stringValue == Fixtures.findings[3].message)
        let warnings = try document.nodes(forXPath: "//system-out").compactMap(\.stringValue).joined()
        #expect(warnings.contains("Phone number\non two lines"))
    }

    @Test("checkstyle has a file element per file or order and an error per finding")
    func checkstyleCounts() throws {
        let document = try Self.parse(try Reports.render("checkstyle"))
        #expect(try Self.count(document, "/checkstyle[@version='4.3']/file") == 5)
        #expect(try Self.count(document, "//error") == Fixtures.findings.count)
        #expect(try Self.count(document, "//error[@severity='error']") == 3)
        #expect(try Self.count(document, "//error[@severity='info'][@source='agency.acme-no-competitors']") == 1)
        let messages = try document.nodes(forXPath: "//error/@message").compactMap(\.stringValue)
        #expect(messages == Fixtures.findings.map { $0.message.replacingOccurrences(of: "\u{1B}", with: "\u{FFFD}") })
    }

    @Test("the html report parses, with a table row per finding and a description per linked rule")
    func htmlFindings() throws {
        let html = try Reports.render("html")
        let document = try Self.parse(html)
        #expect(try Self.count(document, "//table[@id='report']/tbody/tr") == Fixtures.findings.count)
        #expect(try Self.count(document, "//table[@class='sellers']/tbody/tr") == Fixtures.summary.sellers.count)
        #expect(try Self.count(document, "//svg") == 2)
        let targets = try document.nodes(forXPath: "//table[@id='report']//a/@href").compactMap(\.stringValue)
        #expect(targets.count == Fixtures.findings.count)
        for target in Set(targets) {
            #expect(target.hasPrefix("#"))
            #expect(try Self.count(document, "//article[@id='\(target.dropFirst())']") == 1, "\(target)")
        }
        let messages = try document.nodes(forXPath: "//table[@id='report']/tbody/tr/td[5]").compactMap(\.stringValue)
        #expect(messages.first?.hasPrefix(Fixtures.findings[0].message) == true)
    }

    @Test("the html report loads nothing from the network and links only web policy pages")
    func htmlSelfContained() throws {
        let html = try Reports.render("html")
        for needle in ["src=", "<link", "url(", "@import", "href=\"javascript:", "<b>", "<script>alert"] {
            #expect(!html.contains(needle), "\(needle)")
        }
        #expect(html.contains("&lt;b&gt;&amp;co&lt;/b&gt;"))
    }

    @Test("the html row report has a row per row")
    func htmlRows() throws {
        let document = try Self.parse(try Reports.render("html", kind: .orders))
        #expect(try Self.count(document, "//table[@id='report']/tbody/tr") == Fixtures.rows.count)
        #expect(try Self.count(document, "//table[@id='report']/thead/tr/th") == Fixtures.columns.count)
    }

    @Test("markdown has a table per seller and escapes cell text")
    func markdownTables() throws {
        let markdown = try Reports.render("markdown")
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## acme", "## baecker-de", "## (no seller)", "## Summary"])
        #expect(markdown.contains("Phone number<br>on two lines"))
        #expect(markdown.contains("/tmp/plain \\| draft.tmpl:1:1"))
        let tableLines = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for line in tableLines {
            let unescapedPipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescapedPipes == 5 || unescapedPipes == 7, "\(line)")
        }
    }
}
