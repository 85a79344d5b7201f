import AgencyCore
import AgencyPluginAPI
import Testing

@Suite struct TemplateParserTests {
    let valid = """
    ---
    subject: "Your order {{order_id}}"
    type: review-request
    format: text
    language: en
    attachments:
      - {name: "user-manual.pdf", kind: instructions}
    ---
    Hello,
    please share your honest opinion.
    """

    @Test func aValidTemplateKeepsFieldsAndFilePositions() throws {
        let template = try TemplateParser.parse(valid, name: "followup", seller: nil, displayPath: "t.tmpl")
        #expect(template.subject.text == "Your order {{order_id}}")
        #expect(template.subject.line == 2)
        #expect(template.subject.column == 11)
        #expect(template.type == "review-request")
        #expect(template.typeLine == 3)
        #expect(template.format == .text)
        #expect(template.language == "en")
        #expect(template.attachments == [Attachment(name: "user-manual.pdf", kind: "instructions", line: 7)])
        #expect(template.body.line == 9)
        #expect(template.body.text.hasPrefix("Hello,\nplease"))
    }

    @Test func aBodyPositionMapsToTheFileLineAndColumn() throws {
        let template = try TemplateParser.parse(valid, name: "followup", seller: nil, displayPath: "t.tmpl")
        let body = template.body.text
        let index = try #require(body.range(of: "honest")).lowerBound
        #expect(template.body.position(of: index) == SourcePosition(line: 10, column: 19))
    }

    @Test(arguments: [
        ("Hello\n", 1, "missing front matter"),
        ("---\nsubject: x\ntype: review-request\n", 3, "not closed"),
        ("---\nsubject: x\n---\nbody", 2, "missing message type"),
        ("---\nsubject: x\ntype: newsletter\n---\nbody", 3, "unknown message type 'newsletter'"),
        ("---\nsubject: x\ntype: review-request\nformat: pdf\n---\n", 4, "invalid format 'pdf'"),
        ("---\nsubject: x\ntype: review-request\ncolour: red\n---\n", 4, "unknown key"),
        ("---\nsubject: [unclosed\ntype: review-request\n---\n", 3, "invalid YAML"),
        ("---\ntype: review-request\n---\nbody", 2, "missing subject"),
    ])
    func badFrontMatterIsAnInputErrorNamingFileAndLine(source: String, line: Int, message: String) {
        #expect {
            _ = try TemplateParser.parse(source, name: "t", seller: nil, displayPath: "bad.tmpl")
        } throws: { error in
            guard let input = error as? InputError else { return false }
            return input.file == "bad.tmpl" && input.line == line && input.description.contains(message)
        }
    }

    @Test func rendersPlainTextWithoutHTMLEscaping() throws {
        let template = try TemplateParser.parse(valid.replacingOccurrences(of: "Hello,", with: "Hello {{product_name}},"),
                                                name: "followup", seller: nil, displayPath: "t.tmpl")
        let rendered = try TemplateRenderer.render(template, values: ["order_id": "113-1234567-1234567", "product_name": "Pots & Pans"],
                                                   defaultLanguage: "en")
        #expect(rendered.subject.text == "Your order 113-1234567-1234567")
        #expect(rendered.body.text.hasPrefix("Hello Pots & Pans,"))
        #expect(rendered.isRendered)
    }
}
