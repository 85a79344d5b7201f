@testable import AgencyCore
import AgencyPluginAPI
import Testing

/// The front matter read without Yams must give exactly what Yams gives, and leave the rest to Yams.
@Suite struct SimpleFrontMatterTests {
    static let frontMatters = [
        "subject: \"Order {{order_id}}\"\ntype: review-request\nformat: text\nlanguage: de",
        "subject: 'Your order {{order_id}}'\ntype: shipping-update",
        "type: product-instructions\nsubject:    Plain subject with words\nformat: html",
        "subject: \"Bestellung für Sie – {{order_id}}\"\ntype: review-request",
        "subject: \"Größe und Farbe\"\ntype: review-request\nlanguage: fr",
        "subject: \"\"\ntype: review-request",
        "subject: Re: your order\ntype: review-request",
        "subject: \"Say \\\"hi\\\"\"\ntype: review-request",
        "subject: \"Order\"\ntype: review-request\n# a comment",
        "subject: \"Order\"\ntype: review-request\nattachments:\n  - {name: manual.pdf, kind: instructions}",
        "subject: \"Order\"\ntype: review-request\nsubject: \"Again\"",
        "subject: \"Order\"\ntype: not-a-type",
        "subject: \"Order\"\ntype: review-request\nformat: pdf",
        "subject: \"Order\"\ntype: review-request\nlanguage: EN",
        "subject: Order #5\ntype: review-request",
        "subject: \"Order\"\ntype: review-request\nextra: value",
        "subject: \"Order\"\n\ntype: review-request",
        "subject: \"Emoji 😀\"\ntype: review-request",
        "subject: \"Order\"\ntype:\treview-request",
    ]

    @Test(arguments: frontMatters) func bothReadersAgree(frontMatter: String) {
        let source = "---\n" + frontMatter + "\n---\nHello,\nthanks.\n"
        let simple = Result { try TemplateParser.parse(source, name: "t", seller: nil, displayPath: "t.tmpl") }
        let yams = Result { try TemplateParser.parse(source, name: "t", seller: nil, displayPath: "t.tmpl", simpleFrontMatter: false) }
        switch (simple, yams) {
        case let (.success(fast), .success(reference)):
            #expect(fast.subject == reference.subject)
            #expect(fast.type == reference.type)
            #expect(fast.typeLine == reference.typeLine)
            #expect(fast.format == reference.format)
            #expect(fast.language == reference.language)
            #expect(fast.attachments == reference.attachments)
            #expect(fast.body == reference.body)
        case let (.failure(fast), .failure(reference)):
            #expect("\(fast)" == "\(reference)")
        default:
            Issue.record("one reader failed and the other did not: \(simple) vs \(yams)")
        }
    }
}
