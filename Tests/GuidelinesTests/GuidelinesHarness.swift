import AgencyPluginAPI
import AgencyTestSupport
import Foundation

/// Loads the built `guidelines` plugin through the real host and runs messages through it.
enum GuidelinesHarness {
    struct MissingPlugin: Error, CustomStringConvertible {
        var description: String { "the guidelines plugin was not found in \(BuiltProducts.directory.path); build it first" }
    }

    static func checker() throws -> any MessageChecker {
        guard let checker = BuiltProducts.messageChecker("guidelines") else { throw MissingPlugin() }
        return checker
    }

    static func prepared(_ settings: RuleSettings = RuleSettings()) throws -> any PreparedMessageChecker {
        try checker().prepare(settings: settings)
    }

    /// Rule ids found in `document` under default settings.
    static func ruleIDs(_ document: MessageDocument, settings: RuleSettings = RuleSettings()) throws -> Set<String> {
        Set(try prepared(settings).check(document).map(\.rule))
    }

    /// A plain or HTML document whose subject starts on line 2 and body on line 5 of a template file.
    static func document(_ body: String, subject: String = "Your order {{order_id}}", format: MessageFormat = .text,
                         type: String? = "delivery-followup", language: String? = "en",
                         attachments: [AgencyPluginAPI.Attachment] = [], isRendered: Bool = false) -> MessageDocument {
        MessageDocument(
            origin: MessageOrigin(file: "sellers/acme/templates/test.tmpl", seller: "acme", template: "test"),
            subject: TextField(text: subject, line: 2, column: 10),
            body: TextField(text: body, line: 5, column: 1),
            format: format, type: type, language: language, attachments: attachments, isRendered: isRendered, typeLine: 3)
    }
}
