import AgencyPluginAPI
import Testing

struct PositionTests {
    @Test func aLinkInThePlainBodyIsReportedAtItsLineAndColumnInTheFile() throws {
        let body = "Hello,\n\nSee www.example.com for tips.\n"
        let findings = try GuidelinesHarness.prepared().check(GuidelinesHarness.document(body))
        let link = try #require(findings.first { $0.rule == "external-link" })
        #expect(link.line == 7)
        #expect(link.column == 5)
        #expect(link.field == "body")
        #expect(link.file == "sellers/acme/templates/test.tmpl")
        #expect(link.seller == "acme")
        #expect(link.template == "test")
        #expect(link.message.contains("www.example.com"))
    }

    @Test func aSubjectFindingStartsAtTheSubjectColumn() throws {
        let document = GuidelinesHarness.document("Your manual is attached.", subject: "Order {{order_id}} 😀",
                                                  type: "product-instructions")
        let emoji = try #require(try GuidelinesHarness.prepared().check(document).first { $0.rule == "emoji" })
        #expect(emoji.field == "subject")
        #expect(emoji.line == 2)
        #expect(emoji.column == 10 + 19)
    }

    @Test func anHTMLHrefIsReportedOnItsSourceLine() throws {
        let body = "<p>Hello</p>\n<p>Read\n<a href=\"https://shop.example/x\">this</a></p>"
        let findings = try GuidelinesHarness.prepared().check(GuidelinesHarness.document(body, format: .html))
        let link = try #require(findings.first { $0.rule == "external-link" })
        #expect(link.line == 7)
        #expect(link.column == 10)
    }

    @Test func visibleHTMLTextIsMappedBackToItsLine() throws {
        let body = "<html><body>\n<p>Thanks</p>\n<p>Call us on +44 20 7946 0958 today.</p>\n</body></html>"
        let findings = try GuidelinesHarness.prepared().check(GuidelinesHarness.document(body, format: .html))
        let phone = try #require(findings.first { $0.rule == "phone-number" })
        #expect(phone.line == 7)
        #expect(phone.column == 15)
    }

    @Test func attachmentFindingsPointAtTheAttachmentLine() throws {
        let document = GuidelinesHarness.document("Our catalogue.", attachments: [Attachment(name: "catalog.pdf", kind: "catalogue", line: 4)])
        let finding = try #require(try GuidelinesHarness.prepared().check(document).first { $0.rule == "attachment" })
        #expect(finding.field == "attachments")
        #expect(finding.line == 4)
    }

    @Test func findingsCarryTheRuleFix() throws {
        let document = GuidelinesHarness.document("If you love it, please leave a 5-star review!")
        let finding = try #require(try GuidelinesHarness.prepared().check(document).first { $0.rule == "review-manipulation" })
        #expect(finding.fix?.contains("honest") == true)
        #expect(finding.severity == .error)
    }
}
