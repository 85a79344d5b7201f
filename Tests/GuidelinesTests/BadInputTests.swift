import AgencyPluginAPI
import Testing

struct BadInputTests {
    @Test func aTenMegabyteBodyIsCheckedWithCappedFindings() throws {
        let line = "Thanks for your order. Visit www.example.com and call +1 555 123 4567 for 10% off. 😀\n"
        let body = String(repeating: line, count: 10_000_000 / line.utf8.count + 1)
        let findings = try GuidelinesHarness.prepared().check(GuidelinesHarness.document(body))
        let links = findings.filter { $0.rule == "external-link" }
        #expect(!links.isEmpty)
        #expect(links.count <= 50)
    }

    @Test func aTenMegabyteHTMLBodyIsParsed() throws {
        let chunk = "<p>Care tips for your pan: wash by hand.</p>\n"
        let body = "<html><body>" + String(repeating: chunk, count: 10_000_000 / chunk.utf8.count + 1) + "</body></html>"
        _ = try GuidelinesHarness.prepared().check(GuidelinesHarness.document(body, format: .html))
    }

    @Test func binaryJunkDoesNotCrash() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let junk = String(decoding: bytes, as: UTF8.self)
        let checker = try GuidelinesHarness.prepared()
        _ = checker.check(GuidelinesHarness.document(junk))
        _ = checker.check(GuidelinesHarness.document(junk, format: .html))
        _ = checker.check(GuidelinesHarness.document(junk, subject: junk, language: nil))
    }

    @Test func deeplyNestedAndUnclosedHTMLDoesNotCrash() throws {
        let nested = String(repeating: "<div><span><b>", count: 50_000) + "Visit www.example.com" + String(repeating: "</b>", count: 10)
        let unclosed = "<p>Hello <a href=\"https://x.example/\"><img src=\"http://a.example/p.gif\" <table><tr><td>Call +1 555 123 4567"
        let checker = try GuidelinesHarness.prepared()
        _ = checker.check(GuidelinesHarness.document(nested, format: .html))
        let rules = Set(checker.check(GuidelinesHarness.document(unclosed, format: .html)).map(\.rule))
        #expect(rules.contains("external-link"))
    }

    @Test func emptyAndWhitespaceMessagesGiveNoContentFindings() throws {
        let checker = try GuidelinesHarness.prepared()
        for body in ["", "   \n\n  ", "<html></html>"] {
            let rules = Set(checker.check(GuidelinesHarness.document(body, format: body.hasPrefix("<") ? .html : .text)).map(\.rule))
            #expect(rules.isEmpty, "\(body): \(rules)")
        }
    }

    @Test func unterminatedPlaceholdersAndEntitiesAreHarmless() throws {
        let checker = try GuidelinesHarness.prepared()
        _ = checker.check(GuidelinesHarness.document("Hello {{buyer_name and &#99999999999; &#x; {{ {{}} }}"))
        _ = checker.check(GuidelinesHarness.document("&#128512", format: .html))
    }
}
