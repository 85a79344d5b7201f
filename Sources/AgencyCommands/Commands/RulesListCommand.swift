import AgencyKit
import ArgumentParser

struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every rule with its level (the seller's, with --seller).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Show the levels in force for this seller.")
    var seller: String?

    @Flag(help: "Print JSON.")
    var json = false

    struct Row: Encodable {
        var id: String
        var checker: String
        var level: String
        var summary: String
    }

    func run() throws {
        let session = try global.session()
        let seller = try global.seller(seller).map { try session.seller($0) }
        let effective = try session.effectiveRules(for: seller)
        let levels = effective.levels
        var rows = session.plugins.rules.map { rule in
            Row(id: rule.id, checker: rule.checker, level: (levels[rule.id] ?? rule.defaultLevel).rawValue, summary: rule.summary)
        }
        rows += effective.customRules.map { Row(id: $0.id, checker: "custom", level: $0.level.rawValue, summary: $0.message) }
        if json {
            Output.line(try Output.json(rows))
            return
        }
        guard !rows.isEmpty else {
            throw ValidationError("no rules: no checker plugin was loaded (see 'agency plugins list')")
        }
        Output.line(Output.table(["RULE", "CHECKER", "LEVEL", "FLAGS"], rows.map { [$0.id, $0.checker, $0.level, $0.summary] }))
    }
}
