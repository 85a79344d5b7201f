import AgencyCore
import AgencyKit
import AgencyPluginAPI
import ArgumentParser

struct RulesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Describe one rule, with examples that trigger it and examples that do not.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Rule id, e.g. external-link.")
    var id: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let session = try global.session()
        guard let rule = session.plugins.rule(id) else {
            let known = session.plugins.rules.map(\.id)
            throw UsageError("unknown rule '\(id)'\(known.isEmpty ? "" : " (see 'agency rules list')")")
        }
        if json {
            Output.line(try Output.json(rule))
            return
        }
        Output.line("\(rule.id): \(rule.name)")
        Output.line("  checker:   \(rule.checker)")
        Output.line("  default:   \(rule.defaultLevel.rawValue)")
        Output.line("  flags:     \(rule.summary)")
        Output.line("  why:       \(rule.rationale)")
        Output.line("  policy:    \(rule.policyURL)")
        if let fix = rule.fix { Output.line("  fix:       \(fix)") }
        Output.line("")
        Output.line("Examples that trigger it:")
        for example in rule.triggering { Output.line(describe(example)) }
        Output.line("")
        Output.line("Examples that do not:")
        for example in rule.nonTriggering { Output.line(describe(example)) }
    }

    func describe(_ example: RuleExample) -> String {
        var meta: [String] = []
        if example.format == .html { meta.append("html") }
        if example.language != "en" { meta.append(example.language) }
        if example.type != "delivery-followup" { meta.append("type \(example.type)") }
        if example.subject != RuleExample("").subject { meta.append("subject \"\(example.subject)\"") }
        if !example.attachments.isEmpty { meta.append("attachments " + example.attachments.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")) }
        let body = example.body.replacingOccurrences(of: "\n", with: " ⏎ ")
        return "  - \(body)" + (meta.isEmpty ? "" : "   [\(meta.joined(separator: "; "))]")
    }
}
