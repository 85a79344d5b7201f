import AgencyPluginAPI
import Foundation

/// An example third-party plugin: flags words an agency has banned for every client.
///
/// Build it, copy `libExampleBannedWordsPlugin.so` to `<workspace>/plugins/libAgencyPluginBannedWords.so`,
/// and `agency check` reports `banned-word` findings. See the README, "Writing a plugin".
struct BannedWordsChecker: MessageChecker {
    let id = "banned-words"
    static let bannedWords = ["cheap", "guaranteed", "miracle"]

    let rules = [
        RuleDescriptor(
            id: "banned-word", name: "Banned word",
            summary: "A word the agency never wants in a client's message.",
            rationale: "Agency house style: these words read as hype and invite complaints.",
            policyURL: "https://example.invalid/agency-style", defaultLevel: .warning, checker: "banned-words",
            triggering: [RuleExample("This cheap trick fixes it."), RuleExample("Results guaranteed."), RuleExample("A miracle cleaner.")],
            nonTriggering: [RuleExample("Thanks for your order."), RuleExample("Cleaning guide attached."), RuleExample("Warranty terms enclosed.")]
        ),
    ]

    func prepare(settings: RuleSettings) throws -> any PreparedMessageChecker {
        Prepared(level: settings.level(for: "banned-word", default: .warning))
    }

    struct Prepared: PreparedMessageChecker {
        let level: RuleLevel

        func check(_ message: MessageDocument) -> [Finding] {
            guard level != .off else { return [] }
            var findings: [Finding] = []
            for (fieldName, field) in [("subject", message.subject), ("body", message.body)] {
                let text = field.text
                for word in BannedWordsChecker.bannedWords {
                    var searchStart = text.startIndex
                    while let range = text.range(of: word, options: .caseInsensitive, range: searchStart..<text.endIndex) {
                        let position = field.position(of: range.lowerBound)
                        findings.append(Finding(
                            rule: "banned-word", severity: level, message: "Banned word: \(word)",
                            file: message.origin.file, seller: message.origin.seller, template: message.origin.template,
                            field: fieldName, line: position.line, column: position.column))
                        searchStart = range.upperBound
                    }
                }
            }
            return findings
        }
    }
}

@_cdecl("agency_plugin_abi_version")
public func agencyPluginABIVersion() -> Int32 { PluginABI.compiledVersion }

@_cdecl("agency_plugin_register")
public func agencyPluginRegister(_ raw: UnsafeMutableRawPointer) {
    let registrar = PluginRegistrar.from(raw)
    registrar.describe(id: "banned-words", version: "1.0.0")
    registrar.add(messageChecker: BannedWordsChecker())
}
