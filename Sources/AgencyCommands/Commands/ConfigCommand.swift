import AgencyKit
import ArgumentParser

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Effective configuration.", subcommands: [ConfigShowCommand.self])
}

struct ConfigShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print the effective level of every rule and the layer that set it.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Apply this seller's seller.yaml over workspace.yaml.")
    var seller: String?

    @Flag(help: "Print JSON.")
    var json = false

    struct Entry: Encodable {
        var key: String
        var value: String
        var source: String
    }

    func run() throws {
        let session = try global.session()
        let seller = try global.seller(seller).map { try session.seller($0) }
        let effective = try session.effectiveRules(for: seller)
        var entries = effective.rules.map { Entry(key: "rules.\($0.id)", value: $0.level.rawValue, source: $0.source) }
        for rule in effective.customRules {
            entries.append(Entry(key: "custom-rules.\(rule.id)", value: rule.level.rawValue,
                                 source: effective.customRuleSources[rule.id] ?? "custom"))
        }
        entries.append(Entry(key: "allowed-domains", value: effective.allowedDomains.isEmpty ? "[]" : effective.allowedDomains.joined(separator: ", "),
                             source: effective.allowedDomainsSource))
        if let seller {
            entries.append(Entry(key: "languages", value: seller.languages.joined(separator: ", "), source: seller.overrides.source))
            entries.append(Entry(key: "marketplaces", value: seller.marketplaces.joined(separator: ", "), source: seller.overrides.source))
        }
        if json {
            Output.line(try Output.json(entries))
        } else {
            Output.line(Output.table(["KEY", "VALUE", "SET BY"], entries.map { [$0.key, $0.value, $0.source] }))
        }
    }
}
